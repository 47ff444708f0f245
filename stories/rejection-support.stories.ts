import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/rejection-support/define.js';
import { attributesOf, element, options, staged } from './support.js';

const tag = 'rejection-support';

const meta: Meta = {
  title: 'Elements/rejection-support',
  component: tag,
  render: (args) => element(tag, args),
  parameters: { controls: { include: attributesOf(tag) } },
  argTypes: {
    stage: options('applied', 'screening', 'interview', 'final'),
    tone: { control: 'inline-radio', options: ['warm', 'brief'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: {
    'candidate-name': 'Ana',
    company: 'Northwind Studio',
    'job-title': 'Product Designer',
    stage: 'interview',
    'contact-name': 'Jordan',
    'contact-email': 'jordan.lee@northwind.example',
    'linkedin-url': 'https://www.linkedin.com/in/example',
    'jobs-url': 'https://example.com/jobs',
  },
};
export default meta;

type Story = StoryObj;

const everything = {
  applications: 14,
  screenings: 4,
  interviews: 3,
  since: '2026-08-03',
  'resume-url': 'https://example.com/resume',
  'feedback-url': 'https://example.com/feedback',
  'talent-community-url': 'https://example.com/community',
};

/** The default, short kit at each stage: takeaways, up to three next steps, the rest one click away. */
export const Applied: Story = { name: 'Stage: applied', args: { ...everything, stage: 'applied' } };
export const Screening: Story = { name: 'Stage: screening', args: { ...everything, stage: 'screening' } };
export const Interview: Story = { name: 'Stage: interview', args: { ...everything, stage: 'interview' } };
export const Final: Story = { name: 'Stage: final, runner-up', args: { ...everything, stage: 'final', 'runner-up': true } };

/** `expanded`: one tag, every section open, and every attribute the kit has set as a host would. */
export const WholeKit: Story = {
  name: 'The whole kit, expanded',
  args: {
    ...everything,
    expanded: true,
    stage: 'final',
    'runner-up': true,
    tone: 'warm',
    'ask-feedback': true,
    'check-in-days': 30,
    'reapply-after': '2027-03-01',
    'storage-key': 'storybook-kit',
  },
};
export const Minimal: Story = { name: 'Only a company name', args: { 'candidate-name': '', 'job-title': '', stage: '', 'contact-name': '', 'contact-email': '', 'linkedin-url': '', 'jobs-url': '' } };
export const ChosenSections: Story = { name: 'Chosen sections', args: { sections: 'takeaways,checklist,stay-connected' } };
export const Dark: Story = {
  args: { theme: 'dark', sections: 'takeaways,email,stay-connected' },
  render: (args) => staged('sb-dark-stage sb-dark-text', element(tag, args)),
};

/** `appearance="flush"`: inside the host's own card, one surface, the sections divided by rules. */
export const Flush: Story = {
  name: 'Flush, inside a host card',
  args: { appearance: 'flush' },
  render: (args) => staged('sb-host-card', element(tag, args)),
};
