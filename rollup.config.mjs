import { compileLitTemplates } from '@lit-labs/compiler';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Every element: one folder in src/, one registering entry in the package. */
export const elements = [
  'rejection-takeaways',
  'followup-checklist',
  'followup-email',
  'interview-reflection',
  'stay-connected',
  'search-recap',
  'resume-cta',
  'rejection-support',
];

/** Terser for the shipped files: two passes find a little more to fold; nothing unsafe. */
const TERSER = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

/** The locale modules: `src/locales/<code>.ts`, shipped as `dist/locales/<code>.js`. */
export const localeCodes = ['es', 'fr', 'de', 'pt-BR', 'it', 'nl', 'pl', 'ja', 'ar', 'en-GB'];

/** Runs a TypeScript module in Node (through esbuild) and returns its exports. */
async function load(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** The namespaces of words an element uses: the keys of its `static messages` (its tag, `phrases`, `mail`). */
function namespacesOf(tag) {
  const source = readFileSync(`src/${tag}/${tag}.ts`, 'utf8');
  const list = /static override messages = \{([^}]*)\}/.exec(source)?.[1];
  if (!list) throw new Error(`src/${tag}/${tag}.ts: no static messages to build its locale modules from`);
  return list.split(',').map((entry) => entry.split(':')[0].trim().replace(/'/g, ''));
}

/** Where a locale module goes under `dist/locales/`: `es`, or `es/followup-checklist` for one element. */
const localeName = (code, tag) => (tag ? `${code}/${tag}` : code);

/**
 * A locale module is its words and the registry, nothing else: all its words in one string, each
 * namespace as its initials, the fingerprint of its English keys, then its words in that order
 * (registry.ts). Without `tag`, the whole language (`<code>.js`), which replaces what the language
 * held; with it, only what that element shows (`<code>/<tag>.js`), which adds to what is held, so
 * a page with one or two elements loads only their words. A locale that exports `regions` (en-GB)
 * registers its words for each of them too.
 */
function packedLocale(code, tag) {
  const id = `\0locale:${localeName(code, tag)}`;
  return {
    name: 'onward-locale',
    resolveId: (source) => (source === id ? id : null),
    async load(source) {
      if (source !== id) return null;
      // English packs too, for the size report's reference: its table is `en`.
      const [{ en }, { default: table = en, regions = [] }, { fingerprint, initials, WORD, NAMESPACE }] = await Promise.all(
        ['src/locales/en.ts', `src/locales/${code}.ts`, 'src/internal/registry.ts'].map(load),
      );
      const names = Object.keys(en).map(initials);
      if (new Set(names).size !== names.length) throw new Error(`two namespaces share their initials: ${names}`);
      const namespaces = tag ? namespacesOf(tag) : Object.keys(en);
      const packed = namespaces.map((ns) => {
        const keys = Object.keys(en[ns]);
        // A regional table (en-GB) holds only the words that differ: a blank word is English's.
        const words = keys.map((key) => table[ns]?.[key] ?? '');
        const bad = words.find((word) => word.includes(WORD) || word.includes(NAMESPACE));
        if (bad !== undefined) throw new Error(`${code} ${ns}: "${WORD}" and "${NAMESPACE}" are reserved for packing: ${bad}`);
        return [initials(ns), fingerprint(keys), ...words].join(WORD);
      });
      const registry = JSON.stringify(`${process.cwd()}/src/internal/registry.ts`);
      const call = tag ? 'addLocale' : 'registerLocale';
      const words = JSON.stringify(packed.join(NAMESPACE));
      const register = regions.length
        ? `const w = ${words};\nfor (const code of ${JSON.stringify([code, ...regions])}) ${call}(code, w);`
        : `${call}(${JSON.stringify(code)}, ${words});`;
      return `import { ${call} } from ${registry};\n${register}\n`;
    },
  };
}

/**
 * A locale module's only TypeScript is registry.ts, which needs its types removed and nothing else:
 * esbuild does that in milliseconds, where a TypeScript program per module (72 of them) took minutes.
 */
const stripTypes = {
  name: 'onward-strip-types',
  transform: async (code, id) => (id.endsWith('.ts') ? { code: (await transform(code, { loader: 'ts', format: 'esm', target: 'es2022' })).code } : null),
};

// Locale modules carry no types of their own: importing one is a side effect. (This also makes
// dist/ on a clean clone, before anything is written to it.)
mkdirSync('dist/locales', { recursive: true });

// onward.css, the stylesheet that keeps each element's space until its script arrives, as written.
writeFileSync('dist/onward.css', readFileSync('src/onward.css'));
writeFileSync('dist/locales/locale.d.ts', '// Importing a locale module registers its words with every Onward element on the page.\nexport {};\n');

/**
 * V8's compile hint: a CDN file's functions nearly all run as the page loads (the kit draws every
 * section), so Chromium compiles them while the file downloads, off the main thread, rather than
 * one by one on it in the tasks that first call them. Other browsers read a comment.
 */
const compileOnLoad = {
  name: 'onward-compile-on-load',
  renderChunk: { order: 'post', handler: (code) => ({ code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }) },
};

/** The minified builds for a CDN, Lit included; `outDir` is where the build writes. */
const cdn = (outDir) => [
  // Unquoted attribute values are plain HTML and Lit binds them alike; tests/bundle.test.ts checks
  // that the bundle renders the very DOM the source does.
  // heading.ts is left as written: its tag name is a static value, which the minifier cannot parse.
  minifyLiterals({
    include: ['src/**/*.ts'],
    exclude: ['src/internal/heading.ts'],
    failOnError: true,
    options: { minifyOptions: { removeAttributeQuotes: true } },
  }),
  resolve(),
  // Lit's compiler prepares each `html` template at build time, which a first render otherwise
  // does in the browser: the longest task Onward causes is about a fifth shorter, for 1.4 KB gzip.
  // (Not in the npm build, which leaves Lit, and its version, to the host.)
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir, transformers: { before: [compileLitTemplates()] } }),
  terser(TERSER),
  compileOnLoad,
];

/** The npm build leaves Lit, and the frameworks the integration entries target, to the host. */
const isExternal = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/react|react|preact|vue)(\/|$)/.test(id);
/** Entries beside the elements: analytics, and one per framework. */
export const extras = ['analytics', 'ats/index', 'frameworks/react', 'frameworks/preact', 'frameworks/vue', 'frameworks/svelte'];

export default [
  // npm: one ES module per source file, Lit left to the host's bundler, types beside them.
  {
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(elements.map((tag) => [`${tag}/define`, `src/${tag}/define.ts`])),
      ...Object.fromEntries(extras.map((entry) => [entry, `src/${entry}.ts`])),
    },
    external: isExternal,
    plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
    onwarn: (warning, warn) => warning.code !== 'MODULE_LEVEL_DIRECTIVE' && warn(warning),
    // Rollup drops module directives: the React entry gets its 'use client' back, so Next.js server
    // components can import the wrappers.
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      banner: (chunk) => (chunk.fileName === 'frameworks/react.js' ? "'use client';" : ''),
    },
  },
  // CDN: one self-contained, minified file that includes Lit and registers every element.
  { input: 'src/all.ts', plugins: cdn('dist'), output: { file: 'dist/onward.min.js', format: 'es' } },
  // CDN, one element at a time: `dist/cdn/<tag>.js` registers only its tag, and loads Lit and the
  // shared code as chunks that every element on the page shares, so a page with one element from a
  // CDN pays for that one, not all eight.
  {
    input: Object.fromEntries(elements.map((tag) => [tag, `src/${tag}/define.ts`])),
    plugins: cdn('dist/cdn'),
    output: { dir: 'dist/cdn', format: 'es', chunkFileNames: 'chunks/[hash].js', experimentalMinChunkSize: 1500 },
  },
  // Locales: one small self-registering module per language, and one per language and element
  // (the kit shows every element, so it takes the whole language). Loadable beside either build, in
  // any order.
  ...localeCodes.flatMap((code) =>
    [undefined, ...elements.filter((tag) => tag !== 'rejection-support')].map((tag) => ({
      input: `\0locale:${localeName(code, tag)}`,
      plugins: [packedLocale(code, tag), stripTypes, terser(TERSER)],
      output: { file: `dist/locales/${localeName(code, tag)}.js`, format: 'es' },
    })),
  ),
];
