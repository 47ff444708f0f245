import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/followup-email/define.js';
import { attributesOf, element, staged } from './support.js';

const tag = 'followup-email';

const meta: Meta = {
  title: 'Elements/followup-email',
  component: tag,
  render: (args) => element(tag, args),
  parameters: { controls: { include: attributesOf(tag) } },
  argTypes: {
    tone: { control: 'inline-radio', options: ['warm', 'brief'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: {
    'candidate-name': 'Ana',
    'contact-name': 'Jordan',
    'contact-email': 'jordan.lee@northwind.example',
    company: 'Northwind Studio',
    'job-title': 'Product Designer',
  },
};
export default meta;

type Story = StoryObj;

export const Warm: Story = {};
export const Brief: Story = { args: { tone: 'brief' } };
export const RunnerUp: Story = { name: 'Runner-up, asking for feedback', args: { 'runner-up': true, 'ask-feedback': true } };
export const FewDetails: Story = {
  name: 'Only the company known',
  args: { 'candidate-name': '', 'contact-name': '', 'contact-email': '', 'job-title': '' },
};
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => staged('sb-dark-stage', element(tag, args)) };
