// Renders the whole kit on the server, to declarative shadow DOM: the page reads fully with
// JavaScript off, and the same elements hydrate when it is on.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { writeFileSync } from 'node:fs';
import { html } from 'lit';
// After @lit-labs/ssr, which provides the DOM shim the elements are defined against.
await import('onward-elements/rejection-support.js');

const kit = html`<rejection-support
  candidate-name="Ana"
  company="Northwind Studio"
  job-title="Product Designer"
  stage="final"
  runner-up
  contact-name="Jordan"
  contact-email="jordan.lee@northwind.example"
  jobs-url="/jobs"
  storage-key="ssr-example"
  sections="takeaways,checklist,stay-connected"
></rejection-support>`;

const body = await collectResult(render(kit));

// No bundler: an import map points the browser at the installed packages.
const importMap = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
    'onward-elements/rejection-support.js': '/node_modules/onward-elements/dist/rejection-support/define.js',
  },
};

writeFileSync(
  'index.html',
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Onward, rendered on the server</title>
    <style>body { font-family: system-ui, sans-serif; max-width: 70rem; margin: 2rem auto; padding: 0 1rem; }</style>
    <script type="importmap">${JSON.stringify(importMap)}</script>
    <script type="module">
      // Hydration support first, then the elements: they take over the server's markup in place.
      import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
      import 'onward-elements/rejection-support.js';
    </script>
  </head>
  <body>
    <h1>Your application to Northwind Studio</h1>
    ${body}
  </body>
</html>
`,
);
console.log(`index.html: ${body.length} characters of server-rendered kit`);
