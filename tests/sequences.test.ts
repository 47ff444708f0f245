// Seeded sequences of what a person and a host page do to a persisting element, in any order:
// tick, type, start over, clear, change steps, change or remove the storage-key, reconnect, switch
// language. After every step what the person sees must agree with the element's state, and with a
// second element reading the same key, as a reload would.
import { expect } from '@open-wc/testing';
import '../src/followup-checklist/define.js';
import '../src/interview-reflection/define.js';
import '../src/locales/de.js';
import type { FollowupChecklistElement } from '../src/followup-checklist/followup-checklist.js';
import type { InterviewReflectionElement } from '../src/interview-reflection/interview-reflection.js';
import { captureWarnings, parts, prng } from './helpers.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const STEPS = 300;

/** Runs STEPS random actions on a fresh `tag`, checking `agree` after each; throws at the first disagreement. */
async function run<T extends HTMLElement & { updateComplete: Promise<boolean>; storageKey?: string }>(
  tag: string,
  seed: number,
  actions: Record<string, (el: T, pick: <V>(list: V[]) => V) => unknown>,
  agree: (el: T, twin: T | undefined, label: string) => void,
  copy: (from: T, to: T) => void = () => {},
): Promise<void> {
  const random = prng(seed);
  const pick = <V,>(list: V[]): V => list[Math.floor(random() * list.length)];
  const names = Object.keys(actions);
  const el = document.createElement(tag) as T;
  document.body.append(el);
  await el.updateComplete;
  const done: string[] = [];
  captureWarnings(); // expected warnings, kept off the console
  try {
    for (let i = 0; i < STEPS; i++) {
      const name = pick(names);
      await actions[name](el, pick);
      done.push(name);
      await el.updateComplete;
      await el.updateComplete;
      let twin: T | undefined;
      if (el.storageKey) {
        // What a reload would show: a new element on the same key.
        twin = el.cloneNode() as T;
        copy(el, twin);
        document.body.append(twin);
        await twin.updateComplete;
      }
      try {
        agree(el, twin, `seed ${seed}, step ${i}, after ${done.slice(-4).join(' > ')}`);
      } finally {
        twin?.remove();
      }
    }
  } finally {
    el.remove();
  }
}

describe('sequences of person and host actions', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  for (const seed of SEEDS) {
    it(`<followup-checklist> stays consistent and saved, seed ${seed}`, () =>
      run<FollowupChecklistElement>(
        'followup-checklist',
        seed,
        {
          tick: (el, pick) => pick(parts<HTMLInputElement>(el, 'checkbox'))?.click(),
          tickAgain: (el, pick) => pick(parts<HTMLInputElement>(el, 'checkbox'))?.click(),
          startOver: async (el) => {
            parts<HTMLButtonElement>(el, 'reset')[0]?.click();
            await el.updateComplete;
            parts<HTMLButtonElement>(el, 'reset-yes')[0]?.click();
          },
          exclude: (el, pick) => el.setAttribute('exclude', pick(['', 'ask-feedback', 'keep-applying,check-in-later'])),
          items: (el, pick) => (el.items = pick([undefined, [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }]])),
          key: (el, pick) => el.setAttribute('storage-key', pick(['one', 'two'])),
          noKey: (el) => el.removeAttribute('storage-key'),
          checked: (el, pick) => (el.checked = pick([[], ['a'], ['thank-you-email', 'ask-feedback']])),
          reconnect: (el) => document.body.append(el),
          lang: (el, pick) => (el.lang = pick(['', 'de'])),
        },
        (el, twin, label) => {
          const ticked = parts<HTMLInputElement>(el, 'checkbox').filter((box) => box.checked).length;
          expect(el.checked, label).to.have.length(ticked);
          const status = el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
          if (ticked) expect(status, label).to.match(new RegExp(`^(${ticked}\\D|All ${ticked}\\b)`));
          else expect(status, label).to.equal('');
          expect(parts(el, 'reset').filter((b) => !b.hidden).length + parts(el, 'reset-confirm').length, label).to.equal(ticked ? 1 : 0);
          if (twin) expect(twin.checked, `${label}: a reload shows the same ticks`).to.deep.equal(el.checked);
        },
        // Attributes come with the clone; the steps, set as a property, are given again as a host would.
        (from, to) => (to.items = from.items),
      ));
  }

  for (const seed of SEEDS) {
    it(`<interview-reflection> stays consistent and saved, seed ${seed}`, () =>
      run<InterviewReflectionElement>(
        'interview-reflection',
        seed,
        {
          type: (el, pick) => {
            const field = pick(parts<HTMLTextAreaElement>(el, 'field'));
            field.value = pick(['', 'A short note.', 'Another, longer note.']);
            field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          },
          clear: (el) => {
            parts<HTMLButtonElement>(el, 'clear')[0]?.click();
          },
          confirm: (el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"] button')?.click(),
          key: (el, pick) => el.setAttribute('storage-key', pick(['one', 'two'])),
          noKey: (el) => el.removeAttribute('storage-key'),
          reconnect: (el) => document.body.append(el),
          lang: (el, pick) => (el.lang = pick(['', 'de'])),
        },
        (el, twin, label) => {
          const values = parts<HTMLTextAreaElement>(el, 'field').map((field) => field.value);
          expect(values, label).to.have.length(4);
          if (twin) expect(parts<HTMLTextAreaElement>(twin, 'field').map((f) => f.value), `${label}: a reload shows the same notes`).to.deep.equal(values);
        },
      ));
  }
});
