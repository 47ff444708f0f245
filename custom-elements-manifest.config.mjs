// custom-elements.json: the public API, generated from the JSDoc in src/. It drives Storybook's
// docs tables and ships in the package, with the editor data made from it.
import { mkdirSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('package.json', 'utf8')));
const docsUrl = 'https://github.com/onward-elements/onward-elements#readme';

/** Completion and hover docs in editors, from the manifest: VS Code custom data and JetBrains web-types. */
function editorData(manifest) {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const values = (type = '') => [...type.matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]);
  const vscode = {
    version: 1.1,
    tags: elements.map((d) => ({
      name: d.tagName,
      description: d.summary ?? d.description ?? '',
      attributes: (d.attributes ?? []).map((a) => ({
        name: a.name,
        description: a.description ?? '',
        ...(values(a.type?.text).length ? { values: values(a.type?.text).map((name) => ({ name })) } : {}),
        ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      })),
      references: [{ name: 'README', url: `${docsUrl}` }],
    })),
  };
  const webTypes = {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((d) => ({
          name: d.tagName,
          description: d.summary ?? '',
          'doc-url': docsUrl,
          attributes: (d.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description ?? '',
            value: a.type?.text === 'boolean' ? { type: 'boolean' } : { type: 'string' },
          })),
          events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
        })),
      },
      css: {
        properties: elements.flatMap((d) => (d.cssProperties ?? []).map((c) => ({ name: c.name, description: c.description ?? '' }))),
        parts: elements.flatMap((d) => (d.cssParts ?? []).map((c) => ({ name: c.name, description: `${d.tagName}: ${c.description ?? ''}` }))),
      },
    },
  };
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
  writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/strings.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'onward-editor-data',
      packageLinkPhase({ customElementsManifest }) {
        editorData(customElementsManifest);
      },
    },
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
