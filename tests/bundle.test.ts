import { expect } from '@open-wc/testing';
import { frame, sleep } from './helpers.js';

type Win = Window & typeof globalThis & { violations: string[]; errors: string[] };

const TAGS = [
  'rejection-takeaways',
  'followup-checklist',
  'followup-email',
  'interview-reflection',
  'stay-connected',
  'search-recap',
  'resume-cta',
  'rejection-support',
];

const rendered = (w: Window) =>
  ['rejection-takeaways', 'followup-checklist', 'rejection-support'].every(
    (tag) => !!w.document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'),
  );

describe('dist/onward.min.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('can be loaded twice, and beside the npm entry, without an error', async () => {
    const { win } = await frame(
      `<script>
        window.errors = [];
        addEventListener('error', (e) => errors.push(String(e.message)));
        addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
      </script>
      <script type="module" src="/dist/onward.min.js"></script>
      <script type="module" src="/dist/onward.min.js"></script>
      <script type="module" src="/dist/onward.min.js?second-copy"></script>
      <script type="module" src="/src/rejection-takeaways/define.ts"></script>
      <script type="module" src="/src/followup-checklist/define.ts"></script>
      <rejection-takeaways company="Acme"></rejection-takeaways>
      <followup-checklist></followup-checklist>
      <rejection-support company="Acme"></rejection-support>`,
      rendered,
    );
    await sleep(200);
    expect((win as Win).errors).to.deep.equal([]);
    const takeaways = win.document.querySelector('rejection-takeaways')!;
    expect(takeaways.shadowRoot!.textContent).to.contain('the role at Acme');
    expect(win.document.querySelector('followup-checklist')!.shadowRoot!.querySelectorAll('input')).to.have.length(7);
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).not.to.equal(undefined);
  });
});
