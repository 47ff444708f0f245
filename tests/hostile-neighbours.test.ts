// What a hostile host page, a busy tab, a second copy of Onward and a careless CMS do to Onward,
// tried as they would: the numbers are the cases of the issue that found them. Then a seeded
// sequence of all of it at once, checked after every step against what the person did.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../src/followup-checklist/define.js';
import { DEFAULT_ITEMS } from '../src/followup-checklist/followup-checklist.js';
import '../src/followup-email/define.js';
import '../src/interview-reflection/define.js';
import '../src/rejection-support/define.js';
import '../src/resume-cta/define.js';
import '../src/search-recap/define.js';
import '../src/stay-connected/define.js';
import { TAGS, captureDownloads, captureWarnings, drawnIn, frame, part, prng, sleep, stub, visibleText, watchErrors } from './helpers.js';

type El = ReactiveElement & Record<string, unknown>;

/** Lets warnings come again, as on a fresh page. */
const forget = () => (globalThis as Record<symbol, Set<string> | undefined>)[Symbol.for('onward-elements.warned.v1')]?.clear();

let run = 0;
const mounted: Element[] = [];
const nextKey = (name: string) => `${name}-${++run}-${Math.random().toString(36).slice(2, 8)}`;

async function mount(tag: string, attrs: Record<string, string> = {}): Promise<El> {
  const el = document.createElement(tag) as El;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const ticked = (el: Element) => boxes(el).map((box) => box.checked);
const fields = (el: Element) => [...el.shadowRoot!.querySelectorAll('textarea')];
const hrefs = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');

function write(el: Element, n: number, value: string): void {
  const field = fields(el)[n];
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

async function settle(...els: Element[]): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await sleep(30);
    await Promise.all(els.map((el) => (el as ReactiveElement).updateComplete));
  }
}

/** The fields saved under `key`, read as a person's browser holds them. */
function saved(key: string): Record<string, unknown> | undefined {
  const raw = localStorage.getItem(key);
  return raw ? (JSON.parse(raw) as { v: Record<string, unknown> }).v : undefined;
}

/** The element in another tab (a same-origin frame shares localStorage, as a tab does). */
async function tab(tag: string, attrs: string): Promise<{ el: El; win: Window & typeof globalThis; iframe: HTMLIFrameElement }> {
  const { win, iframe } = await frame(
    `<script type="module" src="/src/${tag}/define.ts"></script><${tag} ${attrs}></${tag}>`,
    drawnIn(tag),
  );
  return { el: win.document.querySelector(tag) as El, win, iframe };
}

/** The split build's checklist, a second copy of Onward, under the host's own tag name. */
async function secondCopy(): Promise<void> {
  if (customElements.get('acme-checklist')) return;
  const url = '/dist/cdn/followup-checklist.js';
  const { FollowupChecklistElement } = await import(/* @vite-ignore */ url);
  FollowupChecklistElement.define('acme-checklist');
}

afterEach(() => {
  mounted.splice(0).forEach((el) => el.remove());
  document.querySelectorAll('iframe').forEach((el) => el.remove());
  localStorage.clear();
  sessionStorage.clear();
});

describe('hostile neighbours', function () {
  this.timeout(60000);

  describe('saved progress', () => {
    it('1. keeps ticks and notes when a frame in the tab clears sessionStorage', async () => {
      const key = nextKey('session');
      const list = await mount('followup-checklist', { 'storage-key': key });
      const notes = await mount('interview-reflection', { 'storage-key': key });
      boxes(list)[0].click();
      write(notes, 0, 'I asked about the roadmap');
      await settle(list, notes);
      const { win } = await frame('<p>A chat widget</p>', () => true);
      win.sessionStorage.setItem('chat', 'open');
      win.sessionStorage.clear();
      await settle(list, notes);
      expect(ticked(list)[0], 'the tick').to.equal(true);
      expect(fields(notes)[0].value, 'the note').to.equal('I asked about the roadmap');
      boxes(list)[1].click();
      await settle(list);
      expect(Object.keys(saved(`onward:followup-checklist:${key}`)!)).to.have.length(2);
      expect(saved(`onward:interview-reflection:${key}`)!['went-well']).to.equal('I asked about the roadmap');
    });

    it('2. treats steps named constructor, toString, valueOf or __proto__ as steps: two checklists stay in step, no loop', async () => {
      const ids = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];
      const items = JSON.stringify(ids.map((id) => ({ id, label: `Step ${id}` })));
      const key = nextKey('proto');
      const full = `onward:followup-checklist:${key}`;
      const { errors, stop } = watchErrors();
      const a = await mount('followup-checklist', { 'storage-key': key, items });
      const b = await mount('followup-checklist', { 'storage-key': key, items });
      for (const i of ids.keys()) {
        boxes(a)[i].click();
        await settle(a, b);
      }
      expect(ticked(b)).to.deep.equal([true, true, true, true, true]);
      expect(Object.keys(saved(full)!).sort()).to.deep.equal([...ids].sort());
      // Another tab takes `__proto__` back: it arrives, and this tab writes nothing in reply.
      const there = await tab('followup-checklist', `storage-key="${key}" items='${items}'`);
      let writes = 0;
      const setItem = Storage.prototype.setItem;
      stub(Storage.prototype, 'setItem', function (this: Storage, k: string, v: string) {
        writes++;
        setItem.call(this, k, v);
      });
      boxes(there.el)[4].click();
      await settle(a, b, there.el);
      await sleep(200);
      stop();
      expect(ticked(a)).to.deep.equal([true, true, true, true, false]);
      expect(ticked(b)).to.deep.equal([true, true, true, true, false]);
      expect(writes, 'writes in this tab').to.equal(0);
      expect(errors).to.deep.equal([]);
    });

    it('3. survives another tab writing 200,000-deep arrays or a __proto__ record under its key', async () => {
      const key = nextKey('deep');
      const full = `onward:interview-reflection:${key}`;
      const notes = await mount('interview-reflection', { 'storage-key': key });
      write(notes, 1, 'Lead with the numbers');
      await settle(notes);
      const { win } = await frame('<p>Another tab</p>', () => true);
      const { errors, stop } = watchErrors();
      const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
      win.localStorage.setItem(full, `{"v":{"went-well":${deep}},"t":{"went-well":${deep}}}`);
      await settle(notes);
      win.localStorage.setItem(full, '{"v":{"__proto__":{"went-well":"never saved"}},"t":{"__proto__":{"went-well":9e15}}}');
      await settle(notes);
      stop();
      expect(errors).to.deep.equal([]);
      expect(fields(notes).map((f) => f.value)).to.deep.equal(['', 'Lead with the numbers', '', '']);
      // What is shown is what is saved: a reload brings back the same.
      expect(saved(full)!['answer-differently']).to.equal('Lead with the numbers');
      notes.remove();
      const again = await mount('interview-reflection', { 'storage-key': key });
      expect(fields(again).map((f) => f.value)).to.deep.equal(['', 'Lead with the numbers', '', '']);
    });

    it('4. two tabs editing one field in the same millisecond settle on the same text', async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const key = nextKey('tie');
        const here = await mount('interview-reflection', { 'storage-key': key });
        const there = await tab('interview-reflection', `storage-key="${key}"`);
        const moment = Date.now();
        stub(Date, 'now', () => moment);
        stub(there.win.Date, 'now', () => moment);
        write(here, 0, `Mine ${attempt}`);
        write(there.el, 0, `Theirs ${attempt}`);
        await settle(here, there.el);
        const shown = [fields(here)[0].value, fields(there.el)[0].value];
        expect(shown[0], `attempt ${attempt}`).to.equal(shown[1]);
        expect(saved(`onward:interview-reflection:${key}`)!['went-well']).to.equal(shown[0]);
        there.iframe.remove();
        here.remove();
      }
    });

    it('5. two copies of Onward on one page, one key: each sees the other’s ticks, and a reload keeps both', async () => {
      await secondCopy();
      const key = nextKey('copies');
      const ours = await mount('followup-checklist', { 'storage-key': key });
      const theirs = await mount('acme-checklist', { 'storage-key': key });
      boxes(ours)[0].click();
      await settle(ours, theirs);
      expect(ticked(theirs)[0], 'the other copy sees it').to.equal(true);
      boxes(theirs)[1].click();
      await settle(ours, theirs);
      expect(ticked(ours).slice(0, 2)).to.deep.equal([true, true]);
      ours.remove();
      theirs.remove();
      const again = await mount('followup-checklist', { 'storage-key': key });
      const twin = await mount('acme-checklist', { 'storage-key': key });
      expect(ticked(again).slice(0, 3)).to.deep.equal([true, true, false]);
      expect(ticked(twin).slice(0, 3)).to.deep.equal([true, true, false]);
    });

    it('6. where localStorage is off limits (a sandboxed frame), says progress stays on the page, with one warning per element', async () => {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The document is sandboxed', 'SecurityError');
        },
      });
      try {
        const warnings = captureWarnings();
        const els = [];
        for (const key of ['one', 'two']) {
          for (const tag of ['followup-checklist', 'interview-reflection']) els.push(await mount(tag, { 'storage-key': key }));
        }
        boxes(els[0])[0].click();
        write(els[1], 0, 'Kept here');
        await settle(...els);
        for (const el of els) {
          const intro = el.shadowRoot!.querySelector('.intro')!.textContent!;
          expect(intro, el.localName).to.contain('on this page only');
          expect(intro, el.localName).not.to.contain('saved in this browser');
        }
        expect(warnings.messages).to.have.length(2);
      } finally {
        if (own) Object.defineProperty(window, 'localStorage', own);
        else delete (window as { localStorage?: Storage }).localStorage;
      }
    });
  });

  describe('outputs, sanitised where they are written', () => {
    it('7a. writes valid .ics whatever the words: no bare CR, no control character, no injected line', async () => {
      const downloads = captureDownloads();
      const el = await mount('stay-connected', { company: 'Acme' });
      el.strings = {
        icsSummary: 'Check in\rATTENDEE:mailto:spy@evil.example\u000bURL:https://evil.example',
        icsDescription: 'Say hi;\r\nand\u2028then\u0000,more\\',
      };
      await el.updateComplete;
      part(el, 'remind')!.click();
      const ics = await downloads.files[0].text;
      expect(ics.replace(/\r\n/g, '')).not.to.match(/[\u0000-\u001f\u007f\u2028\u2029]/);
      const lines = ics.replace(/\r\n /g, '').split('\r\n');
      expect(lines.filter((l) => /^(ATTENDEE|URL)/.test(l))).to.deep.equal([]);
      expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).to.equal('DESCRIPTION:Say hi\\;\\nand then \\,more\\\\');
    });

    it('7b. names downloads safely whatever the words: no bidi trick, path, hidden file or device name', async () => {
      const downloads = captureDownloads();
      const safe = /^[^./\\:*?"<>|\u0000-\u001f\u202a-\u202e\u2066-\u2069]+\.(txt|ics)$/;
      for (const bad of ['notes\u202Etxt.exe', '../../.bashrc', 'CON', '.hidden', 'a/b\\c', '\u0000']) {
        const notes = await mount('interview-reflection');
        notes.strings = { fileName: bad };
        await notes.updateComplete;
        part(notes, 'download')!.click();
        const reminder = await mount('stay-connected');
        reminder.strings = { icsFile: bad };
        await reminder.updateComplete;
        part(reminder, 'remind')!.click();
        notes.remove();
        reminder.remove();
      }
      const names = downloads.files.map((f) => f.name);
      expect(names).to.have.length(12);
      for (const name of names) {
        expect(name, JSON.stringify(name)).to.match(safe);
        expect(name, JSON.stringify(name)).not.to.match(/^(con|prn|aux|nul|com\d|lpt\d)\./i);
      }
    });

    it('13. keeps only the address of a mailto: link in any URL attribute', async () => {
      const mail = 'mailto:hr@acme.example?bcc=spy@evil.example&body=Forward%20this';
      const list = await mount('followup-checklist', { 'feedback-url': mail });
      list.items = [{ id: 'write', label: 'Write to HR', href: mail }];
      await list.updateComplete;
      const cta = await mount('resume-cta', { href: mail });
      list.removeAttribute('items');
      const mailtos = [...hrefs(list), ...hrefs(cta)].filter((h) => h.startsWith('mailto:'));
      expect(mailtos.length).to.be.at.least(2);
      expect(mailtos.every((h) => h === 'mailto:hr@acme.example'), mailtos.join(' ')).to.equal(true);
      const plain = await mount('followup-checklist', { 'feedback-url': mail });
      expect(hrefs(plain).filter((h) => h.startsWith('mailto:'))).to.deep.equal(['mailto:hr@acme.example']);
    });
  });

  describe('names, dates and lengths', () => {
    it('8. treats a name of invisible characters as no name: never "Hi ​,"', async () => {
      const plain = await mount('followup-email', { company: 'Acme' });
      const ghost = await mount('followup-email', {
        company: 'Acme',
        'contact-name': '\u200B\u200F\u2060',
        'candidate-name': '\u3164\u00AD',
      });
      expect(ghost.body).to.equal(plain.body);
      expect(ghost.body as string).not.to.match(/Hi [\u200B-\u200F\u2060\u3164\u00AD]/);
    });

    it('9. reads .NET’s 0001-01-01 as no date: no "126 years ago", no reapply date', async () => {
      const warnings = captureWarnings();
      const recap = await mount('search-recap', { since: '0001-01-01T00:00:00', applications: '3' });
      expect(visibleText(recap)).not.to.match(/year|started/i);
      const later = await mount('stay-connected', { 'reapply-after': '0001-01-01' });
      expect(part(later, 'reapply')).to.equal(null);
      expect(warnings.messages).to.have.length(2);
    });

    it('10. cuts a 1 MB name to 200 characters, on the page, in the mailto link and in the .ics', async () => {
      const warnings = captureWarnings();
      const huge = 'N'.repeat(1_000_000);
      const kit = await mount('rejection-support', {
        'candidate-name': huge,
        company: huge,
        'job-title': huge,
        'contact-name': huge,
        'contact-email': 'jo@acme.example',
        stage: 'final',
        expanded: '',
      });
      await settle(kit);
      const sections = [...kit.shadowRoot!.querySelectorAll<El>('*')].filter((e) => e.shadowRoot);
      await settle(...sections);
      expect(kit.shadowRoot!.textContent!.length + sections.reduce((n, s) => n + s.shadowRoot!.textContent!.length, 0)).to.be.below(60_000);
      const email = kit.shadowRoot!.querySelector('followup-email')!;
      expect(part(email, 'email')!.getAttribute('href')!.length).to.be.below(20_000);
      const downloads = captureDownloads();
      part(kit.shadowRoot!.querySelector('stay-connected')!, 'remind')!.click();
      expect((await downloads.files[0].text).length).to.be.below(5_000);
      expect(warnings.messages.filter((m) => m.includes('cut to 200'))).to.have.length.of.at.least(1);
    });

    it('11. never quotes a rejected value in a warning: warnings reach error trackers', async () => {
      const marker = 'ZQXJORDAN';
      const values = [`${marker} <${marker}@corp.example>`, `javascript:${marker}`, `${marker}`.repeat(300), `{"${marker}":1`, `https://www.linkedin.com.${marker}.example/`];
      const warnings = captureWarnings();
      for (const tag of TAGS) {
        const el = await mount(tag);
        const attrs = (customElements.get(tag) as unknown as typeof ReactiveElement).observedAttributes.filter((a) => a !== 'lang' && a !== 'dir');
        for (const value of values) {
          for (const attr of attrs) el.setAttribute(attr, value);
          await el.updateComplete;
        }
        el.remove();
      }
      expect(warnings.messages.length, 'warnings given').to.be.at.least(10);
      expect(warnings.messages.filter((m) => m.includes(marker))).to.deep.equal([]);
    });

    it('12. links LinkedIn only on linkedin.com: no look-alike, no user name, no other host', async () => {
      const hostile = [
        'https://www.linkedin.com.evil.example/in/jordan',
        'https://www.linkedin.com@evil.example/in/jordan',
        'https://www.l\u0456nkedin.com/in/jordan',
        'https://evil.example/linkedin.com',
      ];
      for (const url of hostile) {
        forget();
        const list = await mount('followup-checklist', { 'linkedin-url': url, 'contact-name': 'Jordan' });
        const card = await mount('stay-connected', { 'linkedin-url': url, 'contact-name': 'Jordan' });
        expect(part(card, 'linkedin'), url).to.equal(null);
        expect(hrefs(list).filter((h) => /linkedin|evil|xn--/i.test(h)), url).to.deep.equal([]);
        list.remove();
        card.remove();
      }
      const real = await mount('stay-connected', { 'linkedin-url': 'https://www.linkedin.com/in/jordan', 'contact-name': 'Jordan' });
      expect(part(real, 'linkedin')!.getAttribute('href')).to.equal('https://www.linkedin.com/in/jordan');
    });
  });

  it('14. leaves out a section whose tag another library holds, with one warning naming the tag', async () => {
    const { win } = await frame(
      `<script>
        window.warnings = [];
        const warn = console.warn;
        console.warn = (...args) => { warnings.push(args.join(' ')); warn.apply(console, args); };
        customElements.define('followup-email', class extends HTMLElement {
          connectedCallback() { this.textContent = 'A stranger'; }
        });
      </script>
      <script type="module" src="/dist/onward.min.js"></script>
      <rejection-support company="Acme" contact-email="jo@acme.example" storage-key="k" candidate-name="Sam"></rejection-support>`,
      (w) => !!w.document.querySelector('rejection-support')?.shadowRoot?.querySelector('followup-checklist'),
    );
    await sleep(100);
    const kit = win.document.querySelector('rejection-support')!;
    expect(kit.shadowRoot!.querySelector('followup-email')).to.equal(null);
    expect(kit.shadowRoot!.textContent).not.to.contain('A stranger');
    const about = (win as unknown as { warnings: string[] }).warnings.filter((m) => m.includes('followup-email'));
    expect(about).to.have.length(1);
  });
});

/** A record under `key` that is not a good one: garbage, the wrong shape, deep, or empty. */
const JUNK = [
  '{not json',
  'null',
  '[1,2,3]',
  `{"v":${'['.repeat(5000)}${']'.repeat(5000)},"t":{}}`,
  '{"v":{"__proto__":{"thank-you-email":true}},"t":{"__proto__":{"thank-you-email":1}}}',
  '{"v":{},"t":{}}',
  '{"v":{"thank-you-email":"yes"},"t":{"thank-you-email":"soon"}}',
];

for (const seed of [1, 2, 3, 4]) {
  describe(`hostile neighbour sequence (seed ${seed})`, function () {
    this.timeout(120000);

    it('after every step, what each copy shows and what is saved match what the person did', async () => {
      await secondCopy();
      const random = prng(seed * 7919);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
      const key = nextKey(`seq-${seed}`);
      const full = `onward:followup-checklist:${key}`;
      const { errors, stop } = watchErrors();
      const ticks = new Set<number>();
      let ours = await mount('followup-checklist', { 'storage-key': key });
      let theirs = await mount('acme-checklist', { 'storage-key': key });
      let other = await tab('followup-checklist', `storage-key="${key}"`);
      const live = () => [ours, theirs, other.el];
      const steps: string[] = [];
      for (let step = 0; step < 24; step++) {
        const what = pick(['tick', 'tick', 'tick', 'tick in the other tab', 'sessionStorage.clear', 'localStorage.clear', 'junk', 'reload', 'reload the other tab']);
        steps.push(what);
        if (what === 'tick' || what === 'tick in the other tab') {
          const i = Math.floor(random() * 7);
          const el = what === 'tick' ? pick([ours, theirs]) : other.el;
          boxes(el)[i].click();
          if (ticks.has(i)) ticks.delete(i);
          else ticks.add(i);
        } else if (what === 'sessionStorage.clear') other.win.sessionStorage.clear();
        else if (what === 'localStorage.clear') other.win.localStorage.clear();
        else if (what === 'junk') other.win.localStorage.setItem(full, pick(JUNK));
        else if (what === 'reload') {
          ours.remove();
          theirs.remove();
          ours = await mount('followup-checklist', { 'storage-key': key });
          theirs = await mount('acme-checklist', { 'storage-key': key });
        } else {
          other.iframe.remove();
          other = await tab('followup-checklist', `storage-key="${key}"`);
        }
        await settle(...live());
        const expected = [0, 1, 2, 3, 4, 5, 6].map((i) => ticks.has(i));
        const trail = steps.join(' > ');
        expect(ticked(ours), `this copy after ${trail}`).to.deep.equal(expected);
        expect(ticked(theirs), `the second copy after ${trail}`).to.deep.equal(expected);
        expect(ticked(other.el), `the other tab after ${trail}`).to.deep.equal(expected);
        const kept = saved(full) ?? {};
        const savedIds = Object.keys(kept).filter((id) => kept[id] === true).sort();
        expect(savedIds, `saved after ${trail}`).to.deep.equal(DEFAULT_ITEMS.filter((_, i) => ticks.has(i)).sort());
      }
      stop();
      expect(errors).to.deep.equal([]);
    });
  });
}
