// The test harness holds the suites to their word: these checks prove its traps really catch.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { axeViolations, captureClipboard, captureWarnings, stub, takeLitWarnings } from './helpers.js';

class ChangesInUpdate extends LitElement {
  static override properties = { count: { type: Number } };
  declare count: number;
  constructor() {
    super();
    this.count = 0;
  }
  protected override updated(): void {
    // A mistake Lit warns about in dev mode: every update schedules another.
    if (this.count < 1) this.count++;
  }
}
customElements.define('harness-changes-in-update', ChangesInUpdate);

describe('test harness', () => {
  it('runs Lit in dev mode and catches its warnings, so any of them fails the test that caused it', async () => {
    const el = document.createElement('harness-changes-in-update') as ChangesInUpdate;
    document.body.append(el);
    await el.updateComplete;
    await el.updateComplete;
    el.remove();
    const warnings = takeLitWarnings();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lit.dev/msg/change-in-update');
  });

  it('reports a failed assertion about a node by its opening tag, so the runner can send it at once', () => {
    const [p, b] = [document.createElement('p'), document.createElement('b')];
    p.setAttribute('part', 'intro');
    document.body.append(p, b);
    const failure = (check: () => void) => {
      try {
        check();
      } catch (error) {
        const { actual, expected } = error as { actual?: unknown; expected?: unknown };
        // As text, so that this check too fails at once if nodes came through.
        return JSON.stringify([actual, expected]);
      }
      return 'passed';
    };
    expect(failure(() => expect([p]).to.deep.equal([b]))).to.equal('[["<p part=\\"intro\\">"],["<b>"]]');
    expect(failure(() => expect({ shown: p }).to.deep.equal({ shown: b }))).to.equal('[{"shown":"<p part=\\"intro\\">"},{"shown":"<b>"}]');
    p.remove();
    b.remove();
  });

  it('stops a web link nothing cancelled, and fails the running test instead of leaving the page', () => {
    // Here the failure is the point: it goes to a recorder, not to Mocha or the runner's log.
    const reported: unknown[] = [];
    const [mocha, log] = [window.onerror, console.error];
    window.onerror = (message) => (reported.push(message), true);
    console.error = () => undefined;
    const links = ['https://example.com/cancelled', 'mailto:jordan@example.com', 'https://example.com/away'].map((href) => {
      const a = document.createElement('a');
      a.href = href;
      return a;
    });
    links[0].addEventListener('click', (e) => e.preventDefault());
    // Added after the guard, so it runs after it: what the guard left, and this page stays either way.
    const prevented: boolean[] = [];
    const after = (e: Event) => (prevented.push(e.defaultPrevented), e.preventDefault());
    addEventListener('click', after);
    document.body.append(...links);
    try {
      links.forEach((a) => a.click());
    } finally {
      [window.onerror, console.error] = [mocha, log];
      removeEventListener('click', after);
      links.forEach((a) => a.remove());
    }
    expect(prevented).to.deep.equal([true, false, true]);
    expect(reported).to.deep.equal([
      'Uncaught Error: A click on a link to https://example.com/away was not cancelled: it would have left the test page',
    ]);
  });

  it('has axe check WCAG 2.2 target size (24 px), a rule axe leaves off unless asked', async () => {
    const box = document.createElement('div');
    for (const name of ['a', 'b']) {
      const button = document.createElement('button');
      button.textContent = name;
      button.style.cssText = 'inline-size:12px;block-size:12px;padding:0;border:0;font-size:8px';
      box.append(button);
    }
    document.body.append(box);
    const found = await axeViolations(box);
    box.remove();
    expect(found.map((v) => v.split(' ')[0])).to.deep.equal(['target-size']);
  });

  // A pair: the first leaves its captures in place (as a failing test would), the second runs after it.
  let left: string[] = [];
  let copied: string[] = [];
  const real = { warn: console.warn, writeText: navigator.clipboard.writeText, getItem: Storage.prototype.getItem };
  it('collects warnings, copies and storage faults for a test that stands in for them', async () => {
    left = captureWarnings().messages;
    copied = captureClipboard().copied;
    stub(Storage.prototype, 'getItem', () => 'stood in');
    stub(Storage.prototype, 'getItem', () => 'stood in twice');
    console.warn('<test-element> first');
    await navigator.clipboard.writeText('first');
    expect([left, copied, localStorage.getItem('x')]).to.deep.equal([['<test-element> first'], ['first'], 'stood in twice']);
  });

  it('ends every stand-in with its test, newest first, so a test that failed before restoring misleads no later one', () => {
    console.warn('harness check: this line is meant to reach the browser log');
    expect([left, copied, localStorage.getItem('x')]).to.deep.equal([['<test-element> first'], ['first'], null]);
    expect([console.warn, navigator.clipboard.writeText, Storage.prototype.getItem]).to.deep.equal(Object.values(real));
  });
});
