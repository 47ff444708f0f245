import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';

// Debian's Chromium (or CHROME_PATH); nothing is ever downloaded.
const executablePath = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!executablePath || !existsSync(executablePath)) {
  console.error(
    `No Chromium found${process.env.CHROME_PATH ? ` at CHROME_PATH=${process.env.CHROME_PATH}` : ''}: install it with "sudo apt-get install -y chromium" or set CHROME_PATH to a Chrome or Chromium binary.`,
  );
  process.exit(1);
}

/** The strict policy every widget must live under: no inline script or style, Trusted Types on. */
export const STRICT_CSP =
  "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export default {
  files: 'tests/**/*.test.ts',
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  middleware: [
    async (ctx, next) => {
      await next();
      if (ctx.path.startsWith('/tests/fixtures/csp')) ctx.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
