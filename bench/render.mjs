// npm run bench: what Onward costs a page, against two baselines measured in the same run.
//
//   static   the same markup as plain HTML with a document stylesheet: the floor
//   vanilla  a hand-written custom element per tag: shadow root, shared stylesheet, innerHTML
//   onward   the real element from dist/onward.min.js
//   before   with --against <file>: another build of onward.min.js (an earlier commit's), timed in the
//            same rounds, so a change is measured as a ratio within one run
//
// Both baselines are built from what Onward itself renders (captured at the start of the run), so
// all three show the same words, the same DOM and the same CSS. Every sample gets a fresh page,
// settles 400 ms before timing, and the samples run in shuffled order. Results: bench/results.md
// and bench/results.svg. Options: --samples N (default 7), --only render|toggles|heap|first (one
// part; prints, writes nothing), --tags a,b (render subset), --against <onward.min.js>.
// A status page holds one to a few instances: N = 1 and N = 100 are timed. The bench is a
// regression guard, not a test: CI does not run it.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { CHROMIUM_ARGS, chromiumPath, serve } from './browser.mjs';
import { plot } from './plot.mjs';

const args = process.argv.slice(2);
const SAMPLES = Math.max(7, Number(args[args.indexOf('--samples') + 1]) || 7);
const COUNTS = [1, 100];
const SETTLE_MS = 400;
// Lit's own floor here is about 1.5x static HTML at N = 100.
const TARGETS = { 100: 1.8 };

const ATTRS = {
  'rejection-takeaways': 'candidate-name="Ana" company="Northwind Studio" job-title="Product Designer" stage="final" runner-up',
  'followup-checklist':
    'candidate-name="Ana" company="Northwind Studio" contact-name="Jordan" contact-email="jordan@northwind.example" jobs-url="https://example.com/jobs" linkedin-url="https://www.linkedin.com/in/example"',
  'rejection-support':
    'candidate-name="Ana" company="Northwind Studio" job-title="Product Designer" stage="final" runner-up contact-name="Jordan" contact-email="jordan@northwind.example" jobs-url="https://example.com/jobs" applications="14" interviews="3" resume-url="https://example.com/resume"',
};
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const TAGS = args.includes('--tags') ? args[args.indexOf('--tags') + 1].split(',') : Object.keys(ATTRS);
const wants = (part) => !ONLY || ONLY === part;
const AGAINST = args.includes('--against') ? args[args.indexOf('--against') + 1] : undefined;
const VARIANTS = ['static', 'vanilla', 'onward', ...(AGAINST ? ['before'] : [])];

if (!existsSync('dist/onward.min.js')) {
  console.error('Run "npm run build" first: the benchmark measures dist/onward.min.js.');
  process.exit(1);
}

// --- pages from 127.0.0.1, Debian's Chromium -------------------------------------------------
const BLANK = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><style id="static-css"></style></head><body><div id="c"></div></body></html>';
const pages = { '/blank.html': BLANK, ...(AGAINST && { '/before.js': { type: 'text/javascript', body: readFileSync(AGAINST) } }) };
const { url: BASE, close } = await serve(process.cwd(), (path) => pages[path]);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

async function freshPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${BASE}/blank.html`);
  return page;
}

async function loadOnward(page, url = '/dist/onward.min.js') {
  await page.addScriptTag({ url, type: 'module' });
  await page.evaluate(() => customElements.whenDefined('rejection-support'));
}

// --- 1. capture what Onward renders, and derive both baselines from it ------------------------
async function capture() {
  const page = await freshPage();
  await loadOnward(page);
  const result = await page.evaluate(async (attrs) => {
    const c = document.getElementById('c');
    const lit = (root) => [...root.querySelectorAll('*')].filter((el) => el.updateComplete);
    const renderAll = async (root) => {
      for (let seen = 0; ; ) {
        const all = [...lit(root), ...lit(root).flatMap((el) => (el.shadowRoot ? lit(el.shadowRoot) : []))];
        await Promise.all(all.map((el) => el.updateComplete));
        const deep = [];
        const walk = (r) => lit(r).forEach((el) => (deep.push(el), el.shadowRoot && walk(el.shadowRoot)));
        walk(root);
        await Promise.all(deep.map((el) => el.updateComplete));
        if (deep.length === seen) return;
        seen = deep.length;
      }
    };
    const parts = {};
    const grab = (el) => {
      const tag = el.localName;
      if (parts[tag]) return;
      const root = el.shadowRoot;
      // Property-bound state becomes markup, so the baselines show what Onward shows.
      root.querySelectorAll('textarea').forEach((t) => (t.textContent = t.value));
      root.querySelectorAll('input').forEach((i) => i.checked && i.setAttribute('checked', ''));
      root.querySelectorAll('progress').forEach((p) => p.setAttribute('value', String(p.value)));
      const html = root.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
      const css = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      parts[tag] = { html, css };
      root.querySelectorAll('*').forEach((child) => child.shadowRoot && grab(child));
    };
    for (const [tag, a] of Object.entries(attrs)) {
      c.innerHTML = `<${tag} ${a}></${tag}>`;
      await renderAll(c);
      grab(c.firstElementChild);
    }
    // Static: nested elements become wrapper divs, shadow CSS is scoped to a wrapper class.
    const scope = (css, tag) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      const rule = (r) => {
        if (r.cssRules && r.conditionText !== undefined) {
          return `@media ${r.conditionText}{${[...r.cssRules].map(rule).join('')}}`;
        }
        if (!r.selectorText) return '';
        const selectors = r.selectorText
          .split(',')
          .map((s) => s.trim())
          .filter((s) => !s.includes('::slotted'))
          .map((s) => (s.startsWith(':host') ? s.replace(/^:host(\(([^)]*)\))?/, `.sx-${tag}$2`) : `.sx-${tag} ${s}`));
        return selectors.length ? `${selectors.join(',')}{${r.style.cssText}}` : '';
      };
      return [...sheet.cssRules].map(rule).join('\n');
    };
    const staticHtml = (tag) => {
      const t = document.createElement('template');
      t.innerHTML = parts[tag].html;
      t.content.querySelectorAll('*').forEach((el) => {
        if (!parts[el.localName]) return;
        const div = document.createElement('div');
        for (const a of el.attributes) div.setAttribute(a.name, a.value);
        div.classList.add(`sx-${el.localName}`);
        div.innerHTML = staticHtml(el.localName);
        el.replaceWith(div);
      });
      const wrap = document.createElement('div');
      wrap.append(t.content);
      return wrap.innerHTML;
    };
    return {
      parts,
      css: Object.entries(parts).map(([tag, p]) => scope(p.css, tag)).join('\n'),
      statics: Object.fromEntries(Object.keys(attrs).map((tag) => [tag, `<div class="sx-${tag}">${staticHtml(tag)}</div>`])),
    };
  }, ATTRS);
  await page.close();
  return result;
}

// --- the page-side setup and timing for each variant ------------------------------------------
async function prepare(page, variant, cap) {
  if (variant === 'onward') return loadOnward(page);
  if (variant === 'before') return loadOnward(page, '/before.js');
  if (variant === 'static') {
    return page.evaluate((css) => (document.getElementById('static-css').textContent = css), cap.css);
  }
  await page.evaluate((parts) => {
    const rename = (html) => html.replace(/<(\/?)([a-z]+-[a-z-]+)/g, (m, slash, tag) => (parts[tag] ? `<${slash}vanilla-${tag}` : m));
    for (const [tag, { html, css }] of Object.entries(parts)) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      const markup = rename(html);
      customElements.define(
        `vanilla-${tag}`,
        class extends HTMLElement {
          constructor() {
            super();
            const root = this.attachShadow({ mode: 'open' });
            root.adoptedStyleSheets = [sheet];
            root.innerHTML = markup;
          }
        },
      );
    }
  }, cap.parts);
}

async function timeRender(page, variant, tag, n, cap) {
  return page.evaluate(
    async ({ variant, tag, n, attrs, markup, tags }) => {
      const c = document.getElementById('c');
      const lit = variant === 'onward' || variant === 'before';
      const one = variant === 'static' ? markup : variant === 'vanilla' ? `<vanilla-${tag} ${attrs}></vanilla-${tag}>` : `<${tag} ${attrs}></${tag}>`;
      const html = one.repeat(n);
      // The wait is timed too, so it looks only for Onward's own tags: testing every node for
      // updateComplete cost 4-11 ms per 100 kits, charged to Onward alone.
      const ours = (root) => [...root.querySelectorAll(tags)];
      const t0 = performance.now();
      c.innerHTML = html;
      if (lit) {
        // Every Lit element, sections inside the kit included, has rendered.
        for (let pending = ours(c); pending.length; pending = pending.flatMap((el) => ours(el.shadowRoot))) {
          await Promise.all(pending.map((el) => el.updateComplete));
        }
      }
      document.body.getBoundingClientRect();
      c.offsetHeight;
      const ms = performance.now() - t0;
      // After the clock: no Lit element anywhere is left unrendered, so the lighter wait missed nothing.
      const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
      const late = all(c).filter((el) => el.updateComplete && (!el.hasUpdated || el.isUpdatePending));
      if (late.length) throw new Error(`${late.length} elements had not rendered when the clock stopped: ${late[0].localName}`);
      return ms;
    },
    { variant, tag, n, attrs: ATTRS[tag], markup: cap.statics[tag], tags: Object.keys(cap.parts).join() },
  );
}

const seeded = (seed) => () => ((seed = (seed * 1664525 + 1013904223) >>> 0), seed / 2 ** 32);
function shuffle(list, random) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.round(p * (s.length - 1)))];
  return [q(0.25), q(0.75)];
};

// --- run ---------------------------------------------------------------------------------------
const started = Date.now();
const cap = await capture();
const random = seeded(20261125);
// A round times the three variants of one cell back to back, in shuffled order; rounds run in
// shuffled order too. Ratios are taken within each round and then their median, so a machine that
// slows down or speeds up during the run moves all three variants of a round together.
const rounds = [];
if (wants('render')) for (const tag of TAGS) for (const n of COUNTS) for (let s = 0; s < SAMPLES; s++) rounds.push({ tag, n, variants: shuffle([...VARIANTS], random) });
shuffle(rounds, random);
const samples = {};
const paired = {};
let done = 0;
for (const round of rounds) {
  const ms = {};
  for (const variant of round.variants) {
    const page = await freshPage();
    await prepare(page, variant, cap);
    await page.waitForTimeout(SETTLE_MS);
    ms[variant] = await timeRender(page, variant, round.tag, round.n, cap);
    await page.close();
    (samples[`${round.tag}|${round.n}|${variant}`] ??= []).push(ms[variant]);
  }
  const cell = (paired[`${round.tag}|${round.n}`] ??= { static: [], vanilla: [], vanillaToStatic: [], before: [], beforeToStatic: [] });
  cell.static.push(ms.onward / ms.static);
  cell.vanilla.push(ms.onward / ms.vanilla);
  cell.vanillaToStatic.push(ms.vanilla / ms.static);
  if (AGAINST) {
    cell.before.push(ms.onward / ms.before);
    cell.beforeToStatic.push(ms.before / ms.static);
  }
  if (++done % 10 === 0) process.stderr.write(`  ${done}/${rounds.length} render rounds\n`);
}

// 100 checklist toggles: Onward against the same list toggled by a few lines of vanilla script.
async function toggles(variant) {
  const page = await freshPage();
  await prepare(page, variant === 'onward' ? 'onward' : 'static', cap);
  await page.evaluate(
    async ({ variant, attrs, markup }) => {
      const c = document.getElementById('c');
      if (variant === 'onward') {
        c.innerHTML = `<followup-checklist ${attrs}></followup-checklist>`;
        await c.firstElementChild.updateComplete;
      } else {
        c.innerHTML = markup;
        const status = c.querySelector('[role=status]');
        const bar = c.querySelector('progress');
        const boxes = [...c.querySelectorAll('input[type=checkbox]')];
        c.addEventListener('change', (e) => {
          e.target.closest('li').classList.toggle('done', e.target.checked);
          const done = boxes.filter((b) => b.checked).length;
          status.textContent = `${done} of ${boxes.length} done`;
          bar.value = done;
        });
      }
    },
    { variant, attrs: ATTRS['followup-checklist'], markup: cap.statics['followup-checklist'] },
  );
  await page.waitForTimeout(SETTLE_MS);
  const ms = await page.evaluate(async (variant) => {
    const host = document.querySelector('followup-checklist');
    const root = host ? host.shadowRoot : document;
    const boxes = [...root.querySelectorAll('input[type=checkbox]')];
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) {
      boxes[i % boxes.length].click();
      if (host) await host.updateComplete;
      document.body.getBoundingClientRect();
    }
    return performance.now() - t0;
  }, variant);
  await page.close();
  return ms;
}
const toggleSamples = { onward: [], vanilla: [] };
if (wants('toggles')) for (const variant of shuffle([...Array(SAMPLES)].flatMap(() => ['onward', 'vanilla']), random)) toggleSamples[variant].push(await toggles(variant));

// JS heap per <rejection-takeaways>, after GC, against the vanilla element of the same markup.
async function heapPer(variant) {
  const page = await freshPage();
  await prepare(page, variant, cap);
  await page.waitForTimeout(SETTLE_MS);
  const bytes = await page.evaluate(async ({ variant, attrs }) => {
    const c = document.getElementById('c');
    const tag = variant === 'vanilla' ? 'vanilla-rejection-takeaways' : 'rejection-takeaways';
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        window.gc();
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    // One instance first, so the measured thousand pay only for themselves, not for first-use setup.
    c.innerHTML = `<${tag} ${attrs}></${tag}>`;
    await c.firstElementChild.updateComplete;
    await settle();
    const before = performance.memory.usedJSHeapSize;
    c.insertAdjacentHTML('beforeend', `<${tag} ${attrs}></${tag}>`.repeat(1000));
    await Promise.all([...c.children].map((el) => el.updateComplete));
    await settle();
    return (performance.memory.usedJSHeapSize - before) / 1000;
  }, { variant, attrs: ATTRS['rejection-takeaways'] });
  await page.close();
  return bytes;
}
const heap = { onward: [], vanilla: [], before: [] };
const heapVariants = ['onward', 'vanilla', ...(AGAINST ? ['before'] : [])];
if (wants('heap')) for (const variant of shuffle([...Array(SAMPLES)].flatMap(() => heapVariants), random)) heap[variant].push(await heapPer(variant));

// First render of the kit from script load: the bundle fetched, parsed, run, and every section drawn.
async function firstRender() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>window.t0 = performance.now()</script>
    <script type="module" src="/dist/onward.min.js"></script></head>
    <body><rejection-support ${ATTRS['rejection-support']}></rejection-support></body></html>`;
  await page.route(`${BASE}/first.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${BASE}/first.html`);
  const ms = await page.evaluate(async () => {
    await customElements.whenDefined('rejection-support');
    const kit = document.querySelector('rejection-support');
    await kit.updateComplete;
    const sections = [...kit.shadowRoot.querySelectorAll('[part]')].filter((el) => el.updateComplete);
    await Promise.all(sections.map((el) => el.updateComplete));
    document.body.getBoundingClientRect();
    return performance.now() - window.t0;
  });
  await page.close();
  return ms;
}
const first = [];
if (wants('first')) for (let s = 0; s < SAMPLES; s++) first.push(await firstRender());

const version = browser.version();
await browser.close();
close();

if (ONLY) {
  const show = (xs) => (xs.length ? `${median(xs).toFixed(2)} (${quartiles(xs).map((x) => x.toFixed(2)).join('–')})` : '');
  for (const [k, xs] of Object.entries(samples)) console.log(k, show(xs));
  for (const [k, cell] of Object.entries(paired)) console.log(k, 'Onward / static', show(cell.static), 'Onward / vanilla', show(cell.vanilla));
  for (const [name, obj] of Object.entries({ toggles: toggleSamples, heap })) for (const [k, xs] of Object.entries(obj)) if (xs.length) console.log(name, k, show(xs));
  if (first.length) console.log('first render', show(first));
  process.exit(0);
}

// --- report ------------------------------------------------------------------------------------
const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const spread = (xs) => {
  const [a, b] = quartiles(xs);
  return `${fmt(a)}–${fmt(b)}`;
};
const rows = [];
const chart = [];
for (const tag of TAGS) {
  for (const n of COUNTS) {
    const [st, va, on] = VARIANTS.map((v) => samples[`${tag}|${n}|${v}`]);
    const [mst, mva, mon] = [st, va, on].map(median);
    const target = TARGETS[n];
    const { static: toStatic, vanilla: toVanilla, vanillaToStatic, before, beforeToStatic } = paired[`${tag}|${n}`];
    const ratio = median(toStatic);
    const range = (xs) => quartiles(xs).map((x) => x.toFixed(2)).join('–');
    const against = AGAINST ? ` ${fmt(median(samples[`${tag}|${n}|before`]))} | ${median(beforeToStatic).toFixed(2)} | ${median(before).toFixed(2)} (${range(before)}) |` : '';
    rows.push(
      `| \`<${tag}>\` | ${n} | ${fmt(mst)} (${spread(st)}) | ${fmt(mva)} (${spread(va)}) | ${fmt(mon)} (${spread(on)}) | **${ratio.toFixed(2)}** (${range(toStatic)}) | ${median(toVanilla).toFixed(2)} | ${target ? `≤ ${target} ${ratio <= target ? 'met' : '**missed**'}` : ''} |${against}`,
    );
    chart.push({ label: `${tag.replace('rejection-', '').replace('followup-', '')} N=${n}`, vanilla: median(vanillaToStatic), onward: ratio, target });
  }
}
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const date = new Date().toISOString().slice(0, 10);
const perToggle = (xs) => `${fmt(median(xs))} ms (${spread(xs)}), ${((median(xs) / 100) * 1000).toFixed(0)} µs per toggle`;
const heapKb = (xs) => `${(median(xs) / 1024).toFixed(2)} KB (${(quartiles(xs)[0] / 1024).toFixed(2)}–${(quartiles(xs)[1] / 1024).toFixed(2)})`;
const md = `# Onward render benchmark

Generated by \`npm run bench\` on ${date}. Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}.
Browser: Chromium ${version}, headless. ${SAMPLES} rounds per cell, fresh page per sample, ${SETTLE_MS} ms settle, shuffled order.
Times are medians in ms with the interquartile range. A round times static, vanilla and Onward back
to back; each ratio is the median of the per-round ratios (interquartile range in brackets).

## Create, render and lay out N instances

The floor (**static**) is the same markup as plain HTML under a document stylesheet; **vanilla** is a
hand-written custom element per tag (shadow root, shared constructed stylesheet, \`innerHTML\`); both
are built from what Onward renders in this run, so the DOM, words and CSS are the same.

| element | N | static | vanilla | Onward | Onward / static | Onward / vanilla | target |${AGAINST ? ' before | before / static | Onward / before |' : ''}
|---|---:|---:|---:|---:|---:|---:|---|${AGAINST ? '---:|---:|---:|' : ''}
${rows.join('\n')}
${AGAINST ? `\n**before** is \`${AGAINST}\`, timed in the same rounds. It renders its own markup, so its ratio to static compares the work, not the DOM.\n` : ''}

![Onward and the vanilla element as multiples of static HTML](results.svg)

## Interaction, memory and start-up

| measure | Onward | baseline |
|---|---|---|
| 100 checklist toggles (click, re-render, layout) | ${perToggle(toggleSamples.onward)} | ${perToggle(toggleSamples.vanilla)} (static list, vanilla script) |
| JS heap per \`<rejection-takeaways>\`, after GC | ${heapKb(heap.onward)} | ${heapKb(heap.vanilla)} (vanilla element)${AGAINST ? `; before: ${heapKb(heap.before)}` : ''} |
| First render of \`<rejection-support>\` from script load | ${fmt(median(first))} ms (${spread(first)}) | |

A toggle re-renders only its item: \`tests/followup-checklist.test.ts\` checks with a MutationObserver
that ticking one box changes nothing outside that item, the progress and the Start over button.

Run took ${((Date.now() - started) / 1000).toFixed(0)} s.
`;
writeFileSync('bench/results.md', md);
writeFileSync('bench/results.svg', plot(chart, { title: `Render cost as a multiple of static HTML (Chromium ${version}, ${date})` }));
console.log(md);
