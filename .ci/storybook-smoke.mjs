// Opens the built Storybook (storybook-static/) in Chromium and checks that the main job works:
// the status page story renders both elements, and every story renders without an error.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath, serve } from '../bench/browser.mjs';

const root = 'storybook-static';
const { url: base, close } = await serve(root);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
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
    // An element draws a task or two after it upgrades: wait for them all (one that never draws fails below).
    await page
      .waitForFunction(
        () => [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.includes('-')).every((el) => el.shadowRoot?.querySelector('[part~="base"]')),
        null,
        { timeout: 5000 },
      )
      .catch(() => {});
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
  // The whole-kit story sets every attribute a host would, under the names the manifest gives.
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const kit = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'rejection-support');
  const notHostData = ['sections', 'lang', 'dir', 'theme', 'appearance', 'strings', 'heading-level'];
  const expected = kit.attributes.map((a) => a.name).filter((n) => !notHostData.includes(n));
  const page = await browser.newPage();
  await page.goto(`${base}/iframe.html?id=elements-rejection-support--whole-kit&viewMode=story`);
  await page.waitForSelector('rejection-support');
  const set = await page.evaluate(() => document.querySelector('rejection-support').getAttributeNames());
  const unset = expected.filter((n) => !set.includes(n));
  if (unset.length) failures.push(`the whole-kit story leaves out ${unset.join(', ')}`);
  await page.close();
  const main = stories.find((s) => s.title === 'Job board status page');
  if (!main) failures.push('the "Job board status page" story is missing');
  console.log(`Storybook smoke: ${stories.length} stories opened, ${failures.length} failed.`);
} finally {
  await browser.close();
  close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
