// 1,000 connect/disconnect cycles per element: DOM nodes and event listeners go back to where they
// started and the JS heap grows by less than 10%. Figures come from Chromium (CDP) after a full GC.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';
import '../src/rejection-support/define.js';
import { TAGS, captureWarnings, drawAll, nextFrame, sleep } from './helpers.js';

interface Metrics {
  nodes: number;
  listeners: number;
  heap: number;
  alive: Record<string, number>;
}
// Settle first: a frame and a task, so observers and pending updates have let go of what they held.
// Then a font comes and goes: that empties Chromium's cache of computed styles, which otherwise
// keeps the last shadow root it styled (a kit's, now and then) until the page's fonts change.
const metrics = async () => {
  await nextFrame();
  await sleep(50);
  const face = new FontFace('onward-leak-probe', 'local(Arial)');
  document.fonts.add(face);
  getComputedStyle(document.body).color;
  document.fonts.delete(face);
  getComputedStyle(document.body).color;
  return executeServerCommand<Metrics, { count: string[] }>('onward-metrics', { count: TAGS }) as Promise<Metrics>;
};

// Every element with the attributes that switch on its observers, listeners and storage.
const CASES: [string, string][] = [
  ['rejection-takeaways', 'company="Acme" stage="final" runner-up layout="cards"'],
  ['followup-checklist', 'storage-key="leak" contact-email="a@b.example" jobs-url="/jobs" linkedin-url="https://www.linkedin.com/in/x"'],
  ['followup-email', 'contact-email="a@b.example" company="Acme" contact-name="Jo"'],
  ['interview-reflection', 'storage-key="leak" company="Acme"'],
  ['stay-connected', 'company="Acme" linkedin-url="https://www.linkedin.com/in/x" talent-community reapply-after="2099-01-01"'],
  ['search-recap', 'applications="4" interviews="2" since="2026-01-01" stage="final"'],
  ['resume-cta', 'href="/resume" variant="banner"'],
  ['rejection-support', 'company="Acme" storage-key="leak" applications="3" resume-url="/r"'],
];

const CYCLES = 1000;

describe('no leaks over 1,000 connect/disconnect cycles', function () {
  this.timeout(120000);
  afterEach(() => localStorage.clear());

  // First in this file on purpose: no element before it has listened for other tabs' saves.
  it('holds no listener of its own once the last element that saves progress has gone', async () => {
    // The first Onward element on a page starts the page-wide watch for lang changes, kept by design.
    const first = document.createElement('resume-cta');
    document.body.append(first);
    await first.updateComplete;
    first.remove();
    // In a function of its own, so nothing here keeps the checklist alive.
    const visit = async () => {
      const el = document.createElement('followup-checklist') as ReactiveElement;
      el.setAttribute('storage-key', 'one-visit');
      document.body.append(el);
      await el.updateComplete;
      el.remove();
      // A key given once it is out of the page must not tie it to that key's saves.
      el.setAttribute('storage-key', 'next-visit');
      await el.updateComplete;
    };
    const before = await metrics();
    await visit();
    const after = await metrics();
    expect(after.alive['followup-checklist'], 'live checklists').to.equal(0);
    expect(after.listeners, 'event listeners').to.be.at.most(before.listeners);
  });

  for (const [tag, attrs] of CASES) {
    it(`<${tag}>`, async () => {
      const host = document.createElement('div');
      host.innerHTML = `<${tag} ${attrs}></${tag}>`;
      const el = host.firstElementChild as ReactiveElement;
      const warnings = captureWarnings();
      const cycle = async () => {
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      };
      // Warm up: first render, module-level caches, lazily created stylesheets, and (the kit)
      // every folded section drawn, so no idle moment during the cycles grows the element itself.
      for (let i = 0; i < 20; i++) await cycle();
      document.body.append(el);
      await drawAll(el);
      el.remove();
      const before = await metrics();
      for (let i = 0; i < CYCLES; i++) await cycle();
      const after = await metrics();
      expect(after.alive, 'live instances').to.deep.equal(before.alive);
      expect(after.nodes, 'DOM nodes').to.be.at.most(before.nodes);
      expect(after.listeners, 'event listeners').to.be.at.most(before.listeners);
      expect(after.heap / before.heap, 'JS heap growth').to.be.below(1.1);
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('fresh elements every cycle are all collected: the kit, with all seven sections', async () => {
    // Cycles run in their own function, so no finished element lingers in this one's variables.
    const cycles = async (n: number, expanded = false) => {
      for (let i = 0; i < n; i++) {
        const el = document.createElement('rejection-support') as ReactiveElement;
        // Expanded, every section draws at once: the warm-up then has every template in Lit's
        // cache, which would otherwise grow whenever an idle moment first drew a folded section.
        el.toggleAttribute('expanded', expanded);
        el.setAttribute('company', 'Acme');
        el.setAttribute('storage-key', 'leak-fresh');
        el.setAttribute('applications', '3');
        el.setAttribute('resume-url', '/resume');
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      }
    };
    await cycles(1, true);
    await cycles(20);
    const before = await metrics();
    await cycles(CYCLES);
    const after = await metrics();
    expect(after.alive, 'live instances').to.deep.equal(before.alive);
    expect(after.nodes, 'DOM nodes').to.be.at.most(before.nodes);
    expect(after.listeners, 'event listeners').to.be.at.most(before.listeners);
    expect(after.heap / before.heap, 'JS heap growth').to.be.below(1.1);
  });
});
