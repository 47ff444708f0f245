import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/rejection-support/define.js';

/** The presets from the Theming page, side by side on the same two elements. */
const meta: Meta = {
  title: 'Docs/Theming examples',
  parameters: { controls: { disable: true } },
  tags: ['!autodocs'],
};
export default meta;

const sample = (preset: string) => html`
  <div class=${preset}>
    <rejection-takeaways company="Northwind Studio" job-title="Product Designer" stage="final" layout="compact" hide-closing></rejection-takeaways>
    <p></p>
    <resume-cta variant="banner" href="https://example.com/resume"></resume-cta>
  </div>
`;

export const Presets: StoryObj = {
  name: 'Presets: neutral, bold, soft',
  render: () => html`<div class="preset-row">${sample('preset-neutral')}${sample('preset-bold')}${sample('preset-soft')}</div>`,
};

export const DarkAndAuto: StoryObj = {
  name: 'Dark and auto',
  render: () => html`<div class="preset-row">
    <div class="sb-dark-stage sb-dark-text"><followup-checklist theme="dark" company="Northwind Studio" hide-progress></followup-checklist></div>
    <div><followup-checklist theme="auto" company="Northwind Studio" hide-progress></followup-checklist></div>
  </div>`,
};

export const Parts: StoryObj = {
  name: 'Styling with ::part()',
  render: () => html`<style>
      .parts-demo followup-checklist::part(heading) { text-transform: uppercase; letter-spacing: 0.06em; font-size: 1rem; }
      .parts-demo followup-checklist::part(reset) { border-style: dashed; }
      .parts-demo rejection-takeaways::part(takeaway-title) { color: #7a1fa2; }
    </style>
    <div class="parts-demo preset-row">
      <followup-checklist company="Northwind Studio" hide-progress></followup-checklist>
      <rejection-takeaways layout="compact" hide-closing></rejection-takeaways>
    </div>`,
};
