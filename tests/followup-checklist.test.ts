import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/followup-checklist/define.js';
import { DEFAULT_ITEMS, FollowupChecklistElement } from '../src/followup-checklist/followup-checklist.js';
import type { ChecklistChangeDetail } from '../src/internal/events.js';
import { registerLocale } from '../src/internal/registry.js';
import { BAD_URLS, XSS, axeViolations, beforeEachTask, captureWarnings, drawnIn, forgetWarnings, expectReflowAt320, frame, injected, isDrawing, part, parts, sleep, store, stored, stub, ticks, visibleText } from './helpers.js';

const DEFAULT_IDS = [...DEFAULT_ITEMS];

async function render(attrs = ''): Promise<FollowupChecklistElement> {
  const host = document.createElement('div');
  host.innerHTML = `<followup-checklist ${attrs}></followup-checklist>`;
  const el = host.firstElementChild as FollowupChecklistElement;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const boxes = (el: Element) => parts<HTMLInputElement>(el, 'checkbox');
const labels = (el: Element) => parts(el, 'label').map((l) => l.textContent!.trim());
const links = (el: Element) => parts<HTMLAnchorElement>(el, 'action');
const progressText = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

async function tick(el: FollowupChecklistElement, index: number): Promise<void> {
  boxes(el)[index].click();
  await el.updateComplete;
}

const KEY = 'onward:followup-checklist:test';

describe('<followup-checklist>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.querySelectorAll('followup-checklist, iframe').forEach((el) => el.remove());
    localStorage.clear();
  });

  describe("steps and words", () => {
    it('shows the seven default steps, each with a label, a reason and a labelled checkbox', async () => {
      const el = await render();
      expect(boxes(el)).to.have.length(7);
      expect(labels(el)).to.deep.equal([
        'Send a thank-you email',
        'Ask for feedback',
        'Connect on LinkedIn',
        'Write down how it went',
        'Update your resume and profiles',
        'Apply to one new role this week',
        'Check in again in a month',
      ]);
      for (const box of boxes(el)) {
        expect(box.labels![0].textContent!.trim().length).to.be.greaterThan(5);
        // Each box is described by its own step's reason, not another step's.
        const why = el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!;
        expect(why.closest('li')).to.equal(box.closest('li'));
        expect(why.textContent!.trim()).to.match(/\.$/);
      }
      // No "0 of 7" before the first tick: no count and no empty bar, and no Start over.
      expect(progressText(el)).to.equal('');
      const bar = part<HTMLProgressElement>(el, 'progress-bar')!;
      expect(bar.hidden).to.equal(true);
      expect(part(el, 'reset')!.hidden).to.equal(true);
      await tick(el, 0);
      expect([bar.max, bar.value, bar.hidden]).to.deep.equal([7, 1, false]);
      // The bar's accessible name is the visible progress text.
      expect(el.shadowRoot!.getElementById(bar.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal('1 of 7 done');
      await tick(el, 0);
      expect(el.checked).to.deep.equal([]);
    });

    it('uses the contact name and company in the steps', async () => {
      const el = await render('contact-name="Jordan" company="Northwind"');
      expect(labels(el)).to.include.members([
        'Send Jordan a thank-you email',
        'Connect with Jordan on LinkedIn',
      ]);
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Your next steps');
      el.candidateName = 'Ana';
      await el.updateComplete;
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Next steps for Ana');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h4');
    });

    it('hides the progress with hide-progress', async () => {
      const el = await render('hide-progress');
      expect(part(el, 'progress')).to.equal(null);
      expect(part(el, 'progress-bar')).to.equal(null);
    });

    it('builds its steps again in a language set after the first render', async () => {
      registerLocale('eo', { 'followup-checklist': { 'ask-feedback': 'Petu komentojn' } });
      const el = await render();
      expect(labels(el)[1]).to.equal('Ask for feedback');
      el.lang = 'eo';
      await el.updateComplete;
      expect(labels(el)[1]).to.equal('Petu komentojn');
      el.removeAttribute('lang');
      await el.updateComplete;
      expect(labels(el)[1]).to.equal('Ask for feedback');
    });
  });

  describe("ticking", () => {
    it('fires onward-change with {id, checked, done, total} when a step is ticked or unticked', async () => {
      const el = await render();
      const details: ChecklistChangeDetail[] = [];
      let flags: [boolean, boolean] = [false, false];
      document.addEventListener('onward-change', (e) => {
        details.push(e.detail as ChecklistChangeDetail);
        flags = [e.bubbles, e.composed];
      });
      await tick(el, 1);
      await tick(el, 3);
      await tick(el, 1);
      expect(details).to.deep.equal([
        { id: 'ask-feedback', checked: true, done: 1, total: 7 },
        { id: 'reflect-interview', checked: true, done: 2, total: 7 },
        { id: 'ask-feedback', checked: false, done: 1, total: 7 },
      ]);
      expect(flags).to.deep.equal([true, true]);
      expect(el.checked).to.deep.equal(['reflect-interview']);
      expect(progressText(el)).to.equal('1 of 7 done');
      expect(part<HTMLProgressElement>(el, 'progress-bar')!.value).to.equal(1);
      // Done reads as done, not struck out as cancelled: the label quietens.
      expect(getComputedStyle(parts(el, 'label')[3]).textDecorationLine).to.equal('none');
      expect(getComputedStyle(parts(el, 'label')[3]).color).not.to.equal(getComputedStyle(parts(el, 'label')[2]).color);
    });

    it('re-renders only the toggled step (and the progress) when a box is ticked', async () => {
      const el = await render('contact-email="a@b.example" jobs-url="/jobs"');
      const items = parts(el, 'item');
      const changed = new Set<Node>();
      const observer = new MutationObserver((records) => records.forEach((r) => changed.add(r.target)));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      await tick(el, 3);
      observer.disconnect();
      const outside = [...changed].filter(
        (node) => !items[3].contains(node) && !part(el, 'progress')!.contains(node) && !el.shadowRoot!.querySelector('.actions')!.contains(node) && node !== el.shadowRoot!.querySelector('.actions'),
      );
      expect(outside.map((n) => (n as Element).outerHTML ?? n.textContent)).to.deep.equal([]);
      for (const [i, item] of items.entries()) if (i !== 3) expect([...changed].some((n) => item.contains(n)), `item ${i}`).to.equal(false);
      // The ticked step shows it: a checked box.
      expect(boxes(el)[3].checked).to.equal(true);
    });

    it('fires onward-complete once, when the last open step is ticked by the person', async () => {
      const el = await render('exclude="connect-linkedin,keep-applying,check-in-later,update-materials"');
      let completes = 0;
      el.addEventListener('onward-complete', () => completes++);
      await tick(el, 0);
      await tick(el, 1);
      const done = oneEvent(el, 'onward-complete');
      boxes(el)[2].click();
      const event = await done;
      expect(event.detail).to.deep.equal({ total: 3 });
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      await el.updateComplete;
      // One status sentence, so the count and the praise do not run together ("3 of 3 done All done").
      expect(progressText(el)).to.equal('All 3 done.');
      await tick(el, 2);
      await tick(el, 2);
      expect(completes).to.equal(2);
    });

    it('reads and sets `checked` from script without firing events', async () => {
      const el = await render();
      let events = 0;
      el.addEventListener('onward-change', () => events++);
      el.addEventListener('onward-complete', () => events++);
      el.checked = DEFAULT_IDS;
      await el.updateComplete;
      expect(boxes(el).every((b) => b.checked)).to.equal(true);
      expect(progressText(el)).to.equal('All 7 done.');
      el.checked = ['check-in-later', 'not-a-step', 'thank-you-email'];
      await el.updateComplete;
      expect(el.checked).to.deep.equal(['thank-you-email', 'check-in-later']);
      expect(boxes(el).map((b) => b.checked)).to.deep.equal([true, false, false, false, false, false, true]);
      expect(events).to.equal(0);
    });

    it('warns once about a `checked` that is not an array and keeps the ticks it had', async () => {
      const warnings = captureWarnings();
      const el = await render();
      el.checked = ['ask-feedback'];
      for (const bad of ['ask-feedback', 'ask-feedback', null, { 0: 'thank-you-email' }]) {
        forgetWarnings();
        el.checked = bad as unknown as string[];
        await el.updateComplete;
      }
      expect(el.checked).to.deep.equal(['ask-feedback']);
      expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, true, false, false, false, false, false]);
      expect(warnings.messages).to.have.length(3);
      expect(warnings.messages.every((m) => m === '<followup-checklist> checked: expected an array of ids')).to.equal(true);
    });

    it('marks ticked boxes, and only those, with the `checked` attribute, as a server renders them', async () => {
      // A server renders attributes only: a box without the attribute reads as unticked before
      // JavaScript loads (and when it never does), one with it as ticked.
      const el = await render();
      const marked = () => boxes(el).map((b) => b.hasAttribute('checked'));
      expect(marked()).to.deep.equal([false, false, false, false, false, false, false]);
      el.checked = ['ask-feedback'];
      await el.updateComplete;
      expect(marked()).to.deep.equal([false, true, false, false, false, false, false]);
      boxes(el)[0].click();
      await el.updateComplete;
      expect(marked()).to.deep.equal([true, true, false, false, false, false, false]);
      // A box the person clicked no longer follows its attribute: the state still reaches it.
      part(el, 'reset')!.click();
      await el.updateComplete;
      part(el, 'reset-yes')!.click();
      await el.updateComplete;
      expect(marked()).to.deep.equal([false, false, false, false, false, false, false]);
      expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, false, false, false, false, false, false]);
    });

    it('keeps the person\'s ticks when the host sets the same `checked` array again, and resets on a new one', async () => {
      const el = await render();
      const start = ['ask-feedback'];
      el.checked = start;
      await el.updateComplete;
      boxes(el)[0].click();
      await el.updateComplete;
      // What a framework wrapper does on every re-render.
      el.checked = start;
      await el.updateComplete;
      expect(el.checked).to.deep.equal(['thank-you-email', 'ask-feedback']);
      expect(boxes(el)[0].checked).to.equal(true);
      el.checked = [...start];
      await el.updateComplete;
      expect(el.checked).to.deep.equal(['ask-feedback']);
      expect(boxes(el)[0].checked).to.equal(false);
    });

    it('is usable with the keyboard: Tab to a checkbox, Space to tick it', async () => {
      const el = await render();
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.checked).to.deep.equal(['thank-you-email']);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[1]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(progressText(el)).to.equal('2 of 7 done');
      before.remove();
    });

    it('starts over with the reset button, reports it, and keeps keyboard focus in the list', async () => {
      const el = await render();
      expect(part(el, 'reset')!.hidden).to.equal(true);
      await tick(el, 0);
      await tick(el, 4);
      // Start over asks first, in the danger style; Escape (or Keep them) goes back with the ticks kept.
      part<HTMLButtonElement>(el, 'reset')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'reset-no'));
      expect(part(el, 'reset-yes')!.classList.contains('danger')).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.checked).to.deep.equal(['thank-you-email', 'update-materials']);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'reset'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      part<HTMLButtonElement>(el, 'reset-yes')!.focus();
      const change = oneEvent(el, 'onward-change');
      await sendKeys({ press: 'Enter' });
      expect((await change).detail).to.deep.equal({ id: null, checked: false, done: 0, total: 7 });
      await el.updateComplete;
      await sleep(0);
      expect(el.checked).to.deep.equal([]);
      expect(progressText(el)).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
    });
  });

  describe("links and actions", () => {
    it('builds a thank-you mailto link from contact-email whose subject and body decode exactly', async () => {
      const el = await render(
        'stage="final" contact-email="jordan.lee+jobs@northwind.example" contact-name="Jordan" company="Northwind" job-title="UX & Research" candidate-name="Ana"',
      );
      const [thanks, feedback] = links(el);
      expect(thanks.textContent!.trim()).to.equal('Write the email');
      const url = new URL(thanks.href);
      expect(url.protocol).to.equal('mailto:');
      expect(url.pathname).to.equal('jordan.lee+jobs@northwind.example');
      expect(thanks.href).to.contain('%0D%0A').and.not.contain('%0A%0A');
      const query = thanks.href.split('?')[1];
      const [subject, body] = query.split('&').map((pair) => decodeURIComponent(pair.split('=')[1]));
      expect(subject).to.equal('Thank you: UX & Research role at Northwind');
      expect(body.split('\r\n')).to.deep.equal([
        'Hi Jordan,',
        '',
        'Thank you for letting me know your decision on the UX & Research role at Northwind. I’m disappointed, of course, but grateful for the time you and the team gave me. I learned a lot from our conversations. I enjoyed getting to know Northwind, and I’d be glad to stay in touch.',
        '',
        'All the best,',
        'Ana',
      ]);
      expect(decodeURIComponent(feedback.href)).to.contain('what would have made me a stronger candidate');
      // Two drafts, two names: the request is not a second "Write the email".
      expect(feedback.textContent!.trim()).to.equal('Write the request');
    });

    it('drafts a clean email when names are missing', async () => {
      const el = await render('contact-email="hr@acme.example"');
      const body = decodeURIComponent(links(el)[0].href.split('body=')[1]);
      // With no stage, the draft claims no conversations: only what is true after any application.
      expect(body.startsWith('Hello,\r\n\r\nThank you for letting me know your decision on the role. I’d be glad')).to.equal(true);
      expect(body.endsWith('I’d be glad to stay in touch.\r\n\r\nAll the best,')).to.equal(true);
      expect(body).not.to.match(/undefined|null| {2}|Hi ,/);
    });

    it('links LinkedIn, open roles and the feedback form only from allowed URLs', async () => {
      const el = await render(
        'linkedin-url="https://www.linkedin.com/in/jordan" jobs-url="/jobs?q=design" feedback-url="https://acme.example/feedback"',
      );
      const byText = Object.fromEntries(links(el).map((a) => [a.textContent!.trim(), a.href]));
      expect(byText).to.deep.equal({
        'Request feedback': 'https://acme.example/feedback',
        'Open LinkedIn': 'https://www.linkedin.com/in/jordan',
        'Browse open roles': new URL('/jobs?q=design', location.href).href,
      });
    });

    it('refuses javascript:, data: and other schemes in every URL attribute, warning once each', async () => {
      for (const bad of BAD_URLS) {
        const warnings = captureWarnings();
        const el = await render();
        for (const attr of ['linkedin-url', 'jobs-url', 'feedback-url']) el.setAttribute(attr, bad);
        el.contactEmail = bad;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(links(el), bad).to.deep.equal([]);
        expect(warnings.messages, bad).to.have.length(4);
        for (const attr of ['linkedin-url', 'jobs-url', 'feedback-url', 'contact-email']) {
          expect(warnings.messages.some((m) => m.startsWith(`<followup-checklist> ${attr}: `))).to.equal(true);
        }
        el.remove();
      }
      expect(window.__xss).to.equal(undefined);
    });

    it('accepts only https: for LinkedIn', async () => {
      const warnings = captureWarnings();
      const el = await render('linkedin-url="http://linkedin.com/in/jordan"');
      expect(links(el)).to.have.length(0);
      expect(warnings.messages[0]).to.contain('linkedin-url');
    });

    it('fires a cancelable onward-action when a link is used, and preventDefault stops the navigation', async () => {
      const el = await render('jobs-url="https://jobs.example/search"');
      const link = links(el)[0];
      el.addEventListener('onward-action', (e) => e.preventDefault(), { once: true });
      const action = oneEvent(el, 'onward-action');
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      const event = await action;
      expect(event.detail).to.deep.equal({ action: 'jobs', id: 'keep-applying' });
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(click.defaultPrevented).to.equal(true);
      // Not cancelled: the link is left to do its job.
      const second = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.addEventListener('click', (e) => e.preventDefault(), { once: true }); // keep the test page here
      el.addEventListener('onward-action', (e) => expect(e.defaultPrevented).to.equal(false), { once: true });
      link.dispatchEvent(second);
    });
  });

  describe("a host's own steps", () => {
    it('replaces the steps with an items JSON array, with optional reasons and links', async () => {
      const items = [
        { id: 'portfolio', label: 'Refresh your portfolio', description: 'Add the case study you talked about.' },
        { id: 'mentor', label: 'Book a mock interview', href: 'https://mentors.example', action: 'mentor' },
        { id: 'guide', label: 'Read the interview guide', href: 'https://guide.example' },
      ];
      const el = await render(`items='${JSON.stringify(items)}'`);
      expect(labels(el)).to.deep.equal(items.map((i) => i.label));
      expect(visibleText(el)).to.contain('Add the case study you talked about.');
      expect(links(el).map((a) => [a.textContent!.trim(), a.getAttribute('aria-label')])).to.deep.equal([
        ['Open link', 'Open link: Book a mock interview'],
        ['Open link', 'Open link: Read the interview guide'],
      ]);
      expect(progressText(el)).to.equal('');
      const action = oneEvent(el, 'onward-action');
      el.addEventListener('onward-action', (e) => e.preventDefault(), { once: true });
      links(el)[0].click();
      expect((await action).detail).to.deep.equal({ action: 'mentor', id: 'mentor' });
      el.items = [{ id: 'a', label: 'From a property' }];
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['From a property']);
    });

    it('shows at most 50 custom steps, and reports any other action word as a plain link', async () => {
      const warnings = captureWarnings();
      const items = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, label: `Step ${i}`, href: 'https://steps.example', action: i ? 'mentor' : 'two words' }));
      const el = await render(`items='${JSON.stringify(items)}'`);
      expect(labels(el)).to.have.length(50);
      expect(labels(el)[49]).to.equal('Step 49');
      expect(progressText(el)).to.equal('');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('expected up to 50');
      const actions: string[] = [];
      el.addEventListener('onward-action', (e) => (actions.push(e.detail.action), e.preventDefault()));
      links(el)[0].click();
      links(el)[1].click();
      expect(actions).to.deep.equal(['link', 'mentor']);
    });

    it('keeps keyboard focus in place when the host changes the number of steps or the heading level', async () => {
      // The host reacts to a tick by adding a step: the list gets new DOM, the person keeps their place.
      const el = await render();
      boxes(el)[2].focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      el.exclude = 'check-in-later';
      await el.updateComplete;
      expect(boxes(el)).to.have.length(6);
      expect(el.shadowRoot!.activeElement === boxes(el)[2], 'focus after a step was left out').to.equal(true);
      expect(document.activeElement === el, 'focus still inside the checklist').to.equal(true);
      el.headingLevel = 3;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === boxes(el)[2], 'focus after the heading level changed').to.equal(true);
      expect(boxes(el)[2].checked).to.equal(true);
    });

    it('warns once about malformed or wrongly shaped items and keeps the usable ones or the defaults', async () => {
      const cases: [string, string[]][] = [
        ['[{"id":"a","label":"A"', DEFAULT_IDS],
        ['{"id":"a","label":"A"}', DEFAULT_IDS],
        ['[]', DEFAULT_IDS],
        ['[1, null, {"id":"x"}, {"label":"no id"}]', DEFAULT_IDS],
        ['[{"id":"a","label":"A"},{"id":"a","label":"Again"},{"id":"b","label":"B","href":"javascript:alert(1)"}]', ['a', 'b']],
      ];
      for (const [json, ids] of cases) {
        const warnings = captureWarnings();
        const el = await render();
        el.setAttribute('items', json);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        el.checked = ids;
        expect(el.checked, json).to.deep.equal(ids);
        expect(links(el)).to.deep.equal([]);
        expect(warnings.messages.length, json).to.be.within(1, 2);
        expect(new Set(warnings.messages).size).to.equal(warnings.messages.length);
        expect(warnings.messages.every((m) => m.startsWith('<followup-checklist> items: '))).to.equal(true);
        el.remove();
      }
    });

    it('leaves out a host’s own step by its id in any case, and reports the id as the host wrote it', async () => {
      const warnings = captureWarnings();
      const el = await render(`items='[{"id":"callRecruiter","label":"Call the recruiter"},{"id":"Portfolio","label":"Refresh the portfolio"}]' exclude="callRecruiter"`);
      expect(labels(el)).to.deep.equal(['Refresh the portfolio']);
      el.exclude = ' CALLRECRUITER ';
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Refresh the portfolio']);
      el.exclude = '';
      await el.updateComplete;
      await tick(el, 1);
      expect(el.checked).to.deep.equal(['Portfolio']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('reads numeric ids, as a database gives them, as their text in items, exclude, checked and events', async () => {
      const warnings = captureWarnings();
      const el = await render(`items='[{"id":101,"label":"Call the recruiter"},{"id":102,"label":"Send samples"},{"id":"103","label":"Update the portfolio"}]' exclude="103"`);
      expect(labels(el)).to.deep.equal(['Call the recruiter', 'Send samples']);
      el.checked = [102, 'nope', 7];
      await el.updateComplete;
      expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, true]);
      const details: unknown[] = [];
      el.addEventListener('onward-change', (e) => details.push(e.detail));
      await tick(el, 0);
      expect(details).to.deep.equal([{ id: '101', checked: true, done: 2, total: 2 }]);
      expect(el.checked).to.deep.equal(['101', '102']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('cleans a host’s step text as it cleans attributes, and skips a step whose label is blank', async () => {
      const warnings = captureWarnings();
      const el = await render();
      el.items = [
        { id: ' call ', label: '  Call\u0007 the\n  recruiter \u202e', description: ' Before \u2066Friday\u2069. ' },
        { id: 'blank', label: ' \u0000 ' },
      ];
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Call the recruiter']);
      expect(parts(el, 'description').map((d) => d.textContent)).to.deep.equal(['Before Friday .']);
      await tick(el, 0);
      expect(el.checked).to.deep.equal(['call']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<followup-checklist> items: .*skipped the rest$/);
    });

    it('leaves out excluded steps, warns about unknown ids, and never hides everything', async () => {
      const el = await render('exclude="connect-linkedin, check-in-later"');
      expect(boxes(el)).to.have.length(5);
      expect(labels(el)).not.to.include('Connect on LinkedIn');
      await tick(el, 0);
      const warnings = captureWarnings();
      el.exclude = 'keep-applying,teleport';
      await el.updateComplete;
      expect(boxes(el)).to.have.length(6);
      // A different number of steps re-renders the list: ticks and descriptions follow their steps.
      expect(el.checked).to.deep.equal(['thank-you-email']);
      expect(boxes(el).map((box) => box.checked)).to.deep.equal([true, false, false, false, false, false]);
      for (const box of boxes(el)) {
        expect(el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!.closest('li')).to.equal(box.closest('li'));
      }
      el.exclude = DEFAULT_IDS.join(',');
      await el.updateComplete;
      expect(boxes(el)).to.have.length(7);
      expect(warnings.messages).to.have.length(2);
    });
  });

  describe("saved progress", () => {
    it('saves progress under onward:followup-checklist:<storage-key> and restores it in a new element', async () => {
      const el = await render('storage-key="test"');
      expect(visibleText(el)).to.contain('Your progress is saved in this browser.');
      await tick(el, 0);
      await tick(el, 5);
      expect(stored(KEY)).to.deep.equal(ticks('thank-you-email', 'keep-applying'));
      el.remove();
      const again = await render('storage-key="test"');
      expect(again.checked).to.deep.equal(['thank-you-email', 'keep-applying']);
      expect(progressText(again)).to.equal('2 of 7 done');
    });

    it('keeps saved progress under its own tag when the host registers it under another name', async () => {
      FollowupChecklistElement.define('acme-next-steps');
      const el = document.createElement('acme-next-steps') as FollowupChecklistElement;
      el.storageKey = 'test';
      document.body.append(el);
      await el.updateComplete;
      el.shadowRoot!.querySelector('input')!.click();
      await el.updateComplete;
      expect(stored(KEY)).to.deep.equal(ticks('thank-you-email'));
      expect(localStorage.getItem('onward:acme-next-steps:test')).to.equal(null);
      el.remove();
      expect((await render('storage-key="test"')).checked).to.deep.equal(['thank-you-email']);
    });

    it('keeps and saves the ticks made before a storage-key arrived', async () => {
      const el = await render();
      await tick(el, 1);
      el.storageKey = 'test';
      await el.updateComplete;
      expect(el.checked).to.deep.equal(['ask-feedback']);
      expect(stored(KEY)).to.deep.equal(ticks('ask-feedback'));
      el.remove();
      expect((await render('storage-key="test"')).checked).to.deep.equal(['ask-feedback']);
    });

    it('shows a new storage-key’s own progress, none when it has no save, and keeps the first key’s', async () => {
      // One element reused for another application: its ticks are not carried over.
      const el = await render('storage-key="test"');
      await tick(el, 1);
      el.storageKey = 'other';
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
      expect(stored('onward:followup-checklist:other')).to.equal(undefined);
      el.storageKey = 'test';
      await el.updateComplete;
      expect(el.checked).to.deep.equal(['ask-feedback']);
    });

    it('keeps saved progress for steps that are excluded for now', async () => {
      store(KEY, ticks('connect-linkedin', 'thank-you-email'));
      const el = await render('storage-key="test" exclude="connect-linkedin"');
      expect(el.checked).to.deep.equal(['thank-you-email']);
      await tick(el, 1);
      expect(stored(KEY)).to.deep.equal(ticks('connect-linkedin', 'thank-you-email', 'ask-feedback'));
    });

    it('saves nothing without a storage-key', async () => {
      const el = await render();
      await tick(el, 0);
      expect(localStorage.length).to.equal(0);
      expect(visibleText(el)).not.to.contain('saved');
    });

    it('keeps working and warns once when localStorage throws on read', async () => {
      store('onward:followup-checklist:read-fault', ticks('ask-feedback'));
      stub(Storage.prototype, 'getItem', () => {
        throw new DOMException('denied', 'SecurityError');
      });
      const warnings = captureWarnings();
      const el = await render('storage-key="read-fault"');
      expect(el.checked).to.deep.equal([]);
      await tick(el, 0);
      expect(el.checked).to.deep.equal(['thank-you-email']);
      const again = await render('storage-key="read-fault"');
      expect(again.checked).to.deep.equal(['thank-you-email']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.equal('<followup-checklist> storage-key: could not use localStorage; keeping progress on this page only');
    });

    it('keeps progress in memory and warns once when localStorage throws on write (quota)', async () => {
      const restore = stub(Storage.prototype, 'setItem', () => {
        throw new DOMException('full', 'QuotaExceededError');
      });
      const warnings = captureWarnings();
      const el = await render('storage-key="quota"');
      await tick(el, 0);
      await tick(el, 1);
      expect(el.checked).to.deep.equal(['thank-you-email', 'ask-feedback']);
      el.remove();
      const again = await render('storage-key="quota"');
      expect(again.checked).to.deep.equal(['thank-you-email', 'ask-feedback']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('could not use localStorage');
      // Once storage works again, the next change is written through.
      restore();
      await tick(again, 2);
      expect(Object.keys(stored('onward:followup-checklist:quota')!)).to.have.length(3);
    });

    it('starts fresh and warns once when the saved data is corrupt', async () => {
      for (const junk of ['{not json', '"a string"', '{"checked": 5}', '{"v":5,"t":{}}', 'null', '[1,2,{"x":1}]']) {
        localStorage.setItem(KEY, junk);
        const warnings = captureWarnings();
        const el = await render('storage-key="test"');
        expect(el.checked, junk).to.deep.equal([]);
        expect(boxes(el)).to.have.length(7);
        await tick(el, 2);
        expect(stored(KEY)).to.deep.equal(ticks('connect-linkedin'));
        expect(warnings.messages.length).to.be.at.most(1);
        el.remove();
      }
    });

    it('stays in sync with another tab through the storage event', async () => {
      const el = await render('storage-key="sync"');
      const { win } = await frame(
        `<script type="module" src="/src/followup-checklist/define.ts"></script>
         <followup-checklist storage-key="sync"></followup-checklist>`,
        drawnIn('followup-checklist'),
      );
      const other = win.document.querySelector('followup-checklist') as FollowupChecklistElement;
      (other.shadowRoot!.querySelectorAll('input')[3] as HTMLInputElement).click();
      for (let i = 0; i < 50 && !el.checked.length; i++) await sleep(20);
      expect(el.checked).to.deep.equal(['reflect-interview']);
      await tick(el, 0);
      for (let i = 0; i < 50 && other.checked.length < 2; i++) await sleep(20);
      expect(other.checked).to.deep.equal(['thank-you-email', 'reflect-interview']);
      // Another tab's script clearing storage takes nothing away: the ticks go straight back.
      win.localStorage.clear();
      for (let i = 0; i < 50 && !localStorage.getItem(KEY.replace('test', 'sync')); i++) await sleep(20);
      expect(el.checked).to.deep.equal(['thank-you-email', 'reflect-interview']);
      expect(stored(KEY.replace('test', 'sync'))).to.deep.equal(ticks('thank-you-email', 'reflect-interview'));
    });

    it('keeps two checklists with the same key on one page in step', async () => {
      const a = await render('storage-key="twin"');
      const b = await render('storage-key="twin"');
      await tick(a, 2);
      await b.updateComplete;
      expect(b.checked).to.deep.equal(['connect-linkedin']);
    });
  });

  describe("accessibility and hostile input", () => {
    it('has no axe violations: default, with links, all done, dark', async () => {
      const variants = [
        '',
        'contact-email="a@b.example" contact-name="Jo" linkedin-url="https://linkedin.com/in/jo" jobs-url="/jobs" feedback-url="/f"',
        'theme="dark" contact-email="a@b.example" jobs-url="/jobs"',
        'hide-progress heading-level="4"',
      ];
      for (const attrs of variants) {
        const el = await render(attrs);
        expect(await axeViolations(el), attrs).to.deep.equal([]);
        el.checked = DEFAULT_IDS;
        await el.updateComplete;
        expect(await axeViolations(el), `${attrs} (all done)`).to.deep.equal([]);
        el.remove();
      }
    });

    it('renders hostile text as text in every text attribute and in items', async () => {
      const warnings = captureWarnings();
      for (const payload of XSS) {
        const el = await render();
        for (const attr of ['contact-name', 'company', 'job-title', 'candidate-name', 'storage-key', 'exclude']) {
          el.setAttribute(attr, payload);
        }
        await el.updateComplete;
        expect(injected(el)).to.deep.equal([]);
        expect(visibleText(el)).to.contain(`Send ${payload.replace(/\s+/g, ' ')} a thank-you email`);
        el.items = [{ id: payload, label: payload, description: payload }];
        await el.updateComplete;
        expect(injected(el)).to.deep.equal([]);
        expect(labels(el)).to.deep.equal([payload.replace(/\s+/g, ' ')]);
        el.remove();
      }
      // The only complaints are about the exclude list, once on the page whatever the payload: it
      // names no default step, and then it names the host's only step.
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.match(/^<followup-checklist> exclude: known values are .*; using the default$/);
      expect(warnings.messages[1]).to.equal('<followup-checklist> exclude: it hides every step; showing all');
      await sleep(50);
      expect(window.__xss).to.equal(undefined);
    });

    it('reflows at 320px wide without horizontal scrolling', () => expectReflowAt320(() => fixture<FollowupChecklistElement>(html`<followup-checklist
          contact-name="Bartholomew-Maximilian Featherstonehaugh"
          company="Internationalization Incorporated"
          contact-email="a@b.example"
          jobs-url="/jobs"
        ></followup-checklist>`)));
  });

  describe("in a host page", () => {
    it('keeps `checked`, `items` and other properties a host script set before the element was defined', async () => {
      // A host may set properties on the tag before Onward's script has loaded (or in a framework that
      // renders first): the element must take them over when it upgrades, not leave them shadowed.
      const el = document.createElement('late-checklist') as FollowupChecklistElement;
      document.body.append(el);
      el.items = [{ id: 'a', label: 'First' }, { id: 'b', label: 'Second' }, { id: 'c', label: 'Third' }];
      el.checked = ['c', 'a'];
      el.hideProgress = true;
      FollowupChecklistElement.define('late-checklist');
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['First', 'Second', 'Third']);
      expect(boxes(el).map((box) => box.checked)).to.deep.equal([true, false, true]);
      expect(el.checked).to.deep.equal(['a', 'c']);
      expect(part(el, 'progress')).to.equal(null);
      // And `checked` is the element's own property from now on, not a leftover plain value.
      el.checked = ['b'];
      await el.updateComplete;
      expect(boxes(el).map((box) => box.checked)).to.deep.equal([false, true, false]);
    });

    it('draws its frame, then its steps a few per task, unseen until all are in', async () => {
      const el = document.createElement('followup-checklist');
      // What the page sees at the start of each task (a timer with no delay) while it is drawing.
      const steps: number[] = [];
      const stopWatching = beforeEachTask(() => {
        if (isDrawing(el) && part(el, 'base')) steps.push(boxes(el).length);
      });
      try {
        document.body.append(el);
        expect(el.shadowRoot!.childElementCount, 'drawn in the task that connected it').to.equal(0);
        await el.updateComplete;
        await sleep(0);
      } finally {
        stopWatching();
      }
      // The frame with no steps, then a few more steps per task; updateComplete waits for all seven.
      expect(steps[0]).to.equal(0);
      expect(steps.every((n, i) => i === 0 || (n > steps[i - 1] && n - steps[i - 1] <= 3))).to.equal(true);
      expect(boxes(el)).to.have.length(7);
      expect(isDrawing(el)).to.equal(false);
    });

    it('registers under another tag name, and a second define is a no-op', async () => {
      expect(() => FollowupChecklistElement.define()).not.to.throw();
      FollowupChecklistElement.define('my-checklist');
      const el = document.createElement('my-checklist') as FollowupChecklistElement;
      document.body.append(el);
      await el.updateComplete;
      expect(boxes(el)).to.have.length(7);
      el.remove();
    });
  });
});
