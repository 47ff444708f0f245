import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';
import '../src/rejection-support/define.js';
import { RejectionSupportElement } from '../src/rejection-support/rejection-support.js';
import { STAGES, type Stage } from '../src/internal/stage.js';
import { axeViolations, beforeEachTask, captureClipboard, captureDownloads, captureWarnings, isDrawing, part, requests, sleep, stored, visibleText } from './helpers.js';

async function render(attrs = ''): Promise<RejectionSupportElement> {
  const host = document.createElement('div');
  // The full kit, every section open; the short kit has its own tests below.
  host.innerHTML = `<rejection-support ${attrs.includes("short") ? attrs.replace("short", "") : `expanded ${attrs}`}></rejection-support>`;
  const el = host.firstElementChild as RejectionSupportElement;
  document.body.append(el);
  await settle(el);
  return el;
}

const sections = (el: Element) =>
  [...part(el, 'base')!.querySelectorAll('.sections > *')] as (ReactiveElement & Record<string, unknown>)[];
const tags = (el: Element) => sections(el).map((s) => s.localName);

async function settle(el: RejectionSupportElement) {
  await el.updateComplete;
  await Promise.all(sections(el).map((s) => s.updateComplete));
}

const FULL = `candidate-name="Ana" company="Northwind" job-title="Designer" stage="final" runner-up
  contact-name="Jordan" contact-email="jordan@northwind.example" linkedin-url="https://linkedin.com/in/jordan"
  jobs-url="https://jobs.example" storage-key="kit"`;

describe('<rejection-support>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.querySelectorAll('rejection-support').forEach((el) => el.remove());
    localStorage.clear();
  });

  it('shows the default sections in order, with the recap only when numbers are given and the resume CTA only with resume-url', async () => {
    const plain = await render(FULL);
    expect(tags(plain)).to.deep.equal([
      'rejection-takeaways',
      'followup-checklist',
      'followup-email',
      'interview-reflection',
      'stay-connected',
    ]);
    const full = await render(`${FULL} applications="9" resume-url="https://jobs.example/resume"`);
    expect(tags(full)).to.deep.equal([
      'rejection-takeaways',
      'search-recap',
      'followup-checklist',
      'followup-email',
      'interview-reflection',
      'stay-connected',
      'resume-cta',
    ]);
  });

  it('gives the takeaways, the recap and the resume call the full width, and sets the rest side by side when there is room', async () => {
    await setViewport({ width: 1280, height: 900 });
    try {
      const el = await render(`${FULL} applications="9" resume-url="https://jobs.example/resume"`);
      const full = part(el, 'base')!.querySelector('.sections')!.clientWidth;
      const width = (s: Element) => Math.round(s.getBoundingClientRect().width);
      const wide = sections(el).filter((s) => width(s) === full).map((s) => s.localName);
      expect(wide).to.deep.equal(['rejection-takeaways', 'search-recap', 'resume-cta']);
      // The other four, two to a row.
      expect(sections(el).filter((s) => width(s) < full / 2).length).to.equal(4);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('hands its own `lang` to every section, which a server cannot see through the DOM', async () => {
    const el = await render(`${FULL} lang="es" applications="9" resume-url="https://jobs.example/resume"`);
    expect(sections(el).map((s) => s.getAttribute('lang'))).to.deep.equal(Array(7).fill('es'));
    el.setAttribute('lang', 'de');
    await settle(el);
    expect(sections(el).map((s) => s.getAttribute('lang'))).to.deep.equal(Array(7).fill('de'));
    // Without one, the sections carry none either, so they keep following the page's `lang` live.
    el.removeAttribute('lang');
    await settle(el);
    expect(sections(el).map((s) => s.hasAttribute('lang'))).to.deep.equal(Array(7).fill(false));
  });

  it('picks and orders sections with `sections`, warning once about unknown ones', async () => {
    const warnings = captureWarnings();
    const el = await render(`${FULL} sections="email, takeaways, horoscope"`);
    expect(tags(el)).to.deep.equal(['followup-email', 'rejection-takeaways']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.equal('<rejection-support> sections: known values are takeaways, recap, checklist, email, reflection, stay-connected, resume');
  });

  it('passes the shared attributes down and keeps them in sync', async () => {
    const el = await render(
      `${FULL} applications="9" screenings="3" interviews="2" since="2026-01-05" tone="brief" ask-feedback reapply-after="2099-05-01"
      talent-community-url="https://jobs.example/community" resume-url="https://jobs.example/resume"`,
    );
    const [takeaways, recap, checklist, email, reflection, stay, resume] = sections(el);
    expect(visibleText(takeaways)).to.contain('You didn’t get the Designer role at Northwind this time');
    expect(visibleText(takeaways)).to.contain('saw real potential');
    expect(recap.applications).to.equal(9);
    expect(visibleText(recap)).to.contain('here’s what your search has built');
    expect(visibleText(recap)).to.contain('3 screening calls');
    expect(checklist.contactEmail).to.equal('jordan@northwind.example');
    expect(email.tone).to.equal('brief');
    expect(email.body).to.contain('Hi Jordan,');
    expect(email.body).to.contain('Any feedback you can share would help me a lot.');
    expect(part<HTMLAnchorElement>(email, 'email')!.href).to.match(/^mailto:jordan@northwind\.example\?/);
    expect(reflection.storageKey).to.equal('kit');
    const downloads = captureDownloads();
    part(reflection, 'download')!.click();
    expect((await downloads.files[0].text).split('\r\n')[1]).to.equal('The Designer role at Northwind');
    expect(stay.linkedinUrl).to.equal('https://linkedin.com/in/jordan');
    expect(visibleText(stay, 'reapply')).to.equal('You can apply again from May 1, 2099.');
    expect(part<HTMLAnchorElement>(stay, 'community')!.href).to.equal('https://jobs.example/community');
    expect(resume.href).to.equal('https://jobs.example/resume');
    // In the kit the call to action is a banner, with its line of text.
    expect(visibleText(resume, 'description')).to.contain('ready for the next role');

    el.setAttribute('company', 'Contoso');
    el.contactName = 'Sam';
    el.theme = 'dark';
    await settle(el);
    expect(visibleText(takeaways)).to.contain('the Designer role at Contoso');
    expect(email.body).to.contain('Hi Sam,');
    expect(sections(el).every((s) => s.theme === 'dark')).to.equal(true);
    el.removeAttribute('runner-up');
    await settle(el);
    expect(visibleText(takeaways)).not.to.contain('potential');
  });

  // What the person did in the sections, then a change from the host: the same sections must hold it.
  async function keepsWork(change: (el: RejectionSupportElement) => void) {
    const el = await render('stage="final" company="Northwind" contact-name="Jordan"');
    const [checklist, email] = ['followup-checklist', 'followup-email'].map((tag) => sections(el).find((s) => s.localName === tag)!);
    (checklist.shadowRoot!.querySelector('input') as HTMLInputElement).click();
    const body = email.shadowRoot!.querySelector('textarea')!;
    body.value = 'My own words';
    body.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    change(el);
    await settle(el);
    // The same elements, not new ones: identity compared as booleans, so a failure prints no DOM.
    expect(sections(el).includes(checklist), 'the same checklist').to.equal(true);
    expect(sections(el).includes(email), 'the same email').to.equal(true);
    expect(checklist.checked).to.deep.equal(['thank-you-email']);
    expect(email.body).to.equal('My own words');
    expect(email.shadowRoot!.querySelector('textarea')!.value).to.equal('My own words');
    return el;
  }

  it('keeps every section, and what the person did in it, when the recap arrives later', async () => {
    // A host that fetches the numbers after the page shows: the recap appears above the checklist.
    const el = await keepsWork((kit) => (kit.applications = 12));
    expect(tags(el).slice(0, 3)).to.deep.equal(['rejection-takeaways', 'search-recap', 'followup-checklist']);
  });

  it('keeps every section, and what the person did in it, when the heading level changes', async () => {
    const el = await keepsWork((kit) => (kit.headingLevel = 3));
    expect(part(el, 'heading')!.localName).to.equal('h3');
    expect(sections(el).every((s) => part(s, 'heading')!.localName === 'h4')).to.equal(true);
  });

  it('nests headings: the kit at heading-level, each section one level below', async () => {
    const el = await render(FULL);
    expect(part(el, 'heading')!.localName).to.equal('h2');
    expect(sections(el).map((s) => part(s, 'heading')!.localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3', 'h3']);
    expect(part(sections(el)[0], 'takeaway-title')!.localName).to.equal('h4');
    el.headingLevel = 4;
    await settle(el);
    expect(part(el, 'heading')!.localName).to.equal('h4');
    expect(sections(el).every((s) => part(s, 'heading')!.localName === 'h5')).to.equal(true);
    expect(part(sections(el)[0], 'takeaway-title')!.localName).to.equal('h6');
    // HTML has no h7: at level 6 the sections stay at 6 too, quietly.
    const warnings = captureWarnings();
    el.headingLevel = 6;
    await settle(el);
    expect(part(el, 'heading')!.localName).to.equal('h6');
    expect(sections(el).every((s) => part(s, 'heading')!.localName === 'h6')).to.equal(true);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('namespaces every section’s saved state under one storage-key', async () => {
    const el = await render(FULL);
    const checklist = sections(el)[1];
    (part<HTMLInputElement>(checklist, 'checkbox')!).click();
    const reflection = sections(el)[3];
    const field = part<HTMLTextAreaElement>(reflection, 'field')!;
    field.value = 'Good portfolio review';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(stored('onward:followup-checklist:kit')).to.deep.equal({ 'thank-you-email': true });
    expect(stored('onward:interview-reflection:kit')).to.deep.equal({ 'went-well': 'Good portfolio review' });
  });

  it('lets every section’s events reach the host page exactly once', async () => {
    const el = await render(FULL);
    const seen: string[] = [];
    const listener = (e: Event) => seen.push(`${e.type}:${JSON.stringify((e as CustomEvent).detail)}`);
    for (const type of ['onward-change', 'onward-complete', 'onward-action']) document.addEventListener(type, listener);
    try {
      part<HTMLInputElement>(sections(el)[1], 'checkbox')!.click();
      const field = part<HTMLTextAreaElement>(sections(el)[3], 'field')!;
      field.dispatchEvent(new Event('change', { bubbles: true }));
      captureClipboard();
      part(sections(el)[2], 'copy')!.click();
      await sleep(20);
      expect(seen).to.deep.equal([
        'onward-change:{"id":"thank-you-email","checked":true,"done":1,"total":7}',
        'onward-change:{"id":"went-well"}',
        'onward-action:{"action":"copy"}',
      ]);
    } finally {
      for (const type of ['onward-change', 'onward-complete', 'onward-action']) document.removeEventListener(type, listener);
    }
  });

  it('sends the checklist’s "Write the email" to the draft in the kit, edits and all, and lets it open its own draft without one', async () => {
    const el = await render(`${FULL} tone="brief"`);
    const seen: boolean[] = [];
    // Listening after the kit, as a host page does: a link still not handled would leave the page.
    el.addEventListener('onward-action', (e) => {
      seen.push(e.defaultPrevented);
      e.preventDefault();
    });
    const email = sections(el)[2];
    const subject = part<HTMLInputElement>(email, 'subject')!;
    subject.value = 'Thanks, Jordan';
    subject.dispatchEvent(new Event('input', { bubbles: true }));
    const links = () => sections(el)[tags(el).indexOf('followup-checklist')].shadowRoot!.querySelectorAll<HTMLElement>('[part="action"]');
    links()[0].click();
    expect(email.shadowRoot!.activeElement).to.equal(subject);
    expect(subject.value).to.equal('Thanks, Jordan');
    // The feedback step asks for something else: it keeps its own draft.
    links()[1].click();
    // So does the thank-you step when the draft cannot be reached: hidden by the page, or not shown.
    subject.blur();
    const hide = document.head.appendChild(document.createElement('style'));
    hide.textContent = 'rejection-support::part(email) { display: none }';
    links()[0].click();
    hide.remove();
    el.sections = 'takeaways, checklist';
    await settle(el);
    links()[0].click();
    expect(seen).to.deep.equal([true, false, false, false]);
  });

  it('does everything a person can do with no request, no cookie and no inline style', async () => {
    const el = await render(`${FULL} applications="9" resume-url="https://jobs.example/resume" talent-community-url="https://jobs.example/community"`);
    const before = requests().length;
    const downloads = captureDownloads();
    captureClipboard();
    // The host handles every link itself, as the harness would fail a test whose link left the page.
    const host: string[] = [];
    const handle = (e: Event) => {
      host.push((e as CustomEvent).detail.action);
      if (!['copy', 'calendar'].includes((e as CustomEvent).detail.action)) e.preventDefault();
    };
    document.addEventListener('onward-action', handle);
    try {
      const section = (tag: string) => sections(el).find((s) => s.localName === tag)!;
      const [checklist, email, reflection, stay, resume] = ['followup-checklist', 'followup-email', 'interview-reflection', 'stay-connected', 'resume-cta'].map(section);
      const click = async (section: Element, name: string) => {
        for (const node of [...section.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)]) node.click();
        await settle(el);
      };
      await click(checklist, 'checkbox');
      await click(checklist, 'action');
      await click(checklist, 'reset');
      await click(checklist, 'reset-yes');
      const field = part<HTMLTextAreaElement>(reflection, 'field')!;
      field.value = 'Told the portfolio story well';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      for (const name of ['copy', 'email', 'reset']) await click(email, name);
      await click(reflection, 'download');
      await click(reflection, 'clear');
      await click(reflection, 'confirm');
      for (const name of ['linkedin', 'community', 'remind']) await click(stay, name);
      await click(resume, 'button');
      await sleep(50);
    } finally {
      document.removeEventListener('onward-action', handle);
    }
    expect(host).to.deep.equal(['email', 'feedback', 'linkedin', 'jobs', 'copy', 'email', 'linkedin', 'talent-community', 'calendar', 'resume']);
    expect(downloads.files.map((f) => f.name)).to.deep.equal(['interview-notes-northwind.txt', 'check-in-northwind.ics']);
    expect(requests().slice(before)).to.deep.equal([]);
    expect(document.cookie).to.equal('');
    const styled = [el, ...sections(el)].flatMap((s) => [...s.shadowRoot!.querySelectorAll('[style]')].map((n) => n.localName));
    expect(styled).to.deep.equal([]);
  });

  it('has no axe violations as a whole, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await render(`${FULL} theme="${theme}" applications="9" resume-url="/resume" talent-community`);
      expect(await axeViolations(el), theme).to.deep.equal([]);
      el.remove();
    }
  });

  it('drafts the checklist’s feedback request in the kit’s tone, with its runner-up line', async () => {
    const el = await render(`${FULL} tone="brief"`);
    const checklist = el.shadowRoot!.querySelector('followup-checklist')!;
    const request = checklist.shadowRoot!.querySelector<HTMLAnchorElement>('li[data-id="ask-feedback"] a')!;
    const body = new URL(request.href).searchParams.get('body')!;
    expect(body).to.contain('If a similar role opens up, I’d love to hear from you.');
    expect(body).to.match(/\r?\nBest,\r?\nAna$/);
    el.remove();
  });

  describe('the short kit', () => {
    // Every attribute given, as a platform holding the data would.
    const EVERYTHING = `${FULL} feedback-url="https://northwind.example/feedback" talent-community-url="https://northwind.example/join"
      resume-url="https://jobs.example/resume" applications="24" screenings="6" interviews="3" since="2026-03-01"`;
    const visible = (n: Element) => (n as HTMLElement).checkVisibility?.() ?? true;
    /** What a reader sees, one line per element holding text of its own, nested sections included. */
    function lines(el: Element): string[] {
      const found: string[] = [];
      const walk = (root: Element | ShadowRoot) => {
        let own = '';
        for (const n of root.childNodes) {
          if (n.nodeType === Node.TEXT_NODE) own += n.textContent;
          else if (n.nodeType === Node.ELEMENT_NODE) {
            const e = n as Element;
            if (e.shadowRoot) walk(e.shadowRoot);
            walk(e);
          }
        }
        const shown = root instanceof Element && visible(root) && root.localName !== 'style';
        if (shown && own.trim()) found.push(own.replace(/\s+/g, ' ').trim());
      };
      walk(el.shadowRoot!);
      return found;
    }
    const words = (el: Element) => lines(el).join(' ').split(' ').length;
    const filled = (root: Element) =>
      roots(root).flatMap((r) => [...r.shadowRoot!.querySelectorAll('.primary, .danger')].filter(visible));
    const roots = (el: Element): Element[] => [el, ...[...el.shadowRoot!.querySelectorAll('*')].filter((c) => c.shadowRoot).flatMap(roots)];
    const toggles = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="toggle"]')];
    /** The short kit with every attribute given, at `stage`, once its sections have drawn. */
    const shortAt = async (stage: Stage) => {
      const el = await render(`short ${EVERYTHING.replace('stage="final"', `stage="${stage}"`)}`);
      await sleep(50);
      return el;
    };

    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits a phone: at most 1,600 px and 300 words at 375 px, with one filled action', async () => {
      await setViewport({ width: 375, height: 812 });
      for (const stage of STAGES) {
        const el = await shortAt(stage);
        expect(el.getBoundingClientRect().height, stage).to.be.at.most(1600);
        expect(words(el), stage).to.be.at.most(300);
        // One clear next step: the first open step's link is the only filled button.
        expect(filled(el).map((b) => b.textContent!.trim()), stage).to.have.length(1);
        expect(el.shadowRoot!.querySelectorAll('followup-checklist')[0].shadowRoot!.querySelectorAll('input[type=checkbox]').length, stage).to.be.at.most(3);
        el.remove();
      }
    });

    it('says each thing once at every stage: no two lines a reader sees share most of their words', async () => {
      for (const stage of STAGES) {
        const el = await shortAt(stage);
        const said = lines(el)
          .map((line) => ({ line, words: new Set(line.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu)) }))
          .filter(({ words }) => words.size >= 3);
        for (const [i, a] of said.entries()) {
          for (const b of said.slice(i + 1)) {
            const shared = [...a.words].filter((w) => b.words.has(w)).length;
            expect(shared / (a.words.size + b.words.size - shared), `${stage}: "${a.line}" and "${b.line}"`).to.be.below(0.5);
          }
        }
        el.remove();
      }
    });

    it('keeps the rest one click away, behind real disclosure buttons, losing nothing on closing', async () => {
      const el = await render(`short ${EVERYTHING}`);
      const labels = toggles(el).map((t) => t.textContent!.trim());
      expect(labels).to.deep.equal(['See what your search has built', 'Draft a thank-you note', 'Questions to look back on', 'Ways to stay in touch', 'Keep your resume ready']);
      for (const toggle of toggles(el)) {
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect(el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!.hidden).to.equal(true);
      }
      const email = toggles(el)[1];
      email.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(email.getAttribute('aria-expanded')).to.equal('true');
      const draft = el.shadowRoot!.querySelector('followup-email')!;
      expect(visible(draft)).to.equal(true);
      const body = draft.shadowRoot!.querySelector('textarea')!;
      body.value = 'My own words.';
      body.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      email.click();
      await settle(el);
      expect(visible(draft)).to.equal(false);
      email.click();
      await settle(el);
      expect(draft.shadowRoot!.querySelector('textarea')!.value).to.equal('My own words.');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('opens the draft in place from the checklist’s thank-you step, rather than a second draft', async () => {
      const el = await render(`short ${EVERYTHING}`);
      const checklist = el.shadowRoot!.querySelector('followup-checklist')!;
      const write = checklist.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="action"]')!;
      expect(write.textContent!.trim()).to.equal('Write the email');
      write.click();
      await settle(el);
      await sleep(20);
      expect(toggles(el)[1].getAttribute('aria-expanded')).to.equal('true');
      const email = el.shadowRoot!.querySelector('followup-email')!;
      expect(email.shadowRoot!.activeElement).to.equal(email.shadowRoot!.querySelector('input'));
    });

    it('draws what is open first and each section one click away later, one per task', async () => {
      const host = document.createElement('div');
      host.innerHTML = `<rejection-support ${EVERYTHING}></rejection-support>`;
      const el = host.firstElementChild as RejectionSupportElement;
      document.body.append(el);
      await el.updateComplete;
      const drawn = () => [...el.shadowRoot!.querySelectorAll('.panel')].filter((p) => p.firstElementChild).length;
      expect(el.shadowRoot!.querySelector('rejection-takeaways')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('followup-checklist')).to.not.equal(null);
      expect(drawn()).to.equal(0);
      // Each idle moment draws one more, hidden; then nothing is left to draw.
      const seen = [];
      for (let i = 0; i < 5; i++) {
        await new Promise((resolve) => requestIdleCallback(resolve));
        await el.updateComplete;
        seen.push(drawn());
      }
      await sleep(100);
      expect(seen.every((n, i) => n <= i + 1)).to.equal(true);
      expect(drawn()).to.equal(5);
      expect(toggles(el).every((t) => t.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });

    it('draws its frame, then each open section, each in a task of its own, unseen and in its kept space until all are drawn', async () => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/dist/onward.css' });
      document.head.append(link);
      await new Promise((resolve) => (link.onload = resolve));
      const host = document.createElement('div');
      host.innerHTML = `<rejection-support ${EVERYTHING}></rejection-support>`;
      const el = host.firstElementChild as RejectionSupportElement;
      const sections = () => [...(el.shadowRoot?.querySelectorAll('rejection-takeaways, followup-checklist') ?? [])];
      // What the page sees between tasks: the kit's frame, its sections put in, their drawn insides, and whether it shows.
      const look = () => ({
        frame: !!part(el, 'base'),
        in: sections().length,
        drawn: sections().filter((s) => s.shadowRoot!.childElementCount > 0).length,
        seen: !!part(el, 'base') && getComputedStyle(part(el, 'base')!).visibility !== 'hidden',
      });
      // Every yield to the browser (a timer with no delay) starts a task: each one first notes what the tasks before it left.
      const looks: ReturnType<typeof look>[] = [];
      const stopWatching = beforeEachTask(() => {
        if (isDrawing(el)) looks.push(look());
      });
      try {
        document.body.append(el);
        // The task that connected it drew nothing: its space is kept (onward.css: min(44rem, 100svh), a screen in this small window).
        expect(el.shadowRoot!.childElementCount, 'drawn in the task that connected it').to.equal(0);
        expect(isDrawing(el)).to.equal(true);
        expect(el.getBoundingClientRect().height).to.be.at.least(Math.min(44 * 16, innerHeight));
        await el.updateComplete;
        await sleep(0);
        looks.push(look());
      } finally {
        stopWatching();
        link.remove();
      }
      // The frame comes first, alone; then each task puts one section in or lets one draw itself.
      const firstFrame = looks.findIndex((l) => l.frame);
      expect(looks[firstFrame]).to.deep.include({ in: 0, drawn: 0 });
      for (let i = firstFrame + 1; i < looks.length; i++) {
        const [before, after] = [looks[i - 1], looks[i]];
        expect(after.in - before.in + after.drawn - before.drawn, `task ${i}`).to.be.within(0, 1);
      }
      // Seen only once whole.
      expect(looks.slice(0, -1).some((l) => l.seen)).to.equal(false);
      expect(looks.at(-1)).to.deep.equal({ frame: true, in: 2, drawn: 2, seen: true });
      expect(isDrawing(el)).to.equal(false);
      el.remove();
    });

    it('opens the draft from the checklist even before it has been drawn', async () => {
      const host = document.createElement('div');
      host.innerHTML = `<rejection-support ${EVERYTHING}></rejection-support>`;
      const el = host.firstElementChild as RejectionSupportElement;
      document.body.append(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('followup-email')).to.equal(null);
      const checklist = el.shadowRoot!.querySelector('followup-checklist')!;
      const write = checklist.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="action"]')!;
      let opened = true;
      el.addEventListener('onward-action', (e) => (opened = !e.defaultPrevented));
      write.click();
      await sleep(30);
      expect(opened, 'the checklist opened its own draft').to.equal(false);
      const email = el.shadowRoot!.querySelector('followup-email')!;
      expect(email.shadowRoot!.activeElement).to.equal(email.shadowRoot!.querySelector('input'));
    });

    it('picks the next steps for the stage, and shows every section with `expanded` or `sections`', async () => {
      const steps = async (attrs: string) => {
        const el = await render(`short ${attrs}`);
        const ids = [...el.shadowRoot!.querySelector('followup-checklist')!.shadowRoot!.querySelectorAll('li')].map((li) => li.dataset.id);
        el.remove();
        return ids;
      };
      expect(await steps(EVERYTHING)).to.deep.equal(['thank-you-email', 'keep-applying', 'check-in-later']);
      expect(await steps(EVERYTHING.replace('stage="final" runner-up', 'stage="interview"'))).to.deep.equal(['thank-you-email', 'reflect-interview', 'keep-applying']);
      expect(await steps(EVERYTHING.replace('stage="final" runner-up', 'stage="applied"'))).to.deep.equal(['update-materials', 'keep-applying']);
      // After an application alone: no thank-you note, no interview notes, not even one click away.
      const applied = await render(`short ${EVERYTHING.replace('stage="final" runner-up', 'stage="applied"')}`);
      expect(toggles(applied).map((t) => t.textContent!.trim())).not.to.include.members(['Draft a thank-you note', 'Questions to look back on']);
      applied.remove();
      const full = await render(EVERYTHING);
      expect(toggles(full)).to.deep.equal([]);
      expect(tags(full)).to.have.length(7);
      expect(full.shadowRoot!.querySelector('followup-checklist')!.shadowRoot!.querySelectorAll('li')).to.have.length(7);
    });
  });
});

