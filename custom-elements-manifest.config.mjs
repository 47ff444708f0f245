// custom-elements.json: the public API, generated from the JSDoc in src/. It drives Storybook's
// docs tables and ships in the package for editors and tools.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/strings.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'onward-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            d.members &&= d.members.filter((m) => !m.privacy || m.privacy === 'public');
          }
        }
      },
    },
  ],
};
