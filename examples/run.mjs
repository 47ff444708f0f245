// npm run consumers: the package exactly as `npm pack` makes it, installed into fresh consumer
// projects and used the way a platform would: plain HTML from the CDN file, React 19, Vue 3,
// Svelte 5, Angular 21, server rendering, and TypeScript's view of it all. Nothing here imports from src/.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, serve } from '../bench/browser.mjs';

// Next.js asks for nothing over the network with telemetry off.
process.env.NEXT_TELEMETRY_DISABLED = '1';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const only = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'onward-consumers-'));
const started = Date.now();
const results = [];

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

// 1. The tarball, as it would be published.
const [{ filename, files }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
const tarball = join(work, filename);
const packed = files.map((f) => f.path);
const stray = packed.filter((p) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(p));
if (stray.length) throw new Error(`the tarball holds files a consumer does not need: ${stray.join(', ')}`);
const missing = ['dist/onward.min.js', 'dist/onward.css', 'dist/ats/index.js', 'dist/cdn/followup-checklist.js', 'dist/locales/es.js', 'dist/locales/ja/followup-checklist.js'].filter((p) => !packed.includes(p));
if (missing.length) throw new Error(`the tarball lacks ${missing.join(', ')}`);
console.log(`Packed ${filename}: ${packed.length} files, only dist/, README, LICENSE and package.json.`);

/** A fresh copy of the example with the tarball installed. */
function install(name) {
  const dir = join(work, name);
  cpSync(join(here, name), dir, { recursive: true, filter: (src) => !src.includes('node_modules') });
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  pkg.dependencies = { ...pkg.dependencies, 'onward-elements': `file:${tarball}` };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  return dir;
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/** Opens `url`, records errors and requests that leave 127.0.0.1, and hands the page to `check`. */
async function inBrowser(url, check, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  const outside = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:') && outside.push(r.url()));
  await page.goto(url);
  await check(page);
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
  if (outside.length) throw new Error(`requests beyond the page's origin: ${outside.join(', ')}`);
}

const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};

/** Ticks the first checkbox of the checklist matched by `selector` and waits for `log` to say so. */
async function tick(page, selector, log, expected) {
  await page.locator(`${selector} input[type=checkbox]`).first().check();
  await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent?.includes(text), [log, expected]);
}

/**
 * The app each framework example builds, served from `dist` and used: ticking the checklist's first
 * step shows in `#log`, `#rename` makes the takeaways say Contoso and, when given, the checklist's
 * heading is `heading`, which the app passes in a `strings` object.
 */
async function checkApp(dist, heading) {
  const { url, close } = await serve(dist);
  try {
    await inBrowser(`${url}/index.html`, async (page) => {
      await page.waitForSelector('followup-checklist >> input');
      await tick(page, 'followup-checklist', '#log', 'thank-you-email: 1');
      if (heading) assert(await page.isVisible(`followup-checklist >> text=${heading}`), 'the strings object did not reach the element');
      await page.click('#rename');
      await page.waitForFunction(() => document.querySelector('rejection-takeaways')?.shadowRoot?.textContent?.includes('Contoso'));
    });
  } finally {
    close();
  }
}

async function consumer(name, checks, test) {
  if (only.length && !only.includes(name)) return;
  const t0 = Date.now();
  try {
    const dir = install(name);
    await test(dir);
    results.push({ name, ok: true, checks, seconds: (Date.now() - t0) / 1000 });
  } catch (error) {
    results.push({ name, ok: false, checks, seconds: (Date.now() - t0) / 1000, error: error.message.split('\n').slice(0, 12).join('\n') });
  }
}

await consumer('cdn', 'plain HTML with only dist/onward.min.js: the kit renders, a step ticks and is announced, no request leaves the page; the same with one element from dist/cdn/', async (dir) => {
  const { url, close } = await serve(dir);
  try {
    await inBrowser(`${url}/index.html`, async (page) => {
      await page.waitForSelector('rejection-support >> followup-checklist >> input');
      assert(await page.isVisible('text=Ana, here’s what you’re taking with you'), 'the takeaways heading is missing');
      await tick(page, 'rejection-support followup-checklist', '#log', '"id":"thank-you-email"');
      await page.reload();
      await page.waitForSelector('rejection-support >> followup-checklist >> input');
      assert(await page.locator('rejection-support followup-checklist input[type=checkbox]').first().isChecked(), 'progress was not kept after a reload');
    });
    await inBrowser(`${url}/one.html`, async (page) => {
      await page.waitForSelector('followup-checklist >> input');
      assert(await page.evaluate(() => !customElements.get('rejection-takeaways')), 'the split build registered more than its own tag');
      await tick(page, 'followup-checklist', '#log', '"id":"thank-you-email"');
      await page.reload();
      await page.waitForSelector('followup-checklist >> input');
      assert(await page.locator('followup-checklist input[type=checkbox]').first().isChecked(), 'progress was not kept after a reload');
    });
  } finally {
    close();
  }
});

await consumer('react', 'React 19 + Vite: tsc on JSX with the tags and the @lit/react wrappers, vite build, both fire typed onward-change in Chromium', async (dir) => {
  run('npm', ['run', 'build'], dir);
  const { url, close } = await serve(join(dir, 'dist'));
  try {
    await inBrowser(`${url}/index.html`, async (page) => {
      await page.waitForSelector('#direct >> input');
      await tick(page, '#direct', '#direct-log', 'thank-you-email: 1');
      // The wrapper's `checked` prop reached the element: one step ticked before any click.
      await page.waitForFunction(() => document.querySelector('#wrapped')?.checked?.join() === 'ask-feedback');
      await tick(page, '#wrapped', '#wrapped-log', 'thank-you-email: 2');
      assert(await page.isVisible('text=You made connections'), 'the wrapped takeaways did not render');
    });
  } finally {
    close();
  }
});

await consumer('vue', 'Vue 3 + Vite (isCustomElement): v-on:onward-change fires, a reactive :company prop updates the element', async (dir) => {
  run('npm', ['run', 'build'], dir);
  await checkApp(join(dir, 'dist'));
});

await consumer('svelte', 'Svelte 5 + Vite: ononward-change fires, an object prop arrives as a property, a reactive {company} updates the element', async (dir) => {
  run('npm', ['run', 'build'], dir);
  await checkApp(join(dir, 'dist'), 'Your plan for this week');
});

await consumer('angular', 'Angular 21 (standalone, zoneless, strictTemplates) + ng build: (onward-change) fires, [strings] arrives as an object, a signal updates [company]', async (dir) => {
  run('npx', ['ng', 'build'], dir);
  await checkApp(join(dir, 'dist', 'browser'), 'Your plan for this week');
  // strictTemplates reads the event's type from Onward's typings: a handler taking the wrong one fails the build.
  const component = join(dir, 'src', 'status.component.ts');
  writeFileSync(component, readFileSync(component, 'utf8').replace("OnwardEventMap['onward-change']", 'MouseEvent'));
  let output = '';
  try {
    run('npx', ['ng', 'build'], dir);
  } catch (error) {
    output = `${error.stdout}${error.stderr}`;
  }
  assert(/TS2345[^]*CustomEvent<ChecklistChangeDetail \| ReflectionChangeDetail>[^]*MouseEvent/.test(output), `ng build accepted a handler typed MouseEvent for (onward-change)\n${output}`);
});

await consumer('ats', 'onward-elements/ats in plain Node from the tarball: every vendor fixture maps as in the browser tests, no internal field reaches the output', async (dir) => {
  cpSync(join(root, 'tests/fixtures/ats'), join(dir, 'fixtures'), { recursive: true });
  const out = run('node', ['check.mjs'], dir);
  assert(out.includes('as expected'), out);
});

await consumer('ssr', '@lit-labs/ssr renders the kit to declarative shadow DOM: readable with JavaScript off, nothing shown as done, a Spanish kit in Spanish throughout, a kit from a Greenhouse application; hydrated, it ticks and persists; layout shift measured', async (dir) => {
  cpSync(join(root, 'tests/fixtures/ats/greenhouse.json'), join(dir, 'greenhouse.json'));
  run('npm', ['run', 'build'], dir);
  const { url, close } = await serve(dir);
  try {
    // JavaScript off: the server's HTML alone shows the takeaways and the checklist.
    await inBrowser(`${url}/index.html`, async (page) => {
      assert(await page.isVisible('text=Ana, here’s what you’re taking with you'), 'takeaways not readable without JavaScript');
      assert(await page.isVisible('text=Send Jordan a thank-you email'), 'checklist not readable without JavaScript');
      assert((await page.locator('followup-checklist input[type=checkbox]').count()) === 7, 'checklist boxes missing without JavaScript');
      assert((await page.locator('followup-checklist input:checked').count()) === 0, 'steps show as done before anything was ticked');
    }, { javaScriptEnabled: false });
    // A kit from a Greenhouse application, through onward-elements/ats, on the server.
    await inBrowser(`${url}/ats.html`, async (page) => {
      for (const text of ['Ana, here’s what you’re taking with you', 'Send Jordan a thank-you email']) {
        assert(await page.isVisible(`text=${text}`), `"${text}" missing from the kit rendered from a Greenhouse application`);
      }
      assert(!(await page.content()).includes('Lacking skill'), 'a rejection reason reached the page');
    }, { javaScriptEnabled: false });
    // A kit with lang="es": every section in Spanish from the server, and still after hydration.
    const spanish = ['Ana, esto es lo que te llevas', 'Próximos pasos para Ana', 'Un agradecimiento listo para enviar'];
    await inBrowser(`${url}/es.html`, async (page) => {
      for (const text of spanish) assert(await page.isVisible(`text=${text}`), `"${text}" missing from the server's Spanish kit`);
    }, { javaScriptEnabled: false });
    await inBrowser(`${url}/es.html`, async (page) => {
      await page.waitForFunction(() => document.querySelector('rejection-support')?.hasUpdated);
      await page.waitForTimeout(300);
      for (const text of spanish) assert(await page.isVisible(`text=${text}`), `"${text}" missing from the hydrated Spanish kit`);
    });
    await inBrowser(`${url}/index.html`, async (page) => {
      await page.evaluate(() => {
        window.shift = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.shift += e.hadRecentInput ? 0 : e.value))).observe({ type: 'layout-shift', buffered: true });
      });
      await page.waitForFunction(() => customElements.get('rejection-support') && document.querySelector('rejection-support').hasUpdated);
      await page.waitForTimeout(500);
      const shift = await page.evaluate(() => window.shift);
      results.cls = shift;
      assert(shift === 0, `layout shifted by ${shift} when the elements hydrated`);
      await page.locator('followup-checklist input[type=checkbox]').nth(1).check();
      await page.reload();
      await page.waitForFunction(() => document.querySelector('rejection-support')?.hasUpdated);
      await page.waitForTimeout(200);
      assert(await page.locator('followup-checklist input[type=checkbox]').nth(1).isChecked(), 'a ticked step was lost after hydration and reload');
    });
  } finally {
    close();
  }
});

await consumer('next', 'Next.js 16 App Router: a server component uses the @lit/react wrapper and the tag with hyphenated attributes; next build passes; in Chromium no console error, the props arrive, the events reach a handler, a tick survives a reload, CLS 0', async (dir) => {
  run('npm', ['run', 'build'], dir);
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const server = spawn(join(dir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, stdio: 'ignore' });
  try {
    const url = `http://127.0.0.1:${port}/`;
    for (let i = 0; i < 100; i++) {
      if (await fetch(url).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await inBrowser(url, async (page) => {
      await page.evaluate(() => {
        window.shift = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.shift += e.hadRecentInput ? 0 : e.value))).observe({ type: 'layout-shift', buffered: true });
      });
      await page.waitForSelector('rejection-support >> followup-checklist >> input');
      // The wrapper's camelCase props and the tag's hyphenated attributes both arrived.
      assert(await page.isVisible('#wrapped >> text=What you’ve built so far'), 'the wrapper did not render');
      assert((await page.locator('#wrapped').textContent()) !== null && (await page.evaluate(() => document.querySelector('#wrapped').shadowRoot.textContent.includes('14'))), 'the wrapper’s applications did not arrive');
      assert(await page.isVisible('rejection-support >> text=Next steps for Ana'), 'the tag’s candidate-name did not arrive');
      await page.waitForTimeout(500);
      const shift = await page.evaluate(() => window.shift);
      results.nextCls = shift;
      assert(shift === 0, `layout shifted by ${shift} as the page hydrated`);
      await tick(page, 'rejection-support followup-checklist', '#log', 'ticked');
      await page.reload();
      await page.waitForSelector('rejection-support >> followup-checklist >> input');
      await page.waitForTimeout(200);
      assert(await page.locator('rejection-support followup-checklist input[type=checkbox]').first().isChecked(), 'a tick was lost on reload');
    });
  } finally {
    server.kill();
  }
});

await consumer('types', 'tsc, moduleResolution bundler and node16: React 19, Preact, Vue and Svelte types compile; misspelled attributes, properties, detail fields and locale table keys fail', async (dir) => {
  for (const resolution of ['bundler', 'node16']) run('npx', ['tsc', '-p', `tsconfig.${resolution}.json`], dir);
  for (const file of ['fail.tsx', 'fail-preact.tsx']) {
    const config = JSON.parse(readFileSync(join(dir, 'tsconfig.bundler.json'), 'utf8'));
    config.files = [file];
    writeFileSync(join(dir, 'tsconfig.fail.json'), JSON.stringify(config));
    let output = '';
    try {
      run('npx', ['tsc', '-p', 'tsconfig.fail.json'], dir);
    } catch (error) {
      output = `${error.stdout}`;
    }
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const expected = lines.map((l, i) => (/\berror:/.test(l) ? i + 1 : 0)).filter(Boolean);
    const failed = [...new Set([...output.matchAll(new RegExp(`${file.replace('.', '\\.')}\\((\\d+),`, 'g'))].map((m) => Number(m[1])))];
    const missed = expected.filter((l) => !failed.includes(l));
    const extra = failed.filter((l) => !expected.includes(l));
    assert(!missed.length && !extra.length, `${file}: no error on line(s) ${missed.join(', ') || '-'}; unexpected error on line(s) ${extra.join(', ') || '-'}\n${output}`);
  }
});

await browser.close();
rmSync(work, { recursive: true, force: true });

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log('\n| consumer | result | seconds | what it checks |\n|---|---|---:|---|');
for (const r of results) console.log(`| ${r.name} | ${r.ok ? 'pass' : '**FAIL**'} | ${r.seconds.toFixed(0)} | ${r.checks} |`);
console.log(`\n${results.filter((r) => r.ok).length} of ${results.length} consumers passed in ${seconds} s.${results.cls !== undefined ? ` SSR layout shift on hydration: ${results.cls}.` : ''}${results.nextCls !== undefined ? ` Next.js layout shift: ${results.nextCls}.` : ''}`);
for (const r of results.filter((r) => !r.ok)) console.error(`\n${r.name} failed:\n${r.error}`);
if (results.some((r) => !r.ok)) process.exit(1);
