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

  it('takes over the properties a host script set on every tag before the bundle loaded', async () => {
    // Frameworks and page scripts often set properties before Onward's module has run: each element
    // must pick them up when it upgrades, not leave them behind as plain values hiding its own.
    const { win } = await frame(
      `<rejection-takeaways></rejection-takeaways><followup-checklist></followup-checklist>
      <followup-email></followup-email><interview-reflection></interview-reflection>
      <stay-connected></stay-connected><search-recap></search-recap><resume-cta></resume-cta>
      <rejection-support></rejection-support>
      <script>
        const set = (tag, props) => Object.assign(document.querySelector(tag), { theme: 'dark' }, props);
        set('rejection-takeaways', { company: 'Acme', layout: 'cards' });
        set('followup-checklist', { items: [{ id: 'a', label: 'First' }, { id: 'b', label: 'Second' }], checked: ['b'] });
        set('followup-email', { contactName: 'Jordan' });
        set('interview-reflection', { jobTitle: 'Designer' });
        set('stay-connected', { runnerUp: true });
        set('search-recap', { applications: 12 });
        set('resume-cta', { href: 'https://example.com/cv' });
        set('rejection-support', { sections: 'takeaways', company: 'Globex' });
      </script>
      <script type="module" src="/dist/onward.min.js"></script>`,
      (w) => TAGS.every((tag) => !!w.document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]')),
    );
    await sleep(100);
    const root = (tag: string) => win.document.querySelector(tag)!.shadowRoot!;
    for (const tag of TAGS) expect(root(tag).querySelector('[part~="base"]')!.className, tag).to.contain('dark');
    expect(root('rejection-takeaways').textContent).to.contain('the role at Acme');
    expect(root('rejection-takeaways').querySelector('.cards'), 'layout').not.to.equal(null);
    const boxes = [...root('followup-checklist').querySelectorAll('input')];
    expect(boxes.map((box) => box.parentElement!.textContent!.trim())).to.deep.equal(['First', 'Second']);
    expect(boxes.map((box) => box.checked)).to.deep.equal([false, true]);
    expect((win.document.querySelector('followup-checklist') as unknown as { checked: string[] }).checked).to.deep.equal(['b']);
    expect(root('followup-email').querySelector('textarea')!.value).to.contain('Hi Jordan,');
    expect(root('stay-connected').textContent).to.contain('You came close');
    expect(root('search-recap').textContent).to.contain('12');
    expect(root('resume-cta').querySelector('a')!.href).to.equal('https://example.com/cv');
    const kit = root('rejection-support').querySelector('rejection-takeaways')!.shadowRoot!;
    expect(kit.textContent).to.contain('the role at Globex');
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
