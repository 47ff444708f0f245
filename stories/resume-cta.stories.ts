import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/resume-cta/define.js';
import { attributesOf, element, staged } from './support.js';

const tag = 'resume-cta';

const meta: Meta = {
  title: 'Elements/resume-cta',
  component: tag,
  render: (args) => element(tag, args),
  parameters: { controls: { include: attributesOf(tag) } },
  argTypes: {
    variant: { control: 'inline-radio', options: ['button', 'banner'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: { href: 'https://example.com/resume' },
};
export default meta;

type Story = StoryObj;

export const Button: Story = {};
export const Banner: Story = { args: { variant: 'banner' } };
export const OwnWords: Story = {
  name: 'Own label and description',
  args: { variant: 'banner', label: 'Upload your CV', description: 'New design roles are posted every week.' },
};
export const HostHandled: Story = {
  name: 'No href: the host opens its own dialog',
  args: { href: '' },
  render: (args) => {
    const wrap = document.createElement('div');
    const el = element(tag, args);
    const note = document.createElement('p');
    note.setAttribute('role', 'status');
    el.addEventListener('onward-action', () => (note.textContent = 'The host page opens its own upload dialog here.'));
    wrap.append(el, note);
    return wrap;
  },
};
export const Dark: Story = {
  args: { variant: 'banner', theme: 'dark' },
  render: (args) => staged('sb-dark-stage', element(tag, args)),
};
