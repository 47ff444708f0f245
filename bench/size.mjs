// npm run size: what Onward costs a page, each figure against its gate. Every figure is built the
// same way as dist/onward.min.js (Rollup, TypeScript, minified literals, Terser) so they compare.
//
//   Lit alone                      the runtime every element needs (reported, not ours to shrink)
//   Onward core                    shared internals, paid once on top of Lit (base class, tokens, ...)
//   <tag> marginal                 what one element adds on top of Lit + core
//   <tag> standalone               Lit + core + element, minus Lit: a page that uses only this element
//   dist/onward.min.js             everything, English included
//   dist/cdn/<tag>.js              one element from the split CDN build, with the chunks it imports
//   dist/locales/<code>.js         each locale module (a whole language)
//   dist/locales/<code>/<tag>.js   one element's words in one language (largest per language shown)
//
// The gates are ratchets: CI fails past one. Lower a gate when the code shrinks for good; the
// history of the figures is in CHANGELOG.md, not here. Exits 1 past a gate; `--json` prints JSON.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { rollup } from 'rollup';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import config, { elements } from '../rollup.config.mjs';

const KB = 1024;
export const GATES = { css: 1 * KB, full: 27 * KB, marginal: 3.5 * KB, locale: 3.6 * KB, elementLocale: 2.5 * KB, page: 19 * KB };

// The core is everything in src/internal/: written once, shared by the elements that use it.
const CORE = `${readdirSync('src/internal')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `export * from './src/internal/${f}';`)
  .join('\n')}\nexport * from 'lit';`;

async function bundle(source) {
  const build = await rollup({
    input: 'entry',
    plugins: [
      {
        name: 'entry',
        // The modules under measurement are kept whole, whatever package.json says about side effects.
        resolveId: (id, importer) =>
          id === 'entry' ? id : importer === 'entry' && id.startsWith('.') ? { id: resolve(id), moduleSideEffects: true } : null,
        load: (id) => (id === 'entry' ? source : null),
      },
      ...config[1].plugins,
    ],
    onwarn() {},
  });
  const { output } = await build.generate({ format: 'es' });
  return output[0].code;
}

const measure = (code) => ({
  min: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const minus = (a, b) => ({ min: a.min - b.min, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });

const rows = [];
const lit = measure(await bundle(`export * from 'lit';`));
const core = measure(await bundle(CORE));
rows.push({ name: 'Lit alone (reference)', ...lit });
rows.push({ name: 'Onward core, on top of Lit', ...minus(core, lit) });
for (const tag of elements) {
  const own = measure(await bundle(`${CORE}\nimport './src/${tag}/define.ts';`));
  // The kit registers every element: its own cost is what it adds to all the others.
  const base = tag === 'rejection-support'
    ? measure(await bundle(`${CORE}\n${elements.filter((t) => t !== tag).map((t) => `import './src/${t}/define.ts';`).join('\n')}`))
    : core;
  rows.push({ name: `<${tag}> marginal`, gate: GATES.marginal, ...minus(own, base) });
  if (tag !== 'rejection-support') {
    const alone = measure(await bundle(`import './src/${tag}/define.ts';\nexport * from 'lit';`));
    rows.push({ name: `<${tag}> standalone, on top of Lit`, ...minus(alone, lit) });
  }
}
rows.push({
  name: 'dist/onward.min.js (all, English)',
  gate: GATES.full,
  ...measure(readFileSync('dist/onward.min.js', 'utf8')),
});
rows.push({ name: 'onward-elements/ats (not in onward.min.js; no Lit)', ...measure(await bundle(`export * from './src/ats/index.ts';`)) });
rows.push({ name: 'dist/onward.css (keeps each element\'s space until it is defined)', gate: GATES.css, ...measure(readFileSync('dist/onward.css', 'utf8')) });
// The split CDN build: a page loads an element's file and the chunks it imports, shared with any
// other element on the page. The kit is every element: from a CDN, onward.min.js is its smaller form.
const cdnDir = 'dist/cdn';
if (existsSync(cdnDir)) {
  const graph = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.[^"]+)"/g)) graph(join(dirname(file), path), seen);
    return seen;
  };
  for (const tag of elements) {
    const files = [...graph(`${cdnDir}/${tag}.js`)].map((f) => measure(readFileSync(f, 'utf8')));
    const sum = Object.fromEntries(['min', 'gzip', 'brotli'].map((k) => [k, files.reduce((total, f) => total + f[k], 0)]));
    const kit = tag === 'rejection-support';
    const name = `${cdnDir}/${tag}.js and the ${files.length - 1} file${files.length > 2 ? 's' : ''} it imports${kit ? ' (the kit: onward.min.js is smaller)' : ''}`;
    rows.push({ name, gate: kit ? undefined : GATES.page, ...sum });
  }
}
const localeDir = 'dist/locales';
if (existsSync(localeDir)) {
  for (const file of readdirSync(localeDir).filter((f) => f.endsWith('.js')).sort()) {
    rows.push({
      name: `${localeDir}/${file}`,
      gate: GATES.locale,
      ...measure(readFileSync(`${localeDir}/${file}`, 'utf8')),
    });
  }
  // One element's words in one language: what a page with only that element loads. All are gated;
  // the table shows the largest of each language.
  for (const code of readdirSync(localeDir).filter((f) => !f.includes('.')).sort()) {
    const modules = readdirSync(`${localeDir}/${code}`)
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ name: `${localeDir}/${code}/${f}`, gate: GATES.elementLocale, ...measure(readFileSync(`${localeDir}/${code}/${f}`, 'utf8')) }));
    const largest = modules.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const smallest = modules.reduce((a, b) => (b.gzip < a.gzip ? b : a));
    rows.push({ ...largest, name: `${largest.name} (largest of ${modules.length}; smallest ${(smallest.gzip / KB).toFixed(2)} KB)` });
    rows.push(...modules.filter((m) => m !== largest).map((m) => ({ ...m, hidden: true })));
  }
}

const over = rows.filter((r) => r.gate && r.gzip > r.gate);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows, over: over.map((r) => r.name) }, null, 2));
} else {
  const kb = (n) => (n / KB).toFixed(2);
  console.log('| what | min KB | gzip KB | brotli KB | gzip gate |\n|---|---:|---:|---:|---:|');
  for (const r of rows.filter((r) => !r.hidden)) {
    const gate = r.gate ? `${kb(r.gate)}${r.gzip > r.gate ? ' **FAIL**' : ' pass'}` : '';
    console.log(`| ${r.name} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${gate} |`);
  }
}
if (over.length) {
  console.error(`Size gate failed: ${over.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
