import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

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
export const localeCodes = ['es', 'fr', 'de', 'pt-BR', 'it', 'nl', 'pl', 'ja', 'ar'];

/** Runs a TypeScript module in Node (through esbuild) and returns its exports. */
async function load(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/**
 * A locale module is its words and the registry, nothing else: all its words in one string, each
 * namespace as the fingerprint of its English keys and then its words in that order (registry.ts).
 */
function packedLocale(code) {
  const id = `\0locale:${code}`;
  return {
    name: 'onward-locale',
    resolveId: (source) => (source === id ? id : null),
    async load(source) {
      if (source !== id) return null;
      const [{ en }, { default: table }, { fingerprint, WORD, NAMESPACE }] = await Promise.all(
        ['src/locales/en.ts', `src/locales/${code}.ts`, 'src/internal/registry.ts'].map(load),
      );
      const packed = Object.entries(en).map(([ns, english]) => {
        const keys = Object.keys(english);
        const words = keys.map((key) => table[ns][key]);
        const bad = words.find((word) => word.includes(WORD) || word.includes(NAMESPACE));
        if (bad !== undefined) throw new Error(`${code} ${ns}: "${WORD}" and "${NAMESPACE}" are reserved for packing: ${bad}`);
        return [fingerprint(keys), ...words].join(WORD);
      });
      return `import { registerLocale } from ${JSON.stringify(`${process.cwd()}/src/internal/registry.ts`)};\nregisterLocale(${JSON.stringify(code)}, ${JSON.stringify(packed.join(NAMESPACE))});\n`;
    },
  };
}

// Locale modules carry no types of their own: importing one is a side effect.
mkdirSync('dist/locales', { recursive: true });
writeFileSync('dist/locales/locale.d.ts', '// Importing a locale module registers its words with every Onward element on the page.\nexport {};\n');

/** The npm build leaves Lit, and the frameworks the integration entries target, to the host. */
const isExternal = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/react|react|preact|vue)(\/|$)/.test(id);
/** Entries beside the elements: analytics, and one per framework. */
export const extras = ['analytics', 'frameworks/react', 'frameworks/preact', 'frameworks/vue', 'frameworks/svelte'];

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
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  // CDN: one self-contained, minified file that includes Lit and registers every element.
  {
    input: 'src/all.ts',
    plugins: [
      // Unquoted attribute values are plain HTML and Lit binds them alike; tests/bundle.test.ts checks
      // that this file renders the very DOM the source does.
      minifyLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { removeAttributeQuotes: true } } }),
      resolve(),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
      terser(TERSER),
    ],
    output: { file: 'dist/onward.min.js', format: 'es' },
  },
  // Locales: one small self-registering module each, loadable beside either build, in either order.
  ...localeCodes.map((code) => ({
    input: `\0locale:${code}`,
    plugins: [
      packedLocale(code),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
      terser(TERSER),
    ],
    output: { file: `dist/locales/${code}.js`, format: 'es' },
  })),
];
