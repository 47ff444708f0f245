// Size report: the CDN bundle, Lit alone, and each element's marginal cost on top of Lit, each built
// the same way as dist/onward.min.js (Rollup, TypeScript, Terser) so the figures compare.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rollup } from 'rollup';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import config, { elements } from '../rollup.config.mjs';

const cdnPlugins = config[1].plugins;

async function bundle(source) {
  const build = await rollup({
    input: 'entry',
    plugins: [
      {
        name: 'entry',
        // The element's define.ts is the side effect being measured: keep it whatever package.json says.
        resolveId: (id, importer) =>
          id === 'entry' ? id : importer === 'entry' && id.startsWith('.') ? { id: resolve(id), moduleSideEffects: true } : null,
        load: (id) => (id === 'entry' ? source : null),
      },
      ...cdnPlugins,
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

const kb = (n) => (n / 1024).toFixed(2);
const rows = [];
const lit = measure(await bundle(`export * from 'lit';`));
rows.push(['Lit alone (lit)', lit]);
for (const tag of elements) {
  const own = measure(await bundle(`import './src/${tag}/define.ts'; export * from 'lit';`));
  rows.push([`<${tag}> on top of Lit`, { min: own.min - lit.min, gzip: own.gzip - lit.gzip, brotli: own.brotli - lit.brotli }]);
}
rows.push(['dist/onward.min.js (all)', measure(readFileSync('dist/onward.min.js', 'utf8'))]);

console.log('| what | min KB | gzip KB | brotli KB |\n|---|---:|---:|---:|');
for (const [name, s] of rows) console.log(`| ${name} | ${kb(s.min)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
