import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/followup-checklist/define.js';
import { attributesOf, element, staged } from './support.js';

const tag = 'followup-checklist';

const meta: Meta = {
  title: 'Elements/followup-checklist',
  component: tag,
  render: (args) => element(tag, args),
  parameters: { controls: { include: attributesOf(tag) } },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  args: { company: 'Northwind Studio', 'contact-name': 'Jordan' },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const WithActions: Story = {
  name: 'With email, LinkedIn and job links',
  args: {
    'candidate-name': 'Ana',
    'job-title': 'Product Designer',
    'contact-email': 'jordan@northwind.example',
    'linkedin-url': 'https://www.linkedin.com/in/example',
    'jobs-url': 'https://example.com/jobs?q=design',
    'feedback-url': 'https://example.com/feedback',
  },
};

export const Saved: Story = {
  name: 'Progress saved in this browser',
  args: { 'storage-key': 'storybook-demo' },
};

export const CustomItems: Story = {
  name: 'Own steps (items JSON)',
  args: {
    items: JSON.stringify([
      { id: 'portfolio', label: 'Add your latest project to your portfolio', description: 'Show the work you talked about in the interview.' },
      { id: 'mock', label: 'Book a mock interview', description: 'Practice the question that felt hardest.', href: 'https://example.com/coaching', action: 'coaching' },
      { id: 'alerts', label: 'Turn on job alerts', href: 'https://example.com/alerts' },
    ]),
  },
};

export const Excluded: Story = {
  name: 'Some steps left out',
  args: { exclude: 'connect-linkedin,check-in-later' },
};

export const NoProgress: Story = { name: 'Without progress bar', args: { 'hide-progress': true } };

export const Dark: Story = {
  args: { theme: 'dark', 'contact-email': 'jordan@northwind.example', 'jobs-url': 'https://example.com/jobs' },
  render: (args) => staged('sb-dark-stage', element(tag, args)),
};

export const Branded: Story = {
  name: 'Brand tokens',
  args: { 'jobs-url': 'https://example.com/jobs' },
  render: (args) => staged('sb-brand-teal', element(tag, args)),
};
