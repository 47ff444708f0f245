// Chromium for everything outside the test runner (benchmark, consumer apps, Storybook smoke):
// Debian's binary or CHROME_PATH, the flags this closed network needs, and a static file server.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** Debian's Chromium (or CHROME_PATH); nothing is ever downloaded. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
  if (!path || !existsSync(path)) {
    console.error(
      `No Chromium found${process.env.CHROME_PATH ? ` at CHROME_PATH=${process.env.CHROME_PATH}` : ''}: install it with "sudo apt-get install -y chromium" or set CHROME_PATH to a Chrome or Chromium binary.`,
    );
    process.exit(1);
  }
  return path;
}

/** Headless as root, with no background traffic (the network here refuses it anyway). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` on 127.0.0.1; `extra(path)` may answer a path first: an HTML string, `{ type, body }`,
 * or undefined. `late(path)` holds a file back that many milliseconds (a slow CDN).
 */
export async function serve(dir, extra = () => undefined, late = () => 0) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const own = extra(path);
    if (own !== undefined) {
      const { type = 'text/html', body } = typeof own === 'string' ? { body: own } : own;
      return res.writeHead(200, { 'content-type': type }).end(body);
    }
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) return res.writeHead(404).end();
    const body = readFileSync(file);
    const send = () => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    const wait = late(path);
    wait ? setTimeout(send, wait) : send();
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
