import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/search-recap/define.js';
import { attributesOf, element, options, staged } from './support.js';

const tag = 'search-recap';

const meta: Meta = {
  title: 'Elements/search-recap',
  component: tag,
  render: (args) => element(tag, args),
  parameters: { controls: { include: attributesOf(tag) } },
  argTypes: {
    stage: options('applied', 'screening', 'interview', 'final'),
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: { applications: 14, screenings: 4, interviews: 3, stage: 'final', since: '2026-08-03' },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
export const JustStarted: Story = {
  name: 'Just started (singulars)',
  args: { applications: 1, screenings: 1, interviews: '', stage: 'screening', since: '' },
};
export const NoNumbers: Story = {
  name: 'No numbers known',
  args: { applications: '', screenings: '', interviews: '', stage: '', since: '' },
};
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => staged('sb-dark-stage', element(tag, args)) };
