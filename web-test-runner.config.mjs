import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath } from './bench/browser.mjs';

const executablePath = chromiumPath();

/** The strict policy every widget must live under: no inline script or style, Trusted Types on. */
export const STRICT_CSP =
  "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** The same, for browsers without constructable stylesheets: Lit's <style> tags carry window.litNonce. */
export const NONCE_CSP =
  "default-src 'self'; style-src 'self' 'nonce-onward-test'; require-trusted-types-for 'script'; trusted-types lit-html";

const emulation = new WeakMap();
/** The page's DevTools session for emulation, one per page and kept open: emulation ends when it detaches. */
const emulationClient = async (session) => {
  const page = session.browser.getPage(session.id);
  if (!emulation.has(page)) emulation.set(page, await page.createCDPSession());
  return emulation.get(page);
};

/** `executeServerCommand('onward-metrics')`: DOM nodes, event listeners and JS heap after a full GC (CDP). */
const metricsPlugin = {
  name: 'onward-metrics',
  async executeCommand({ command, session, payload }) {
    if (command === 'onward-forced-colors') {
      // @web/test-runner's emulateMedia has no forced-colors; the DevTools protocol does.
      const client = await emulationClient(session);
      await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }] });
      return true;
    }
    if (command === 'onward-coarse-pointer') {
      // A phone's pointer: a finger, no hover.
      const client = await emulationClient(session);
      const coarse = payload !== false;
      await client.send('Emulation.setTouchEmulationEnabled', { enabled: coarse, maxTouchPoints: coarse ? 5 : 1 });
      await client.send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'pointer', value: coarse ? 'coarse' : 'fine' },
          { name: 'any-pointer', value: coarse ? 'coarse' : 'fine' },
          { name: 'hover', value: coarse ? 'none' : 'hover' },
        ],
      });
      return true;
    }
    if (command === 'onward-docs') {
      // The README and every page under docs/, as text: what a reader is told exists.
      const { readdirSync, readFileSync } = await import('node:fs');
      const files = ['README.md', ...readdirSync('docs', { recursive: true }).filter((f) => String(f).endsWith('.md')).map((f) => `docs/${f}`)];
      return Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')]));
    }
    if (command !== 'onward-metrics') return undefined;
    const page = session.browser.getPage(session.id);
    const client = await page.createCDPSession();
    await client.send('Performance.enable');
    for (let i = 0; i < 3; i++) await client.send('HeapProfiler.collectGarbage');
    const { metrics } = await client.send('Performance.getMetrics');
    // How many instances of each tag are still alive, wherever they are (or are not) in the DOM.
    const alive = {};
    for (const tag of payload?.count ?? []) {
      const { result } = await client.send('Runtime.evaluate', { expression: `customElements.get(${JSON.stringify(tag)}).prototype` });
      const { objects } = await client.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
      const { result: length } = await client.send('Runtime.callFunctionOn', {
        objectId: objects.objectId,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      alive[tag] = length.value;
    }
    await client.detach();
    const get = (name) => metrics.find((m) => m.name === name)?.value;
    return { nodes: get('Nodes'), listeners: get('JSEventListeners'), heap: get('JSHeapUsedSize'), alive };
  },
};

export default {
  files: 'tests/**/*.test.ts',
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), metricsPlugin],
  middleware: [
    async (ctx, next) => {
      await next();
      if (ctx.path.startsWith('/tests/fixtures/csp-nonce')) ctx.set('Content-Security-Policy', NONCE_CSP);
      else if (ctx.path.startsWith('/tests/fixtures/csp')) ctx.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
