// dist/onward.css: each element's space is kept until it is defined, and never more than it takes.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { TAGS } from './helpers.js';

// Default renderings: what the README's snippet and a plain tag give.
const ATTRS: Record<string, string> = {
  'rejection-support': 'company="Northwind" job-title="Product Designer" stage="final"',
  'search-recap': 'applications="3"',
};

describe('onward.css', () => {
  it('keeps each undefined element’s space, a little under its default height at 375 and 1280 px, so nothing moves up', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/dist/onward.css';
    const loaded = new Promise((resolve) => (link.onload = resolve));
    document.head.append(link);
    await loaded;
    const page = document.createElement('div');
    page.innerHTML = TAGS.map((tag) => `<${tag} ${ATTRS[tag] ?? ''}><span slot="heading">Slotted</span></${tag}>`).join('');
    document.body.append(page);
    const reserved: Record<string, number> = {};
    for (const width of [375, 1280]) {
      await setViewport({ width, height: 800 });
      for (const el of page.children) {
        expect(customElements.get(el.localName), el.localName).to.equal(undefined);
        reserved[`${el.localName} ${width}`] = el.getBoundingClientRect().height;
        expect(reserved[`${el.localName} ${width}`], `${el.localName} keeps some space`).to.be.greaterThan(30);
        // Slotted words wait for their styles; the element itself is never hidden.
        expect(getComputedStyle(el.firstElementChild!).visibility).to.equal('hidden');
        expect(getComputedStyle(el).visibility).to.equal('visible');
      }
    }
    await import('../src/all.js');
    for (const width of [375, 1280]) {
      await setViewport({ width, height: 800 });
      for (const el of page.children) {
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 30));
        const height = el.getBoundingClientRect().height;
        expect(height, `${el.localName} at ${width} px`).to.be.at.least(reserved[`${el.localName} ${width}`]);
        if (el.firstElementChild!.assignedSlot) expect(getComputedStyle(el.firstElementChild!).visibility).to.equal('visible');
      }
    }
    page.remove();
    link.remove();
    await setViewport({ width: 800, height: 600 });
  });
});
