import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';
import '../src/rejection-support/define.js';
import { RejectionSupportElement } from '../src/rejection-support/rejection-support.js';
import { axeViolations, captureClipboard, captureDownloads, captureWarnings, part, requests, sleep, stored, visibleText } from './helpers.js';

async function render(attrs = ''): Promise<RejectionSupportElement> {
  const host = document.createElement('div');
  host.innerHTML = `<rejection-support ${attrs}></rejection-support>`;
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
    expect(visibleText(takeaways)).to.contain('If the first choice falls through');
    expect(recap.applications).to.equal(9);
    expect(visibleText(recap)).to.contain('You started');
    expect(visibleText(recap)).to.contain('3 screening calls');
    expect(checklist.contactEmail).to.equal('jordan@northwind.example');
    expect(email.tone).to.equal('brief');
    expect(email.body).to.contain('Hi Jordan,');
    expect(email.body).to.contain('Any feedback you can share would help me a lot.');
    expect(part<HTMLAnchorElement>(email, 'email')!.href).to.match(/^mailto:jordan@northwind\.example\?/);
    expect(reflection.storageKey).to.equal('kit');
    const downloads = captureDownloads();
    part(reflection, 'download')!.click();
    expect((await downloads.files[0].text).split('\r\n')[1]).to.equal('the Designer role at Northwind');
    expect(stay.linkedinUrl).to.equal('https://linkedin.com/in/jordan');
    expect(visibleText(stay, 'reapply')).to.equal('You can apply again from May 1, 2099.');
    expect(part<HTMLAnchorElement>(stay, 'community')!.href).to.equal('https://jobs.example/community');
    expect(resume.href).to.equal('https://jobs.example/resume');
    // In the kit the call to action is a banner, with its line of text.
    expect(visibleText(resume, 'description')).to.contain('Looking for work?');

    el.setAttribute('company', 'Contoso');
    el.contactName = 'Sam';
    el.theme = 'dark';
    await settle(el);
    expect(visibleText(takeaways)).to.contain('the Designer role at Contoso');
    expect(email.body).to.contain('Hi Sam,');
    expect(sections(el).every((s) => s.theme === 'dark')).to.equal(true);
    el.removeAttribute('runner-up');
    await settle(el);
    expect(visibleText(takeaways)).not.to.contain('first choice');
  });

  // What the person did in the sections, then a change from the host: the same sections must hold it.
  async function keepsWork(change: (el: RejectionSupportElement) => void) {
    const el = await render('company="Northwind" contact-name="Jordan"');
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
});
