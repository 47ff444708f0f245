import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

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

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

export default [
  // npm: one ES module per source file, Lit left to the host's bundler, types beside them.
  {
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(elements.map((tag) => [`${tag}/define`, `src/${tag}/define.ts`])),
    },
    external: isLit,
    plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  // CDN: one self-contained, minified file that includes Lit and registers every element.
  {
    input: 'src/all.ts',
    plugins: [
      minifyLiterals({ include: ['src/**/*.ts'], failOnError: true }),
      resolve(),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    output: { file: 'dist/onward.min.js', format: 'es' },
  },
];
