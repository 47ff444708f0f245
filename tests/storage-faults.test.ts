// Storage faults, for every element that saves: reads and writes that throw, a quota that runs out
// mid-way, corrupt data, and another tab writing at the same moment. Nothing saved is lost, nothing
// throws, and every fault is reported once.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../src/followup-checklist/define.js';
import '../src/interview-reflection/define.js';
import { DEFAULT_ITEMS, type FollowupChecklistElement } from '../src/followup-checklist/followup-checklist.js';
import { captureWarnings, drawnIn, frame, sleep, stored, stub } from './helpers.js';

interface Saver {
  tag: string;
  /** Makes the n-th change, as the person would. */
  change(el: Element, n: number): void;
  /** Takes the n-th change back. */
  undo(el: Element, n: number): void;
  /** What the person sees, as a comparable value. */
  state(el: Element): unknown;
  /** The state after changes `ns`. */
  expected(...ns: number[]): unknown;
}

const IDS = ['went-well', 'answer-differently', 'learned', 'practice-next'];

function write(el: Element, n: number, value: string): void {
  const field = el.shadowRoot!.querySelectorAll('textarea')[n];
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Ticks or unticks the n-th box: the same click makes a change and takes it back. */
const toggle = (el: Element, n: number): void => el.shadowRoot!.querySelectorAll('input')[n].click();

const SAVERS: Saver[] = [
  {
    tag: 'followup-checklist',
    change: toggle,
    undo: toggle,
    state: (el) => (el as FollowupChecklistElement).checked,
    expected: (...ns) =>
      DEFAULT_ITEMS.filter((_, i) => ns.includes(i)),
  },
  {
    tag: 'interview-reflection',
    change: (el, n) => write(el, n, `answer ${n}`),
    undo: (el, n) => write(el, n, ''),
    state: (el) => [...el.shadowRoot!.querySelectorAll('textarea')].map((t) => t.value),
    expected: (...ns) => IDS.map((_, i) => (ns.includes(i) ? `answer ${i}` : '')),
  },
];

let run = 0;

async function mount(tag: string, key: string): Promise<ReactiveElement> {
  const el = document.createElement(tag) as ReactiveElement;
  el.setAttribute('storage-key', key);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The element here and in another tab (a same-origin frame, which shares localStorage), under one key. */
async function twoTabs(tag: string, key: string): Promise<{ here: Element; there: Element; win: Window }> {
  const here = await mount(tag, key);
  const { win } = await frame(
    `<script type="module" src="/src/${tag}/define.ts"></script><${tag} storage-key="${key}"></${tag}>`,
    drawnIn(tag),
  );
  return { here, there: win.document.querySelector(tag)!, win };
}

async function settle(...els: Element[]): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await sleep(30);
    await Promise.all(els.map((el) => (el as ReactiveElement).updateComplete));
  }
}

function fault(method: 'getItem' | 'setItem', when: (call: number) => boolean): () => void {
  const original = Storage.prototype[method] as (...args: string[]) => unknown;
  let calls = 0;
  return stub(Storage.prototype, method, function (this: Storage, ...args: string[]) {
    if (when(++calls)) throw new DOMException('storage fault', method === 'setItem' ? 'QuotaExceededError' : 'SecurityError');
    return original.apply(this, args);
  } as never);
}

describe('storage faults', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.querySelectorAll('followup-checklist, interview-reflection, iframe').forEach((el) => el.remove());
    localStorage.clear();
  });

  for (const s of SAVERS) {
    describe(`<${s.tag}>`, () => {
      // Every read throwing, then every write: what the person did stays, on the page and in a re-created element.
      const always = [
        { method: 'getItem', key: 'reads', changes: [0, 2], name: 'keeps working when every read throws, and a re-created element still has the progress' },
        { method: 'setItem', key: 'writes', changes: [1, 3], name: 'keeps progress on the page when every write throws' },
      ] as const;
      for (const { method, key: prefix, changes, name } of always) {
        it(name, async () => {
          const key = `${prefix}-${++run}`;
          fault(method, () => true);
          const warnings = captureWarnings();
          const el = await mount(s.tag, key);
          for (const i of changes) s.change(el, i);
          await settle(el);
          el.remove();
          const again = await mount(s.tag, key);
          expect(s.state(again)).to.deep.equal(s.expected(...changes));
          expect(warnings.messages).to.have.length(1);
        });
      }

      it('loses nothing when the quota runs out mid-way, and catches up when space is back', async () => {
        const key = `quota-${++run}`;
        const full = `onward:${s.tag}:${key}`;
        const restore = fault('setItem', (call) => call > 1);
        const warnings = captureWarnings();
        const el = await mount(s.tag, key);
        s.change(el, 0);
        s.change(el, 1);
        s.change(el, 2);
        await settle(el);
        // Storage holds the first change only; the page holds all three.
        expect(Object.keys(stored(full)!)).to.have.length(1);
        const again = await mount(s.tag, key);
        expect(s.state(again)).to.deep.equal(s.expected(0, 1, 2));
        again.remove();
        expect(warnings.messages).to.have.length(1);
        restore();
        s.change(el, 3);
        await settle(el);
        expect(Object.keys(stored(full)!)).to.have.length(4);
      });

      it('starts fresh, warns once and writes clean data when what is stored is corrupt', async () => {
        const key = `corrupt-${++run}`;
        const full = `onward:${s.tag}:${key}`;
        localStorage.setItem(full, '{"v":{"went-well":"x"},"t":');
        const warnings = captureWarnings();
        const el = await mount(s.tag, key);
        expect(s.state(el)).to.deep.equal(s.expected());
        s.change(el, 1);
        await settle(el);
        expect(Object.keys(stored(full)!)).to.have.length(1);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('found unreadable saved data');
      });

      it('takes stored data of the wrong shape for nothing, and writes clean data over it', async () => {
        const key = `shape-${++run}`;
        const full = `onward:${s.tag}:${key}`;
        // Valid JSON another script (or another version) may have left, none of it saved state.
        for (const junk of [
          '{"v":{"went-well":"x","ask-feedback":true},"t":null}',
          '{"v":{"went-well":"x","ask-feedback":true}}',
          '{"v":null,"t":{"went-well":1}}',
        ]) {
          localStorage.setItem(full, junk);
          const el = await mount(s.tag, key);
          expect(s.state(el), junk).to.deep.equal(s.expected());
          s.change(el, 1);
          await settle(el);
          expect(s.state(el), junk).to.deep.equal(s.expected(1));
          const saved = JSON.parse(localStorage.getItem(full)!);
          expect([Object.keys(saved.v).length, Object.keys(saved.t).length], junk).to.deep.equal([1, 1]);
          el.remove();
        }
      });

      it('keeps what another tab took back when this tab changes something else at the same moment', async () => {
        const { here, there } = await twoTabs(s.tag, `undo-${++run}`);
        s.change(here, 0);
        await settle(here, there);
        expect(s.state(there)).to.deep.equal(s.expected(0));
        // Same task: the other tab takes that change back, and a moment later this tab, not yet
        // told, makes another. Only the field it changed is news from this tab.
        s.undo(there, 0);
        for (const start = Date.now(); Date.now() - start < 3; );
        s.change(here, 3);
        await settle(here, there);
        expect(s.state(here), 'this tab').to.deep.equal(s.expected(3));
        expect(s.state(there), 'the other tab').to.deep.equal(s.expected(3));
      });

      it('keeps both changes when another tab writes at the same moment', async () => {
        const key = `tabs-${++run}`;
        const { here, there, win } = await twoTabs(s.tag, key);
        // Same task: neither tab has heard of the other's change when it writes its own.
        s.change(here, 0);
        s.change(there, 3);
        await settle(here, there);
        expect(s.state(here), 'this tab').to.deep.equal(s.expected(0, 3));
        expect(s.state(there), 'the other tab').to.deep.equal(s.expected(0, 3));
        expect(Object.keys(stored(`onward:${s.tag}:${key}`)!)).to.have.length(2);
        // A later change in either tab still travels both ways.
        s.change(there, 1);
        await settle(here, there);
        expect(s.state(here)).to.deep.equal(s.expected(0, 1, 3));
        // Another tab's script clearing storage erases nobody's progress: it goes back at once.
        win.localStorage.clear();
        await settle(here, there);
        expect(s.state(here)).to.deep.equal(s.expected(0, 1, 3));
        expect(Object.keys(stored(`onward:${s.tag}:${key}`)!)).to.have.length(3);
      });
    });
  }
});
