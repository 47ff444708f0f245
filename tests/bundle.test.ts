import { expect } from '@open-wc/testing';
import { TAGS, frame, sleep } from './helpers.js';

type Win = Window & typeof globalThis & { violations: string[]; errors: string[] };


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

  it('follows the no-flash recipe: hidden with its space kept until defined, then shown in place', async () => {
    const { win, iframe } = await frame('', (w) => !!w.document.querySelector('rejection-takeaways'), '/tests/fixtures/no-flash.html');
    const el = win.document.querySelector('rejection-takeaways')!;
    const link = win.document.querySelector('a')!;
    // Before the bundle: nothing of it shows, not even the slotted link, but its space is there.
    expect(win.customElements.get('rejection-takeaways')).to.equal(undefined);
    expect(win.getComputedStyle(el).visibility).to.equal('hidden');
    expect(win.getComputedStyle(link).visibility).to.equal('hidden');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(400);
    for (let i = 0; i < 100 && !(win as unknown as { definedAt?: number }).definedAt; i++) await sleep(20);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await sleep(100);
    expect(win.getComputedStyle(el).visibility).to.equal('visible');
    expect(el.shadowRoot!.textContent).to.contain('the team at Northwind Studio saw real potential');
    // What shifts is only the difference between the reserved and the real height.
    expect((win as unknown as { shift: number }).shift).to.be.below(0.1);
    iframe.remove();
  });
});
