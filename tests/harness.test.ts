// The test harness holds the suites to their word: these checks prove its traps really catch.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { takeLitWarnings } from './helpers.js';

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
});
