// npm run bench:page: what Onward does to a real job board's status page, measured as its
// visitors' browsers would. A realistic status page (bench/page/status.html) is measured three
// ways: on its own, with the README's first snippet exactly as written, and with one element from
// dist/cdn/. Lighthouse 12.2.3 (pinned: 13 needs Node 22) runs each, alternated, on mobile and
// desktop; a DevTools trace at 4x CPU throttling finds the longest task Onward causes. The script
// the page names arrives 500 ms late, after first paint, as from a CDN on a slow connection. The
// medians go to bench/page.md. Nothing here is a test: figures are compared with the page alone, same run.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, serve } from './browser.mjs';

/** `--name=N` from the command line, or `fallback`. */
const count = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const RUNS = count('runs', 5);
// A trace takes seconds, not a Lighthouse run's minute, and one task's length varies by half from
// run to run on a shared machine: more rounds keep its median steady.
const TRACE_RUNS = count('trace-runs', 15);
const LATE_MS = 500;
const CDN = 'https://cdn.jsdelivr.net/npm/onward-elements@0.1/';

// The README's first HTML snippet, exactly as written: its <link> and <script> lines go in <head>,
// the rest where the kit goes. Only the CDN's address is swapped for this server's.
const readme = readFileSync('README.md', 'utf8');
const snippet = /```html\n([\s\S]*?)```/.exec(readme)[1].replaceAll(CDN, '/');
const lines = snippet.split('\n').filter((l) => l.trim() && !l.trim().startsWith('<!--'));
const isHead = (l) => /^\s*<(link|script)\b/.test(l);
if (!lines.some((l) => l.includes('onward.min.js'))) throw new Error("README's first snippet no longer loads onward.min.js");

const VARIANTS = {
  'page alone': { head: '', body: '' },
  'README snippet (the kit)': { head: lines.filter(isHead).join('\n'), body: lines.filter((l) => !isHead(l)).join('\n') },
  'one element from dist/cdn/': {
    head: '<link rel="stylesheet" href="/dist/onward.css">\n<script type="module" async src="/dist/cdn/followup-checklist.js"></script>',
    body: '<followup-checklist company="Northwind" job-title="Product Designer" stage="final"></followup-checklist>',
  },
};
const fixture = readFileSync('bench/page/status.html', 'utf8');
const pageOf = (v) => fixture.replace('<!--HEAD-->', v.head).replace('<!--ONWARD-->', v.body);

// The three pages, and the repository's dist/ beside them. The stylesheet is small and in
// <head>; the script the page names arrives after the page has painted, and the chunks it imports
// then come as fast as the page's own files.
const pages = Object.fromEntries(Object.keys(VARIANTS).map((name, i) => [`/v${i}.html`, pageOf(VARIANTS[name])]));
const { url: origin, close } = await serve(
  '.',
  (path) => pages[path],
  (path) => (path.startsWith('/dist/') && path.endsWith('.js') && !path.includes('/chunks/') ? LATE_MS : 0),
);
const urlOf = (name) => `${origin}/v${Object.keys(VARIANTS).indexOf(name)}.html`;

// --serve: only serve the three pages, to open them by hand.
if (process.argv.includes('--serve')) {
  for (const name of Object.keys(VARIANTS)) console.log(`${name}: ${urlOf(name)}`);
  await new Promise(() => {});
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** The median of one figure over a row's runs. */
const medianOf = (runs, key) => median(runs.map((r) => r[key]));

// 1. Lighthouse: RUNS rounds, each variant once per round, in turn.
const skipLighthouse = process.argv.includes('--trace-only');
const chrome = skipLighthouse ? { kill: async () => {} } : await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const results = {};
try {
  for (const form of skipLighthouse ? [] : ['mobile', 'desktop']) {
    for (let run = 0; run < RUNS; run++) {
      for (const name of Object.keys(VARIANTS)) {
        const { lhr } = await lighthouse(
          urlOf(name),
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          form === 'desktop' ? desktopConfig : undefined,
        );
        const a = lhr.audits;
        ((results[form] ??= {})[name] ??= []).push({
          score: lhr.categories.performance.score * 100,
          fcp: a['first-contentful-paint'].numericValue,
          lcp: a['largest-contentful-paint'].numericValue,
          tbt: a['total-blocking-time'].numericValue,
          cls: a['cumulative-layout-shift'].numericValue,
          kb: a['total-byte-weight'].numericValue / 1024,
        });
        process.stdout.write('.');
      }
    }
  }
} finally {
  await chrome.kill();
}
process.stdout.write('\n');

// 2. A DevTools trace at 4x CPU throttling: every main-thread task, and which ran Onward's code.
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
async function longestTasks(name) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'] });
  await page.goto(urlOf(name), { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await page.close();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((t) => t.pid === e.pid && t.name === 'ParseHTML'));
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  // A task runs Onward when it compiles, evaluates or calls into a script from dist/ (the page has
  // no modules of its own, so every module evaluated is Onward's). Asking for the script is not
  // running it: the parser's task that requests it is the page's own.
  const ourCode = (e) => /\/dist\//.test(e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '') && e.name !== 'ResourceSendRequest';
  const ours = onMain.filter((e) => ourCode(e) || e.name === 'v8.evaluateModule');
  const inside = (t, list) => list.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur);
  const ms = (t) => (t ? t.dur / 1000 : 0);
  const longest = (list) => list.reduce((a, b) => (!a || b.dur > a.dur ? b : a), undefined);
  // Loading: the tasks that compile and evaluate the module (upgrading the elements already on the
  // page). Drawing: every other task running Onward's code (first renders, the kit's sections).
  const onwards = tasks.filter((t) => inside(t, ours));
  const modules = onMain.filter((e) => e.name === 'v8.evaluateModule' || e.name === 'v8.compileModule');
  const loading = onwards.filter((t) => inside(t, modules));
  return {
    all: ms(longest(tasks)),
    onward: ms(longest(onwards)),
    loading: ms(longest(loading)),
    drawing: ms(longest(onwards.filter((t) => !loading.includes(t)))),
  };
}
const traces = {};
for (let run = 0; run < TRACE_RUNS; run++) {
  for (const name of Object.keys(VARIANTS)) (traces[name] ??= []).push(await longestTasks(name));
}
await browser.close();
close();

// 3. The table.
const chromiumVersion = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).split('\n')[0].trim();
const fmt = {
  score: (x) => x.toFixed(0),
  fcp: (x) => `${(x / 1000).toFixed(2)} s`,
  lcp: (x) => `${(x / 1000).toFixed(2)} s`,
  tbt: (x) => `${x.toFixed(0)} ms`,
  cls: (x) => x.toFixed(3),
  kb: (x) => `${x.toFixed(1)} KB`,
};
const out = [
  '# Onward on a job board status page',
  '',
  `Written by \`npm run bench:page\` (bench/page.mjs): Lighthouse 12.2.3, ${RUNS} alternated runs per row, medians. `,
  `Machine: ${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; ${chromiumVersion}, headless.`,
  '',
  `The page: bench/page/status.html (header, status banner, recruiter's message, Onward, similar jobs, a sidebar, a footer). Onward's script arrives ${LATE_MS} ms late, after first paint (the chunks it imports do not wait); its stylesheet is in \`<head>\`.`,
  '',
  'Targets: a performance score within 2 points of the page alone, CLS 0.00, TBT added ≤ 50 ms on mobile, and no task Onward causes longer than 50 ms at 4× CPU throttling.',
  '',
];
for (const form of Object.keys(results)) {
  out.push(`## ${form === 'mobile' ? 'Mobile (Moto G Power, simulated slow 4G, 4× CPU)' : 'Desktop (1350 × 940, simulated cable)'}`, '');
  out.push('| | score | FCP | LCP | TBT | CLS | transfer |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, runs] of Object.entries(results[form])) {
    out.push(`| ${name} | ${Object.keys(fmt).map((k) => fmt[k](medianOf(runs, k))).join(' | ')} |`);
  }
  out.push('');
}
out.push('## Longest main-thread task, DevTools trace at 4× CPU throttling (412 × 823, mobile)', '', `${TRACE_RUNS} alternated runs per row, medians.`, '');
out.push(
  "Loading is any task that compiles or evaluates Onward's module; drawing is any later task running Onward's code (registering an element and upgrading those on the page, styling, first renders, the kit's sections). The last column compares Onward's longest task with the page's own longest (its first layout), measured in the same rounds: this machine's speed cancels out.",
  '',
);
out.push("| | longest task | Onward: loading | Onward: drawing | Onward's longest ÷ page alone's longest |", '| --- | --- | --- | --- | --- |');
const alone = medianOf(traces['page alone'], 'all');
for (const [name, runs] of Object.entries(traces)) {
  const m = (k) => medianOf(runs, k);
  const cells = name === 'page alone' ? ['–', '–', '–'] : [`${m('loading').toFixed(0)} ms`, `${m('drawing').toFixed(0)} ms`, (m('onward') / alone).toFixed(2)];
  out.push(`| ${name} | ${m('all').toFixed(0)} ms | ${cells.join(' | ')} |`);
}
out.push('');

// 4. Each target, met or not, for each way of adding Onward.
const mid = (form, name, key) => medianOf(results[form][name], key);
const yes = (ok, what) => `${ok ? 'met' : '**not met**'} (${what})`;
out.push('## Against the targets', '', '| | score within 2 | CLS 0.00 | TBT added ≤ 50 ms (mobile) | no Onward task over 50 ms |', '| --- | --- | --- | --- | --- |');
for (const name of Object.keys(VARIANTS).slice(1)) {
  const longestOurs = medianOf(traces[name], 'onward');
  const cells = results.mobile
    ? [
        yes(['mobile', 'desktop'].every((f) => mid(f, 'page alone', 'score') - mid(f, name, 'score') <= 2), `${mid('mobile', name, 'score')} / ${mid('desktop', name, 'score')}`),
        yes(['mobile', 'desktop'].every((f) => mid(f, name, 'cls') < 0.005), `${mid('mobile', name, 'cls').toFixed(3)} / ${mid('desktop', name, 'cls').toFixed(3)}`),
        // Below the page alone's own TBT is noise: shown as 0.
        yes(mid('mobile', name, 'tbt') - mid('mobile', 'page alone', 'tbt') <= 50, `${Math.max(0, mid('mobile', name, 'tbt') - mid('mobile', 'page alone', 'tbt')).toFixed(0)} ms`),
      ]
    : ['–', '–', '–'];
  out.push(`| ${name} | ${[...cells, yes(longestOurs <= 50, `${longestOurs.toFixed(0)} ms`)].join(' | ')} |`);
}
out.push('');
writeFileSync('bench/page.md', out.join('\n'));
console.log(out.join('\n'));
