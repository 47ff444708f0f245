import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/rejection-takeaways/define.js';
import { attributesOf, element, options, staged } from './support.js';

const tag = 'rejection-takeaways';

const meta: Meta = {
  title: 'Elements/rejection-takeaways',
  component: tag,
  render: (args) => element(tag, args),
  parameters: { controls: { include: attributesOf(tag) } },
  argTypes: {
    stage: options('applied', 'screening', 'interview', 'final'),
    layout: { control: 'inline-radio', options: ['stack', 'cards', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  args: { company: 'Northwind Studio', 'job-title': 'Product Designer', stage: 'interview', layout: 'stack' },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Anonymous: Story = {
  name: 'No details given',
  args: { company: '', 'job-title': '', stage: '' },
};

export const Applied: Story = { args: { stage: 'applied', 'candidate-name': 'Ana' } };
export const Screening: Story = { args: { stage: 'screening' } };
export const FinalRound: Story = { name: 'Final round', args: { stage: 'final', 'candidate-name': 'Ana' } };
export const RunnerUp: Story = { name: 'Runner-up', args: { stage: 'final', 'runner-up': true, 'candidate-name': 'Ana' } };

export const Cards: Story = { args: { layout: 'cards', stage: 'final' } };
export const Compact: Story = { args: { layout: 'compact', 'hide-closing': true } };

export const ChosenTakeaways: Story = {
  name: 'Chosen and reordered takeaways',
  args: { takeaways: 'connections,practice' },
};

export const WithSlots: Story = {
  name: 'Own heading, intro and footer (slots)',
  render: (args) =>
    element(
      tag,
      args,
      `<span slot="heading">Thank you for applying, Ana</span>
       <p slot="intro">We chose another candidate for this role. We wanted you to hear it from us, and to leave with something useful.</p>
       <p slot="footer"><a href="https://example.com/jobs?q=design">See design roles open now</a></p>`,
    ),
};

export const Dark: Story = {
  args: { theme: 'dark', layout: 'cards' },
  parameters: { backgrounds: { default: 'dark' } },
  render: (args) => staged('sb-dark-stage', element(tag, args)),
};

export const Branded: Story = {
  name: 'Brand tokens',
  render: (args) => staged('sb-brand-teal', element(tag, args)),
};

export const Narrow: Story = {
  name: 'Narrow screen (320px)',
  args: { layout: 'cards', company: 'Internationalization Incorporated', 'job-title': 'Senior Platform Engineer' },
  render: (args) => staged('sb-narrow', element(tag, args)),
};
