import { expect } from '@open-wc/testing';
import { TAGS, drawnAll, drawnWhole, frame, sleep } from './helpers.js';

type Win = Window & typeof globalThis & { violations: string[]; errors: string[] };


/** A frame page's first script: every uncaught error and rejection lands in `window.errors`. */
const recordErrors = `<script>
  window.errors = [];
  addEventListener('error', (e) => errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
</script>`;

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('dist/onward.min.js', () => {
  it('can be loaded twice, and beside the npm entry, without an error', async () => {
    const { win } = await frame(
      `${recordErrors}
      <script type="module" src="/dist/onward.min.js"></script>
      <script type="module" src="/dist/onward.min.js"></script>
      <script type="module" src="/dist/onward.min.js?second-copy"></script>
      <script type="module" src="/src/rejection-takeaways/define.ts"></script>
      <script type="module" src="/src/followup-checklist/define.ts"></script>
      <rejection-takeaways company="Acme"></rejection-takeaways>
      <followup-checklist></followup-checklist>
      <rejection-support company="Acme"></rejection-support>`,
      drawnAll(['rejection-takeaways', 'followup-checklist', 'rejection-support']),
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
      drawnAll(),
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

  it('renders the very DOM the source renders, for every element', async () => {
    // The CDN file's templates go through an HTML minifier (quotes and whitespace removed): whatever
    // it does, the person must get the same elements, attributes, words and field values.
    const body = `<rejection-support candidate-name="Ana" company="Acme" job-title="Designer" stage="final" runner-up
        contact-name="Jo" contact-email="jo@acme.example" jobs-url="https://example.com/jobs" linkedin-url="https://www.linkedin.com/in/x"
        talent-community-url="https://example.com/tc" applications="5" screenings="2" interviews="1" since="2026-01-05"
        reapply-after="2099-05-01" resume-url="https://example.com/cv" ask-feedback></rejection-support>
      <rejection-takeaways layout="compact" hide-closing></rejection-takeaways>
      <followup-checklist hide-progress items='[{"id":"a","label":"A","href":"https://example.com/a","description":"Why"}]'></followup-checklist>
      <interview-reflection></interview-reflection><resume-cta href="https://example.com/cv"></resume-cta>
      <stay-connected talent-community></stay-connected><search-recap></search-recap><followup-email tone="brief"></followup-email>`;
    const shape = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/\s+/g, ' ').trim();
      // Nodes from the frame's own realm: checked by type, not instanceof.
      if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).localName === 'style') return '';
      const el = node as Element;
      const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
      const field = el as HTMLInputElement;
      const state = ['input', 'textarea'].includes(el.localName) ? ` value=${field.value} checked=${field.checked}` : '';
      const kids = [...(el.shadowRoot?.childNodes ?? []), ...el.childNodes].map(shape).filter(Boolean).join('');
      return `<${el.localName} ${attrs}${state}>${kids}</${el.localName}>`;
    };
    const load = async (script: string) => {
      // The kit's folded sections draw in idle moments: compared once each has.
      const { win } = await frame(`<script type="module" src="${script}"></script>${body}`, (w) => drawnAll()(w) && drawnWhole(w.document.querySelector('rejection-support')!));
      await sleep(100);
      return shape(win.document.body);
    };
    const source = await load('/src/all.ts');
    expect(source).to.contain('<textarea');
    // The one-file bundle, and the kit from the split CDN build (which registers every element).
    for (const script of ['/dist/onward.min.js', '/dist/cdn/rejection-support.js']) {
      const built = await load(script);
      // Compared as a boolean, then the first difference, so a failure prints a line rather than the page.
      const at = [...built].findIndex((ch, i) => ch !== source[i]);
      expect(built === source, `${script}: first difference: ${built.slice(at - 80, at + 80)} | ${source.slice(at - 80, at + 80)}`).to.equal(true);
    }
  });

  it('follows the no-flash recipe: hidden with its space kept until defined and drawn, then shown in place', async () => {
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
    expect(el.shadowRoot!.textContent).to.contain('the team at Northwind Studio got to know you');
    // What shifts is only the difference between the reserved and the real height.
    expect((win as unknown as { shift: number }).shift).to.be.below(0.1);
    iframe.remove();
  });
});

describe('dist/cdn/<tag>.js', () => {
  it('registers only its own tag, and the elements of one page share one Lit', async () => {
    // A Spanish status page with two elements from the split build and their words.
    const { win } = await frame(
      `${recordErrors}
      <script type="module" src="/dist/cdn/rejection-takeaways.js"></script>
      <script type="module" src="/dist/cdn/followup-checklist.js"></script>
      <script type="module" src="/dist/locales/es/followup-checklist.js"></script>
      <div lang="es"><rejection-takeaways company="Acme"></rejection-takeaways>
      <followup-checklist contact-email="jo@acme.example"></followup-checklist></div>`,
      drawnAll(['rejection-takeaways', 'followup-checklist']),
    );
    await sleep(100);
    expect((win as Win).errors).to.deep.equal([]);
    expect(TAGS.filter((tag) => win.customElements.get(tag))).to.deep.equal(['rejection-takeaways', 'followup-checklist']);
    expect((win as unknown as { litHtmlVersions: string[] }).litHtmlVersions, 'copies of Lit').to.have.length(1);
    const checklist = win.document.querySelector('followup-checklist')!.shadowRoot!;
    expect(checklist.querySelector('h2')!.textContent).to.contain('Tus próximos pasos');
    expect(checklist.querySelectorAll('input')).to.have.length(7);
    expect(checklist.querySelector('a[href^="mailto:jo@acme.example?subject="]'), 'the drafted email').not.to.equal(null);
    expect(win.document.querySelector('rejection-takeaways')!.shadowRoot!.textContent).to.contain('Acme');
    // Everything it loaded came from the split build's own folder.
    const scripts = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(scripts.filter((path) => !path.startsWith('/dist/cdn/') && !path.startsWith('/dist/locales/'))).to.deep.equal([]);
    expect(scripts.some((path) => path.startsWith('/dist/cdn/chunks/')), 'shared chunks').to.equal(true);
  });
});
