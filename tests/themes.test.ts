// Themes: every text and control meets WCAG 2.2 AA contrast in light and dark with the default
// tokens (read from computed colours), forced colours keep controls and focus visible, reduced
// motion stops all movement, auto follows the device, and every token is documented and used.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { LitElement, ReactiveElement } from 'lit';
import '../src/rejection-support/define.js';
import { part } from './helpers.js';

const PAGES: [string, string][] = [
  ['rejection-takeaways', 'company="Acme" stage="final" runner-up layout="cards"'],
  ['rejection-takeaways', 'layout="compact"'],
  ['followup-checklist', 'contact-email="a@b.example" jobs-url="/j" linkedin-url="https://www.linkedin.com/in/x" storage-key="theme"'],
  ['followup-email', 'contact-name="Jo" company="Acme"'],
  ['interview-reflection', ''],
  ['stay-connected', 'runner-up linkedin-url="https://www.linkedin.com/in/x" talent-community reapply-after="2099-01-01"'],
  ['search-recap', 'applications="3" interviews="2" stage="final" since="2026-01-01"'],
  ['resume-cta', 'variant="banner" href="/r"'],
  ['resume-cta', 'href="/r"'],
  ['rejection-support', 'company="Acme" applications="3" resume-url="/r"'],
];

type RGBA = [number, number, number, number];

/** Parses a computed colour: rgb(), rgba() or color(srgb ...) (what color-mix() computes to). */
function parse(color: string): RGBA {
  const n = color.match(/[\d.]+/g)!.map(Number);
  if (color.startsWith('color(srgb')) return [n[0] * 255, n[1] * 255, n[2] * 255, n[3] ?? 1];
  return [n[0], n[1], n[2], n[3] ?? 1];
}
const over = (top: RGBA, bottom: RGBA): RGBA => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as RGBA;
};
const luminance = ([r, g, b]: RGBA) => {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};
export const contrast = (a: RGBA, b: RGBA) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
};

/** The parent in the flat tree: slot-aware enough for our shadow trees. */
const up = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);

/** The solid colour behind `el`: its own and its ancestors' backgrounds, composited on the page's. */
function backdrop(el: Element): RGBA {
  const layers: RGBA[] = [];
  for (let node: Element | null = el; node; node = up(node)) {
    const bg = parse(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] === 1) break;
  }
  const page = parse(getComputedStyle(document.body).backgroundColor);
  return layers.reduceRight((below, layer) => over(layer, below), page[3] ? page : ([255, 255, 255, 1] as RGBA));
}

/** Every element of every shadow tree under `host`, the kit's sections included. */
const allIn = (host: Element): Element[] =>
  [...host.shadowRoot!.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...allIn(el)] : [el]));

const hasText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());

async function render(tag: string, attrs: string): Promise<ReactiveElement> {
  const host = document.createElement('div');
  host.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = host.firstElementChild as ReactiveElement;
  document.body.append(el);
  await el.updateComplete;
  await Promise.all(allIn(el).map((c) => (c as ReactiveElement).updateComplete));
  return el;
}

const forcedColors = (on: boolean) => executeServerCommand('onward-forced-colors', on);

/** A host page's own stylesheet, removed after each test. */
function hostStyle(css: string): void {
  const style = document.createElement('style');
  style.className = 'host-style';
  style.textContent = css;
  document.head.append(style);
}

const lowest: Record<string, { ratio: number; where: string }> = {};
function note(kind: string, ratio: number, where: string) {
  if (!lowest[kind] || ratio < lowest[kind].ratio) lowest[kind] = { ratio, where };
}

describe('themes', () => {
  afterEach(async () => {
    document.querySelectorAll(PAGES.map(([t]) => t).join(',')).forEach((el) => el.remove());
    document.body.removeAttribute('style');
    document.querySelectorAll('.host-style').forEach((s) => s.remove());
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await forcedColors(false);
    localStorage.clear();
  });
  after(() => {
    // The figures for the record (they also appear in the test log).
    console.log(`Lowest contrast ratios: ${JSON.stringify(lowest)}`);
  });

  for (const theme of ['light', 'dark']) {
    it(`every text is at least 4.5:1 and every control edge 3:1, ${theme} theme`, async () => {
      // A host picks the dark theme for a dark page: the kit and the bare button sit on it directly.
      document.body.style.background = theme === 'dark' ? '#0d1117' : '#fff';
      document.body.style.color = theme === 'dark' ? '#e6edf3' : '#1f2328';
      for (const [tag, attrs] of PAGES) {
        const el = await render(tag, `theme="${theme}" ${attrs}`);
        // The kit passes its theme down; its own heading sits on the host page.
        for (const node of allIn(el)) {
          const style = getComputedStyle(node);
          if (style.display === 'none' || style.visibility === 'hidden') continue;
          const bg = backdrop(node);
          const where = `${tag} ${theme} <${node.localName} part="${node.getAttribute('part') ?? ''}" class="${node.getAttribute('class') ?? ''}">`;
          if (hasText(node) || node.matches('input:not([type=checkbox]), textarea')) {
            const ratio = contrast(over(parse(style.color), bg), bg);
            note(`text (${theme})`, ratio, where);
            expect(ratio, `text: ${where}`).to.be.at.least(4.5);
          }
          // A disabled control is exempt (WCAG 1.4.11), and a plain text button is known by its
          // text, checked above.
          if (node.matches('.btn:not(:disabled, .plain), button:not(:disabled, .plain), .field')) {
            // A control's edge: its fill or its border against what is around it, whichever shows.
            const around = backdrop(up(node)!);
            const fill = parse(style.backgroundColor);
            const ratio = Math.max(contrast(over(fill, around), around), contrast(over(parse(style.borderTopColor), around), around));
            note(`control edge (${theme})`, ratio, where);
            expect(ratio, `control edge: ${where}`).to.be.at.least(3);
          }
        }
        // The focus ring against the card it is drawn on.
        const focusable = [...allIn(el)].find((n) => n.matches('button, a, input, textarea')) as HTMLElement | undefined;
        if (focusable) {
          focusable.focus();
          const ring = getComputedStyle(focusable);
          const ratio = contrast(parse(ring.outlineColor), backdrop(focusable.parentElement!));
          note(`focus ring (${theme})`, ratio, tag);
          expect(ratio, `focus ring: ${tag}`).to.be.at.least(3);
        }
        el.remove();
      }
    });
  }

  for (const mode of ['light', 'dark', 'forced colors']) {
    it(`draws a focus ring at 3:1 on every control, with a gap between it and a filled one, ${mode}`, async () => {
      const theme = mode === 'dark' ? 'dark' : 'light';
      document.body.style.background = theme === 'dark' ? '#0d1117' : '#fff';
      if (mode === 'forced colors') await forcedColors(true);
      let checked = 0;
      for (const [tag, attrs] of PAGES) {
        const el = await render(tag, `theme="${theme}" ${attrs}`);
        for (const control of allIn(el).filter((n) => n.matches('button:not(:disabled), a[href], input, textarea') && (n as HTMLElement).checkVisibility())) {
          (control as HTMLElement).focus();
          const where = `${tag} ${mode} <${control.localName} part="${control.getAttribute('part') ?? ''}" class="${control.getAttribute('class') ?? ''}">`;
          expect(control.matches(':focus-visible'), `focus-visible: ${where}`).to.equal(true);
          const ring = getComputedStyle(control);
          expect(ring.outlineStyle, where).to.equal('solid');
          expect(parseFloat(ring.outlineWidth), where).to.be.at.least(2);
          const ratio = contrast(parse(ring.outlineColor), backdrop(up(control)!));
          note(`focus ring on every control (${mode})`, ratio, where);
          expect(ratio, `focus ring: ${where}`).to.be.at.least(3);
          // Filled: a gap of the surface between fill and ring, and a ring unlike the fill.
          if (parse(ring.backgroundColor)[3] > 0 && control.matches('.primary, .danger')) {
            expect(parseFloat(ring.outlineOffset), `gap: ${where}`).to.be.at.least(2);
            expect(ring.outlineColor, `ring unlike its fill: ${where}`).to.not.equal(ring.backgroundColor);
          }
          checked++;
        }
        el.remove();
      }
      expect(checked).to.be.greaterThan(20);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`shows done at 3:1: the tick on its fill, the fill and the progress bar on the card, ${theme}`, async () => {
      const el = await render('followup-checklist', `theme="${theme}" storage-key="done-${theme}"`);
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
      box.click();
      await el.updateComplete;
      const card = backdrop(part(el, 'base')!);
      const fill = parse(getComputedStyle(box).backgroundColor);
      const tick = parse(getComputedStyle(box, '::before').borderRightColor);
      const unticked = parse(getComputedStyle(el.shadowRoot!.querySelectorAll('input[type=checkbox]')[1]).borderTopColor);
      const bar = part(el, 'progress-bar')!;
      const track = parse(getComputedStyle(bar).backgroundColor);
      for (const [what, ratio] of [
        ['tick on its fill', contrast(tick, fill)],
        ['ticked box on the card', contrast(fill, card)],
        ['empty box’s edge on the card', contrast(unticked, card)],
        ['filled bar on its track', contrast(fill, track)],
      ] as const) {
        note(`done (${theme}): ${what}`, ratio, 'followup-checklist');
        expect(ratio, `${what}, ${theme}`).to.be.at.least(3);
      }
      localStorage.clear();
    });
  }

  it('sits flush inside a host’s own card with appearance="flush": no border, shadow or padding, the kit’s sections divided by rules', async () => {
    for (const [tag, attrs] of PAGES) {
      const el = await render(tag, `appearance="flush" ${attrs}`);
      for (const base of [part(el, 'base')!, ...allIn(el).filter((n) => n.matches('[part~="base"]'))]) {
        const style = getComputedStyle(base);
        expect([style.borderTopWidth, style.boxShadow, style.paddingTop, style.backgroundColor], tag).to.deep.equal(['0px', 'none', '0px', 'rgba(0, 0, 0, 0)']);
      }
      el.remove();
    }
    const kit = await render('rejection-support', 'appearance="flush" expanded company="Acme"');
    const [, second] = part(kit, 'base')!.querySelectorAll<HTMLElement>('.sections > *');
    expect(getComputedStyle(second).borderTopStyle).to.equal('solid');
    const card = await render('rejection-support', 'expanded company="Acme"');
    expect(getComputedStyle(part(part(card, 'checklist')!, 'base')!).boxShadow).to.not.equal('none');
  });

  it('keeps the documented presets at AA contrast too', async () => {
    const style = document.createElement('style');
    style.textContent = await (await fetch('/stories/stories.css')).text();
    document.head.append(style);
    try {
      for (const preset of ['preset-neutral', 'preset-bold', 'preset-soft']) {
        for (const [tag, attrs] of PAGES) {
          const wrap = document.createElement('div');
          wrap.className = preset;
          document.body.append(wrap);
          wrap.innerHTML = `<${tag} ${attrs}></${tag}>`;
          const el = wrap.firstElementChild as ReactiveElement;
          await el.updateComplete;
          await Promise.all(allIn(el).map((c) => (c as ReactiveElement).updateComplete));
          for (const node of allIn(el)) {
            if (!hasText(node) || getComputedStyle(node).display === 'none') continue;
            const bg = backdrop(node);
            const ratio = contrast(over(parse(getComputedStyle(node).color), bg), bg);
            note(`text (${preset})`, ratio, `${tag} <${node.localName}>`);
            expect(ratio, `${preset} ${tag} <${node.localName} class="${node.getAttribute('class')}">`).to.be.at.least(4.5);
          }
          wrap.remove();
        }
      }
    } finally {
      style.remove();
    }
  });

  it('theme="auto" follows the device setting', async () => {
    const el = await render('resume-cta', 'theme="auto" variant="banner"');
    const surface = () => backdrop(part(el, 'base')!);
    expect(luminance(surface())).to.be.greaterThan(0.5);
    await emulateMedia({ colorScheme: 'dark' });
    expect(luminance(surface())).to.be.lessThan(0.1);
    const light = await render('resume-cta', 'theme="light" variant="banner"');
    expect(luminance(backdrop(part(light, 'base')!))).to.be.greaterThan(0.5);
  });

  it('keeps borders, controls and the focus ring visible in forced-colors mode', async () => {
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const probe = document.createElement('span');
    document.body.append(probe);
    probe.style.color = 'Highlight';
    const highlight = getComputedStyle(probe).color;
    probe.style.color = 'CanvasText';
    const text = getComputedStyle(probe).color;
    probe.remove();
    for (const [tag, attrs] of PAGES) {
      const el = await render(tag, attrs);
      const base = part(el, 'base')!;
      if (!base.classList.contains('bare')) expect(getComputedStyle(base).borderTopColor, tag).to.equal(text);
      for (const control of allIn(el).filter((n) => n.matches('button, .btn, .field'))) {
        const style = getComputedStyle(control);
        expect(parseFloat(style.borderTopWidth), `${tag} ${control.localName}`).to.be.at.least(1);
        expect(style.borderTopStyle).not.to.equal('none');
      }
      el.remove();
    }
    // Keyboard focus is drawn in the system highlight colour.
    const checklist = await render('followup-checklist', '');
    const before = document.createElement('button');
    checklist.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const focused = checklist.shadowRoot!.activeElement!;
    expect(getComputedStyle(focused).outlineColor).to.equal(highlight);
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    before.remove();
    // The number badges keep their shape in forced colours.
    const takeaways = await render('rejection-takeaways', '');
    expect(getComputedStyle(part(takeaways, 'takeaway')!, '::before').backgroundColor).to.equal(text);
  });

  it('stops every transition and animation under prefers-reduced-motion, a host’s own through ::part() too', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    hostStyle(`${PAGES.map(([tag]) => `${tag}::part(base)`).join(', ')} { transition: opacity 0.3s; }`);
    for (const [tag, attrs] of PAGES) {
      const el = await render(tag, attrs);
      for (const node of allIn(el)) {
        const style = getComputedStyle(node);
        expect(style.transitionDuration.split(',').every((d) => parseFloat(d) === 0), `${tag} ${node.localName}`).to.equal(true);
        expect(style.animationName, `${tag} ${node.localName}`).to.equal('none');
      }
      el.remove();
    }
  });

  it('hides with the hidden attribute, as any HTML element does, and so does a part the element hides', async () => {
    for (const [tag, attrs] of PAGES) {
      const el = await render(tag, attrs);
      expect(el.checkVisibility(), tag).to.equal(true);
      el.hidden = true;
      expect(el.checkVisibility(), tag).to.equal(false);
      el.remove();
    }
    // Even when the host styles that part to show.
    hostStyle('rejection-takeaways::part(closing) { display: block; }');
    const takeaways = await render('rejection-takeaways', 'hide-closing');
    expect(part(takeaways, 'closing')!.checkVisibility()).to.equal(false);
  });

  it('documents every token the styles use, with its default, and uses every token it documents', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as {
      tagName?: string;
      cssProperties?: { name: string; default?: string }[];
    }[];
    for (const tag of [...new Set(PAGES.map(([t]) => t))]) {
      const docs = declarations.find((d) => d.tagName === tag)!.cssProperties ?? [];
      const css = (customElements.get(tag) as unknown as typeof LitElement).elementStyles
        .map((s) => ('cssText' in s ? s.cssText : ''))
        .join('\n');
      const used = new Set([...css.matchAll(/var\(\s*(--(?:onward|[a-z]+-[a-z]+)-[a-z-]+)/g)].map((m) => m[1]));
      const documented = new Set(docs.map((d) => d.name));
      expect([...used].filter((u) => !documented.has(u)), `${tag}: used but undocumented`).to.deep.equal([]);
      expect([...documented].filter((d) => !used.has(d)), `${tag}: documented but unused`).to.deep.equal([]);
      for (const d of docs) expect(d.default, `${tag} ${d.name} has no documented default`).to.be.a('string').and.not.equal('');
    }
  });
});
