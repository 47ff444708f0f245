import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/stay-connected/define.js';
import { attributesOf, element, staged } from './support.js';

const tag = 'stay-connected';

const meta: Meta = {
  title: 'Elements/stay-connected',
  component: tag,
  render: (args) => element(tag, args),
  parameters: { controls: { include: attributesOf(tag) } },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'check-in-days': { control: { type: 'number', min: 1, max: 365 } },
  },
  args: {
    company: 'Northwind Studio',
    'contact-name': 'Jordan',
    'linkedin-url': 'https://www.linkedin.com/in/example',
  },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
export const RunnerUp: Story = {
  name: 'Runner-up with a talent community',
  args: { 'runner-up': true, 'talent-community-url': 'https://example.com/talent' },
};
export const CoolDown: Story = {
  name: 'With a reapply date',
  args: { 'reapply-after': '2027-05-01', 'check-in-days': 60 },
};
export const HostHandled: Story = {
  name: 'Talent community handled by the host',
  args: { 'talent-community': true, 'linkedin-url': '' },
};
export const Dark: Story = {
  args: { theme: 'dark', 'runner-up': true },
  render: (args) => staged('sb-dark-stage', element(tag, args)),
};
