import { expect } from '@open-wc/testing';
import { TAGS, drawnAll, frame, sleep } from './helpers.js';

type Win = Window & typeof globalThis & { violations: string[]; errors: string[] };

/** Every shadow root on the page, the kit's sections included. */
const shadowRoots = (root: Document | ShadowRoot): ShadowRoot[] =>
  [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot, ...shadowRoots(el.shadowRoot)] : []));

async function checkPage(src: string): Promise<Win> {
  const { win } = await frame('', drawnAll(['rejection-takeaways', 'followup-checklist', 'rejection-support']), src);
  const w = win as Win;
  for (const tag of TAGS) expect(win.customElements.get(tag), tag).not.to.equal(undefined);
  const checklist = win.document.querySelector('followup-checklist')!;
  const base = checklist.shadowRoot!.querySelector('[part~="base"]')!;
  // Styled: the shared card styles reached every shadow root.
  expect(win.getComputedStyle(base).borderTopLeftRadius).to.equal('12px');
  for (const root of shadowRoots(win.document)) {
    const part = root.querySelector('[part~="base"]');
    if (part) expect(win.getComputedStyle(part).boxSizing, (root.host as Element).localName).to.equal('border-box');
  }
  checklist.shadowRoot!.querySelector('input')!.click();
  await sleep(50);
  expect(checklist.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('1 of 7 done');
  expect(checklist.shadowRoot!.querySelector('a')!.href).to.match(/^mailto:jo@northwind\.example\?subject=/);
  await sleep(100);
  expect(w.errors).to.deep.equal([]);
  expect(w.violations).to.deep.equal([]);
  // The listener is live: an inline style is reported, so silence above means none happened.
  const probe = win.document.createElement('div');
  probe.setAttribute('style', 'color: red');
  win.document.body.append(probe);
  await sleep(100);
  expect(w.violations.some((v) => v.startsWith('style-src'))).to.equal(true);
  win.localStorage.clear();
  return w;
}

describe('strict Content-Security-Policy', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('works with Trusted Types and no inline script or style: no violation, styled, interactive', async () => {
    const win = await checkPage('/tests/fixtures/csp.html');
    // Styles came through constructable stylesheets: no <style> element anywhere.
    expect(shadowRoots(win.document).some((r) => r.querySelector('style'))).to.equal(false);
  });

  it('works from the split CDN build too, with its chunks: no violation, styled, interactive', async () => {
    const win = await checkPage('/tests/fixtures/csp-split.html');
    const loaded = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(loaded.some((path) => path.startsWith('/dist/cdn/chunks/'))).to.equal(true);
    expect(loaded).not.to.include('/dist/onward.min.js');
  });

  it('works without adoptedStyleSheets, with window.litNonce on Lit’s <style> tags', async () => {
    const win = await checkPage('/tests/fixtures/csp-nonce.html');
    const styles = shadowRoots(win.document).flatMap((r) => [...r.querySelectorAll('style')]);
    expect(styles.length).to.be.greaterThan(0);
    expect(styles.every((s) => s.nonce === 'onward-test')).to.equal(true);
  });
});
