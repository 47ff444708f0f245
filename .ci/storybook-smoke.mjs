// Opens the built Storybook (storybook-static/) in Chromium and checks that the main job works:
// the status page story renders both elements, and every story renders without an error.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = 'storybook-static';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const failures = [];
try {
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  for (const story of stories) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, null, { timeout: 15000 });
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((el) => el.localName.includes('-'))
        .map((el) => [el.localName, !!customElements.get(el.localName) && !!el.shadowRoot?.querySelector('[part~="base"]')]),
    );
    if (!rendered.length || rendered.some(([, ok]) => !ok) || errors.length) {
      failures.push(`${story.id}: ${JSON.stringify(rendered)} ${errors.join('; ')}`);
    }
    await page.close();
  }
  const main = stories.find((s) => s.title === 'Job board status page');
  if (!main) failures.push('the "Job board status page" story is missing');
  console.log(`Storybook smoke: ${stories.length} stories opened, ${failures.length} failed.`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
