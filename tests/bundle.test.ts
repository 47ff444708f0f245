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

  it('works under a strict CSP with Trusted Types: no violation, styled, interactive', async () => {
    const { win } = await frame('', rendered, '/tests/fixtures/csp.html');
    const w = win as Win;
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).not.to.equal(undefined);
    const checklist = win.document.querySelector('followup-checklist')!;
    const base = checklist.shadowRoot!.querySelector('[part~="base"]')!;
    // Styled: the shared card styles applied through constructable stylesheets.
    expect(win.getComputedStyle(base).borderTopLeftRadius).to.equal('12px');
    checklist.shadowRoot!.querySelector('input')!.click();
    await sleep(50);
    expect(checklist.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('1 of 7 done');
    expect(checklist.shadowRoot!.querySelector('a')!.href).to.match(/^mailto:jo@northwind\.example\?subject=/);
    await sleep(100);
    expect(w.errors).to.deep.equal([]);
    expect(w.violations).to.deep.equal([]);

    // The listener is live: an inline style is reported, so silence above means none happened.
    const probe = win.document.createElement('div');
    probe.setAttribute('style', 'color: red');
    win.document.body.append(probe);
    await sleep(100);
    expect(w.violations.some((v) => v.startsWith('style-src'))).to.equal(true);
    win.localStorage.removeItem('onward:followup-checklist:csp');
  });
});
