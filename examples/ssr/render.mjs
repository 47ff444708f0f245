// Renders the whole kit on the server, to declarative shadow DOM: the page reads fully with
// JavaScript off, and the same elements hydrate when it is on.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fromGreenhouse } from 'onward-elements/ats';
// After @lit-labs/ssr, which provides the DOM shim the elements are defined against.
await import('onward-elements/rejection-support.js');
// Spanish for the second page: the kit renders in the language of its own `lang`.
await import('onward-elements/locales/es.js');

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
const spanish = await collectResult(
  render(html`<rejection-support lang="es" stage="final" expanded candidate-name="Ana" company="Northwind Studio" contact-name="Jordan"></rejection-support>`),
);

// A third page from the ATS: a Greenhouse application, exactly as Harvest returns it (the test
// fixture; `npm run consumers` copies it here), to the kit's attributes on the server.
const fixturePath = ['./greenhouse.json', '../../tests/fixtures/ats/greenhouse.json'].find((p) => existsSync(new URL(p, import.meta.url)));
const greenhouse = JSON.parse(readFileSync(new URL(fixturePath, import.meta.url), 'utf8'));
const { application, candidate, scheduledInterviews, recruiter } = greenhouse.cases['rejected after the onsite'];
const props = fromGreenhouse(application, { company: 'Northwind Studio', candidate, scheduledInterviews, recruiter });
const fromAts = await collectResult(
  render(html`<rejection-support
    candidate-name=${ifDefined(props.candidateName)}
    company=${ifDefined(props.company)}
    job-title=${ifDefined(props.jobTitle)}
    stage=${ifDefined(props.stage)}
    ?runner-up=${props.runnerUp === true}
    contact-name=${ifDefined(props.contactName)}
    contact-email=${ifDefined(props.contactEmail)}
    interviews=${ifDefined(props.interviews)}
    since=${ifDefined(props.since)}
    storage-key="greenhouse-${application.id}"
    expanded
  ></rejection-support>`),
);

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
    'onward-elements/locales/es.js': '/node_modules/onward-elements/dist/locales/es.js',
  },
};

/** A page around server-rendered markup; `locale` loads before the elements, so they hydrate in it. */
const page = (lang, title, heading, markup, locale = '') => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <style>body { font-family: system-ui, sans-serif; max-width: 70rem; margin: 2rem auto; padding: 0 1rem; }</style>
    <script type="importmap">${JSON.stringify(importMap)}</script>
    <script type="module">
      // Hydration support first, then the elements: they take over the server's markup in place.
      import '@lit-labs/ssr-client/lit-element-hydrate-support.js';${locale}
      import 'onward-elements/rejection-support.js';
    </script>
  </head>
  <body>
    <h1>${heading}</h1>
    ${markup}
  </body>
</html>
`;

writeFileSync('index.html', page('en', 'Onward, rendered on the server', 'Your application to Northwind Studio', body));
writeFileSync('es.html', page('es', 'Onward, en español', 'Tu candidatura en Northwind Studio', spanish, "\n      import 'onward-elements/locales/es.js';"));
writeFileSync('ats.html', page('en', 'Onward, from a Greenhouse application', `Your application: ${props.jobTitle}`, fromAts));
console.log(`index.html: ${body.length} characters of server-rendered kit; es.html: ${spanish.length}`);
