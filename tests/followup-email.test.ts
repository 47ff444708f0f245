import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/followup-email/define.js';
import { FollowupEmailElement } from '../src/followup-email/followup-email.js';
import { XSS, axeViolations, captureClipboard, captureWarnings, forgetWarnings, expectReflowAt320, injected, part, sleep, stub } from './helpers.js';

async function render(attrs = ''): Promise<FollowupEmailElement> {
  const host = document.createElement('div');
  host.innerHTML = `<followup-email ${attrs}></followup-email>`;
  const el = host.firstElementChild as FollowupEmailElement;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const subjectField = (el: Element) => part<HTMLInputElement>(el, 'subject')!;
const bodyField = (el: Element) => part<HTMLTextAreaElement>(el, 'body')!;
const link = (el: Element) => part<HTMLAnchorElement>(el, 'email')!;
const status = (el: Element) => part(el, 'status')!.textContent!.trim();

/** Splits a mailto: href the way a mail app does. */
function parseMailto(href: string) {
  const [to, query] = href.slice('mailto:'.length).split('?');
  const params = Object.fromEntries(query.split('&').map((kv) => kv.split('=')));
  return { to, subject: decodeURIComponent(params.subject), body: decodeURIComponent(params.body) };
}

async function type(el: FollowupEmailElement, field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const FULL =
  'stage="final" candidate-name="Ana" contact-name="Jordan" contact-email="jordan@northwind.example" company="Northwind" job-title="Product Designer"';

describe('<followup-email>', () => {
  it('asks the person to sign a draft that has no name to end on, beside the message, and only then', async () => {
    const unsigned = await render('contact-name="Jordan" company="Acme"');
    const body = part<HTMLTextAreaElement>(unsigned, 'body')!;
    expect(body.value.trimEnd().endsWith('All the best,')).to.equal(true);
    const hint = part(unsigned, 'hint')!;
    expect(hint.textContent!.trim()).to.equal('Add your name at the end before you send it.');
    expect(body.getAttribute('aria-describedby')).to.equal(hint.id);
    unsigned.remove();
    const signed = await render('candidate-name="Ana" contact-name="Jordan" company="Acme"');
    expect(part(signed, 'hint')).to.equal(null);
    expect(part(signed, 'body')!.hasAttribute('aria-describedby')).to.equal(false);
    signed.remove();
  });

  afterEach(() => document.querySelectorAll('followup-email').forEach((el) => el.remove()));

  it('drafts a warm, complete email from the attributes', async () => {
    const el = await render(FULL);
    expect(subjectField(el).value).to.equal('Thank you: Product Designer role at Northwind');
    expect(bodyField(el).value).to.equal(
      [
        'Hi Jordan,',
        'Thank you for letting me know your decision on the Product Designer role at Northwind. I’m disappointed, of course, but grateful for the time you and the team gave me. I learned a lot from our conversations. I enjoyed getting to know Northwind, and I’d be glad to stay in touch.',
        'All the best,\nAna',
      ].join('\n\n'),
    );
    expect(el.subject).to.equal(subjectField(el).value);
    expect(el.body).to.equal(bodyField(el).value);
  });

  it('reads naturally with any combination of details missing', async () => {
    // A legal name that ends in a full stop must not get a second one at the end of a sentence.
    const names = ['candidate-name="Ana"', 'contact-name="Jordan"', 'company="Northwind Inc."', 'job-title="Designer"'];
    const options = ['', 'tone="brief"', 'runner-up', 'ask-feedback', 'tone="brief" runner-up ask-feedback'];
    for (let mask = 0; mask < 16; mask++) {
      for (const option of options) {
        const attrs = `${names.filter((_, i) => mask & (1 << i)).join(' ')} ${option}`;
        const el = await render(attrs);
        const text = `${el.subject}\n${el.body}`;
        expect(text, attrs).not.to.match(/undefined|null|NaN|\{|\}| {2}| ,|Hi ,|Dear ,|\n{3}| \n|\n |\.\./);
        expect(el.body, attrs).to.match(/^(Hi [A-Za-z]+|Hello),\n\n/);
        expect(el.body, attrs).to.match(/(All the best|Best),(\nAna)?$/);
        el.remove();
      }
    }
  });

  it('changes the draft with tone, runner-up and ask-feedback', async () => {
    const warm = await render(FULL);
    const brief = await render(`${FULL} tone="brief"`);
    expect(brief.body).to.equal(
      'Hi Jordan,\n\nThank you for letting me know your decision on the Product Designer role at Northwind, and for your time. I’d be glad to stay in touch.\n\nBest,\nAna',
    );
    expect(warm.body.length).to.be.greaterThan(brief.body.length * 1.5);
    warm.runnerUp = true;
    await warm.updateComplete;
    expect(warm.body).to.contain('If anything changes, or a similar role opens up, I’d love to be considered.');
    warm.askFeedback = true;
    await warm.updateComplete;
    expect(warm.body).to.contain('what would have made me a stronger candidate');
    expect(warm.body.indexOf('similar role')).to.be.lessThan(warm.body.indexOf('stronger candidate'));
    brief.setAttribute('runner-up', '');
    brief.setAttribute('ask-feedback', '');
    await brief.updateComplete;
    expect(brief.body).to.contain('If a similar role opens up, I’d love to hear from you.');
    expect(brief.body).to.contain('Any feedback you can share would help me a lot.');
  });

  it('warns once about an unknown tone and writes the warm draft', async () => {
    const warnings = captureWarnings();
    const el = await render(`${FULL} tone="angry"`);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.body).to.contain('grateful for the time');
    expect(warnings.messages).to.deep.equal([
      '<followup-email> tone: expected warm | brief; using "warm"',
    ]);
  });

  it('builds a mailto: link whose subject and body round-trip exactly, CRLF line breaks', async () => {
    const el = await render(`${FULL} company="R&D Lab; 100% #1?"`);
    await type(el, bodyField(el), 'Line one & more\nLine two: 50% off? #yes\n\nÜnïcödé ✓');
    const href = link(el).getAttribute('href')!;
    expect(href).to.contain('%0D%0A');
    expect(href).not.to.match(/[\s]/);
    const mail = parseMailto(href);
    expect(mail.to).to.equal('jordan@northwind.example');
    expect(mail.subject).to.equal(el.subject);
    expect(mail.body).to.equal('Line one & more\r\nLine two: 50% off? #yes\r\n\r\nÜnïcödé ✓');
  });

  it('takes the recipient only from a valid contact-email', async () => {
    const warnings = captureWarnings();
    // The last is well formed but longer than the 254 characters an address may have.
    const long = `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(9)}.example`;
    for (const bad of ['not-an-email', 'a@b', 'x@y.com?cc=evil@z.com', 'javascript:alert(1)@x.com', 'a b@c.com', long]) {
      forgetWarnings();
      const el = await render(`contact-email="${bad}"`);
      expect(parseMailto(link(el).getAttribute('href')!).to, bad).to.equal('');
      el.remove();
    }
    expect(warnings.messages).to.have.length(6);
    expect(warnings.messages.every((m) => m.startsWith('<followup-email> contact-email: '))).to.equal(true);
  });

  it('bounds what can be typed: a subject line, and a body far longer than any thank-you note', async () => {
    const el = await render();
    expect([subjectField(el).maxLength, bodyField(el).maxLength]).to.deep.equal([300, 10000]);
  });

  it('lets the person edit, keeps edits when attributes change, and restores the draft', async () => {
    const el = await render(FULL);
    const reset = part<HTMLButtonElement>(el, 'reset')!;
    expect(reset.disabled).to.equal(true);
    await type(el, subjectField(el), 'Thanks, Jordan');
    await type(el, bodyField(el), 'My own words.');
    expect(el.subject).to.equal('Thanks, Jordan');
    expect(parseMailto(link(el).href)).to.deep.include({ subject: 'Thanks, Jordan', body: 'My own words.' });
    el.company = 'Contoso';
    await el.updateComplete;
    expect(bodyField(el).value).to.equal('My own words.');
    expect(reset.disabled).to.equal(false);
    reset.click();
    await el.updateComplete;
    await sleep(0);
    expect(bodyField(el).value).to.contain('I enjoyed getting to know Contoso');
    expect(subjectField(el).value).to.equal('Thank you: Product Designer role at Contoso');
    expect(status(el)).to.equal('Draft restored.');
  });

  it('copies with the async Clipboard API and says so politely', async () => {
    const el = await render(FULL);
    const { copied } = captureClipboard();
    const action = oneEvent(el, 'onward-action');
    part(el, 'copy')!.click();
    const event = await action;
    expect(event.detail).to.deep.equal({ action: 'copy' });
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    await sleep(20);
    await el.updateComplete;
    expect(copied).to.deep.equal([el.body]);
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('Copied. Paste it into your email app.');
    // Copied again: the message is emptied and said again, so a screen reader announces it again.
    const said: string[] = [];
    const watch = new MutationObserver(() => said.push(status(el)));
    watch.observe(part(el, 'status')!, { childList: true, subtree: true, characterData: true });
    part(el, 'copy')!.click();
    await sleep(20);
    await el.updateComplete;
    watch.disconnect();
    expect(said.indexOf(''), said.join(' | ')).to.be.within(0, said.lastIndexOf('Copied. Paste it into your email app.') - 1);
  });

  it('falls back to a selection copy, and says what to do when that fails too', async () => {
    const el = await render(FULL);
    captureClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    let result = true;
    const commands: string[] = [];
    stub(document, 'execCommand', (command: string) => (commands.push(command), result));
    part(el, 'copy')!.click();
    await sleep(20);
    await el.updateComplete;
    expect(commands).to.deep.equal(['copy']);
    const area = bodyField(el);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    expect(status(el)).to.equal('Copied. Paste it into your email app.');
    result = false;
    part(el, 'copy')!.click();
    await sleep(20);
    await el.updateComplete;
    expect(status(el)).to.contain('press Ctrl+C');
  });

  it('skips the copy when onward-action is cancelled', async () => {
    const el = await render(FULL);
    const { copied } = captureClipboard();
    el.addEventListener('onward-action', (e) => e.preventDefault());
    part(el, 'copy')!.click();
    await sleep(20);
    expect(copied).to.deep.equal([]);
    expect(status(el)).to.equal('');
  });

  it('fires a cancelable onward-action for Open in email app', async () => {
    const el = await render(FULL);
    el.addEventListener('onward-action', (e) => e.preventDefault(), { once: true });
    const action = oneEvent(el, 'onward-action');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link(el).dispatchEvent(click);
    expect((await action).detail).to.deep.equal({ action: 'email' });
    expect(click.defaultPrevented).to.equal(true);
  });

  it('is usable with the keyboard, and keeps focus in the form when the draft is restored', async () => {
    const el = await render(FULL);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    const { copied } = captureClipboard();
    try {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(subjectField(el));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(bodyField(el));
      await sendKeys({ type: ' Thanks again!' });
      await el.updateComplete;
      expect(el.body.endsWith(' Thanks again!')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'copy'));
      await sendKeys({ press: 'Enter' });
      await sleep(20);
      expect(copied).to.deep.equal([el.body]);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(link(el));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'reset'));
      // Restoring disables the button: focus goes to the top of the draft, not back to the page.
      await sendKeys({ press: 'Enter' });
      await sleep(20);
      expect(el.body.endsWith(' Thanks again!')).to.equal(false);
      expect(part<HTMLButtonElement>(el, 'reset')!.disabled).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(subjectField(el));
    } finally {
      before.remove();
    }
  });

  it('has labelled fields and no axe violations, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await render(`${FULL} theme="${theme}"`);
      expect(subjectField(el).labels![0].textContent).to.equal('Subject');
      expect(bodyField(el).labels![0].textContent).to.equal('Message');
      expect(await axeViolations(el), theme).to.deep.equal([]);
      el.remove();
    }
  });

  it('puts hostile text into the draft as plain text', async () => {
    for (const payload of XSS) {
      const el = await render();
      for (const attr of ['candidate-name', 'contact-name', 'company', 'job-title']) el.setAttribute(attr, payload);
      await el.updateComplete;
      expect(injected(el)).to.deep.equal([]);
      expect(el.body).to.contain(`Hi ${payload.replace(/\s+/g, ' ')},`);
      el.remove();
    }
    await sleep(20);
    expect(window.__xss).to.equal(undefined);
  });

  it('reflows at 320px wide without horizontal scrolling', () => expectReflowAt320(() => render(FULL)));
});
