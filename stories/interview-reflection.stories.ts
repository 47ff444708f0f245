import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/interview-reflection/define.js';
import { attributesOf, element, staged } from './support.js';

const tag = 'interview-reflection';

const meta: Meta = {
  title: 'Elements/interview-reflection',
  component: tag,
  render: (args) => element(tag, args),
  parameters: { controls: { include: attributesOf(tag) } },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
  args: { company: 'Northwind Studio', 'job-title': 'Product Designer' },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
export const Saved: Story = { name: 'Saved in this browser', args: { 'storage-key': 'storybook-demo' } };
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => staged('sb-dark-stage', element(tag, args)) };
