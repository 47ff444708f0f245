import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/interview-reflection/define.js';
import { InterviewReflectionElement } from '../src/interview-reflection/interview-reflection.js';
import { axeViolations, captureDownloads, captureWarnings, expectReflowAt320, part, parts, requests, sleep, store, stored, stub } from './helpers.js';

const KEY = 'onward:interview-reflection:iv';

async function render(attrs = ''): Promise<InterviewReflectionElement> {
  const host = document.createElement('div');
  host.innerHTML = `<interview-reflection ${attrs}></interview-reflection>`;
  const el = host.firstElementChild as InterviewReflectionElement;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const fields = (el: Element) => parts<HTMLTextAreaElement>(el, 'field');

async function write(el: InterviewReflectionElement, index: number, value: string, commit = true) {
  const field = fields(el)[index];
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (commit) field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<interview-reflection>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.querySelectorAll('interview-reflection').forEach((el) => el.remove());
    localStorage.clear();
  });

  it('asks four prompts, each a labelled text area with a hint', async () => {
    const el = await render();
    expect(new Set(fields(el).map((f) => f.id)).size).to.equal(4);
    expect(fields(el).map((f) => f.labels![0].textContent)).to.deep.equal([
      'What went well?',
      'Which question would you answer differently?',
      'What did you learn about the work?',
      'What’s one thing to practice next?',
    ]);
    for (const field of fields(el)) {
      // Each field is described by the hint of its own prompt.
      const hint = el.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!)!;
      expect(hint.closest('[part~="prompt"]')).to.equal(field.closest('[part~="prompt"]'));
      expect(hint.textContent!.length).to.be.greaterThan(30);
    }
    expect(part(el, 'intro')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Only you can see them.');
    // Long answers are welcome, but bounded: what is saved on the device stays small.
    expect(fields(el).map((f) => f.maxLength)).to.deep.equal([5000, 5000, 5000, 5000]);
  });

  it('fires onward-change with the field id only, never the text', async () => {
    const el = await render();
    const changed = oneEvent(el, 'onward-change');
    await write(el, 1, 'My secret answer about salary');
    const event = await changed;
    expect(event.detail).to.deep.equal({ id: 'answer-differently' });
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(JSON.stringify(event.detail)).not.to.contain('secret');
  });

  it('saves answers under onward:interview-reflection:<storage-key> and restores them after a reload', async () => {
    const el = await render('storage-key="iv"');
    expect(el.shadowRoot!.textContent).to.contain('They stay in this browser; nothing is sent.');
    await write(el, 0, 'Told the migration story well.', false);
    await write(el, 3, 'Shorter answers.');
    expect(stored(KEY)).to.deep.equal({ 'went-well': 'Told the migration story well.', 'practice-next': 'Shorter answers.' });
    el.remove();
    const again = await render('storage-key="iv"');
    expect(fields(again).map((f) => f.value)).to.deep.equal(['Told the migration story well.', '', '', 'Shorter answers.']);
  });

  it('keeps and saves what was written before a storage-key arrived, and a key with its own save starts from that', async () => {
    // A host that sets storage-key late (after an API call, from a framework effect) loses nothing.
    const el = await render();
    await write(el, 1, 'Explain the trade-off first.');
    el.storageKey = 'iv';
    await el.updateComplete;
    expect(fields(el)[1].value).to.equal('Explain the trade-off first.');
    expect(stored(KEY)).to.deep.equal({ 'answer-differently': 'Explain the trade-off first.' });
    store('onward:interview-reflection:other', { 'went-well': 'Saved before' });
    el.storageKey = 'other';
    await el.updateComplete;
    expect(fields(el).map((f) => f.value)).to.deep.equal(['Saved before', '', '', '']);
  });

  it('saves nothing without a storage-key', async () => {
    const el = await render();
    await write(el, 0, 'Not kept');
    expect(localStorage.length).to.equal(0);
  });

  it('ignores stored values of the wrong shape and warns once about corrupt JSON', async () => {
    const warnings = captureWarnings();
    store(KEY, { 'went-well': 42, learned: 'ok', evil: '<img src=x>' });
    const el = await render('storage-key="iv"');
    expect(fields(el).map((f) => f.value)).to.deep.equal(['', '', 'ok', '']);
    el.remove();
    localStorage.setItem(KEY, '{"v":');
    const broken = await render('storage-key="iv"');
    expect(fields(broken).every((f) => f.value === '')).to.equal(true);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<interview-reflection> storage-key: found unreadable saved data');
  });

  it('keeps answers on the page when localStorage throws on write or read', async () => {
    stub(Storage.prototype, 'setItem', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const warnings = captureWarnings();
    const el = await render('storage-key="fault"');
    await write(el, 2, 'Still here');
    el.remove();
    stub(Storage.prototype, 'getItem', () => {
      throw new DOMException('denied', 'SecurityError');
    });
    const again = await render('storage-key="fault"');
    expect(fields(again)[2].value).to.equal('Still here');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<interview-reflection> storage-key: could not use localStorage');
  });

  it('follows answers written in another tab', async () => {
    const el = await render('storage-key="iv"');
    store(KEY, { learned: 'From the other tab' });
    const value = localStorage.getItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: value, storageArea: localStorage }));
    await el.updateComplete;
    expect(fields(el)[2].value).to.equal('From the other tab');
  });

  it('downloads a readable text file with every prompt and answer', async () => {
    const downloads = captureDownloads();
    const el = await render('company="Northwind Studio" job-title="Designer"');
    await write(el, 0, 'Clear portfolio walkthrough');
    // Only spaces and line breaks is no answer yet.
    await write(el, 1, ' \n\n  ');
    part(el, 'download')!.click();
    expect(downloads.files).to.have.length(1);
    const [file] = downloads.files;
    expect(file.name).to.equal('interview-notes-northwind-studio.txt');
    expect(file.type).to.equal('text/plain;charset=utf-8');
    expect((await file.text).split('\r\n')).to.deep.equal([
      'My interview notes',
      'The Designer role at Northwind Studio',
      '',
      'What went well?',
      'Clear portfolio walkthrough',
      '',
      'Which question would you answer differently?',
      '(nothing yet)',
      '',
      'What did you learn about the work?',
      '(nothing yet)',
      '',
      'What’s one thing to practice next?',
      '(nothing yet)',
      '',
    ]);
    // The file's blob: URL is let go once the download has started, so the notes do not stay in memory.
    expect(downloads.revoked).to.deep.equal([]);
    await sleep(1100);
    expect(downloads.made).to.have.length(1);
    expect(downloads.revoked).to.deep.equal(downloads.made);
    // With only the job known, the file still says which role it is about.
    el.company = undefined;
    part(el, 'download')!.click();
    expect((await downloads.files[1].text).split('\r\n').slice(0, 2)).to.deep.equal(['My interview notes', 'The Designer role']);
    // With neither, no line about the role: the prompts follow the title.
    el.jobTitle = undefined;
    part(el, 'download')!.click();
    expect(downloads.files[2].name).to.equal('interview-notes.txt');
    expect((await downloads.files[2].text).split('\r\n').slice(0, 3)).to.deep.equal(['My interview notes', '', 'What went well?']);
  });

  it('asks in the page before clearing, with focus on the safe answer, and never uses window.confirm', async () => {
    const confirm = window.confirm;
    window.confirm = () => {
      throw new Error('window.confirm must not be used');
    };
    try {
      const el = await render('storage-key="iv"');
      const clear = () => part<HTMLButtonElement>(el, 'clear')!;
      expect(clear().disabled).to.equal(true);
      await write(el, 0, 'Keep me');
      clear().click();
      await el.updateComplete;
      await sleep(0);
      const confirmBox = part(el, 'confirm')!;
      expect(confirmBox.textContent).to.contain('Clear all your notes? This can’t be undone.');
      // Its two buttons are a group named by the question, so "Keep them" is heard with it.
      expect(confirmBox.getAttribute('role')).to.equal('group');
      expect(el.shadowRoot!.getElementById(confirmBox.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'Clear all your notes? This can’t be undone.',
      );
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Keep them');
      (el.shadowRoot!.activeElement as HTMLButtonElement).click();
      await el.updateComplete;
      await sleep(0);
      expect(fields(el)[0].value).to.equal('Keep me');
      expect(el.shadowRoot!.activeElement).to.equal(clear());
      clear().click();
      await el.updateComplete;
      await sleep(0);
      const yes = [...part(el, 'confirm')!.querySelectorAll('button')].find((b) => b.textContent!.includes('Yes'))!;
      yes.click();
      await el.updateComplete;
      await sleep(0);
      expect(fields(el).every((f) => f.value === '')).to.equal(true);
      expect(stored(KEY)).to.deep.equal({});
      expect(el.shadowRoot!.activeElement).to.equal(fields(el)[0]);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Notes cleared.');
    } finally {
      window.confirm = confirm;
    }
  });

  it('is usable with the keyboard: Escape-free, Tab through the fields, type, clear', async () => {
    const el = await render();
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(fields(el)[0]);
    await sendKeys({ type: 'Calm and clear' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(fields(el)[1]);
    expect(fields(el)[0].value).to.equal('Calm and clear');
    before.remove();
  });

  it('asks before clearing, in the danger style, and Escape keeps the notes', async () => {
    const el = await render();
    await write(el, 1, 'Keep me');
    part<HTMLButtonElement>(el, 'clear')!.click();
    await el.updateComplete;
    const yes = part(el, 'confirm')!.querySelector('button')!;
    expect(yes.classList.contains('danger')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'confirm')!.querySelector('button:last-of-type'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect(fields(el)[1].value).to.equal('Keep me');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'clear'));
  });

  it('never sends the text anywhere: no request while writing, saving and downloading', async () => {
    captureDownloads();
    const before = requests().length;
    const el = await render('storage-key="iv" company="Acme"');
    await write(el, 0, 'Private words');
    part(el, 'download')!.click();
    await sleep(100);
    expect(requests().slice(before).filter((url) => !url.includes('/src/') && !url.includes('/node_modules/'))).to.deep.equal([]);
  });

  it('has no axe violations, empty, filled and while confirming, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await render(`theme="${theme}"`);
      expect(await axeViolations(el)).to.deep.equal([]);
      await write(el, 0, 'Some words');
      part(el, 'clear')!.click();
      await el.updateComplete;
      expect(await axeViolations(el), theme).to.deep.equal([]);
      el.remove();
    }
  });

  it('reflows at 320px wide without horizontal scrolling', () => expectReflowAt320(() => render()));
});
