import { expect, oneEvent } from '@open-wc/testing';
import '../src/stay-connected/define.js';
import { StayConnectedElement } from '../src/stay-connected/stay-connected.js';
import { XSS, axeViolations, captureDownloads, captureWarnings, forgetWarnings, expectReflowAt320, injected, part, sleep, visibleText } from './helpers.js';

async function render(attrs = ''): Promise<StayConnectedElement> {
  const host = document.createElement('div');
  host.innerHTML = `<stay-connected ${attrs}></stay-connected>`;
  const el = host.firstElementChild as StayConnectedElement;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
const inDays = (n: number) => {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
};
const longDate = (d: Date) => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(d);

/** An RFC 5545 reader, enough to check our file: unfolds lines, splits name;params:value, unescapes text. */
function parseIcs(text: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  return lines
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      const value = line
        .slice(colon + 1)
        .replace(/\\n/gi, '\n')
        .replace(/\\([\\;,])/g, '$1');
      return { name, params, value };
    });
}

async function remind(el: StayConnectedElement) {
  const downloads = captureDownloads();
  part(el, 'remind')!.click();
  return { files: downloads.files, texts: await Promise.all(downloads.files.map((f) => f.text)) };
}

describe('<stay-connected>', () => {
  afterEach(() => document.querySelectorAll('stay-connected').forEach((el) => el.remove()));

  it('explains why staying in touch matters, and says more to a runner-up', async () => {
    const el = await render('company="Northwind"');
    expect(visibleText(el, 'body')).to.equal(
      'A no today isn’t a no forever. Teams grow and plans change, and a short hello now and then keeps the connection warm.',
    );
    el.runnerUp = true;
    await el.updateComplete;
    expect(visibleText(el, 'body')).to.contain('You came close.').and.contain('the team at Northwind may think of people they already know');
  });

  it('links LinkedIn only from an https: URL and names the contact', async () => {
    const el = await render('linkedin-url="https://www.linkedin.com/company/northwind" contact-name="Jordan"');
    const link = part<HTMLAnchorElement>(el, 'linkedin')!;
    expect(link.href).to.equal('https://www.linkedin.com/company/northwind');
    expect(link.textContent!.trim()).to.equal('Connect with Jordan on LinkedIn');
    const warnings = captureWarnings();
    for (const bad of ['http://linkedin.com/in/x', 'javascript:alert(1)', 'data:text/html,x', 'mailto:x@y.com']) {
      forgetWarnings();
      el.linkedinUrl = bad;
      await el.updateComplete;
      expect(part(el, 'linkedin'), bad).to.equal(null);
    }
    expect(warnings.messages).to.have.length(4);
  });

  it('offers the talent community as a link, or as a host-handled button, or not at all', async () => {
    const none = await render();
    expect(part(none, 'community')).to.equal(null);
    const withUrl = await render('talent-community-url="https://careers.example/community"');
    expect(part<HTMLAnchorElement>(withUrl, 'community')!.href).to.equal('https://careers.example/community');
    const hosted = await render('talent-community');
    const button = part<HTMLButtonElement>(hosted, 'community')!;
    expect(button.localName).to.equal('button');
    const action = oneEvent(hosted, 'onward-action');
    button.click();
    const event = await action;
    expect(event.detail).to.deep.equal({ action: 'talent-community' });
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
  });

  it('fires cancelable onward-action for LinkedIn, and preventDefault stops the navigation', async () => {
    const el = await render('linkedin-url="https://linkedin.com/in/x"');
    el.addEventListener('onward-action', (e) => e.preventDefault(), { once: true });
    const action = oneEvent(el, 'onward-action');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    part(el, 'linkedin')!.dispatchEvent(click);
    expect((await action).detail).to.deep.equal({ action: 'linkedin' });
    expect(click.defaultPrevented).to.equal(true);
  });

  it('names the reminder file after the company, cut to 40 characters without a trailing hyphen', async () => {
    const el = await render('company="Northwind Studio and Partners Worldwide X Co"');
    const { files } = await remind(el);
    expect(files.map((f) => f.name)).to.deep.equal(['check-in-northwind-studio-and-partners-worldwide.ics']);
    // Accents fold to their letters rather than break the name apart.
    el.company = 'Café Zürich Ångström';
    await el.updateComplete;
    const again = await remind(el);
    expect(again.files.map((f) => f.name)).to.deep.equal(['check-in-cafe-zurich-angstrom.ics']);
  });

  it('downloads a valid iCalendar reminder check-in-days ahead', async () => {
    const el = await render('company="Smith, Jones; & Co\\Partners" check-in-days="45"');
    expect(visibleText(el, 'remind-hint')).to.equal(`Saves a calendar reminder for ${longDate(inDays(45))}.`);
    const action = oneEvent(el, 'onward-action');
    const { files, texts } = await remind(el);
    expect((await action).detail).to.deep.equal({ action: 'calendar' });
    expect(files).to.have.length(1);
    expect(files[0].name).to.equal('check-in-smith-jones-co-partners.ics');
    expect(files[0].type).to.equal('text/calendar;charset=utf-8');
    const text = texts[0];
    // CRLF everywhere, no bare LF, ends with CRLF; no physical line over 75 octets.
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);

    const props = parseIcs(text);
    const names = props.map((p) => `${p.name}${p.name === 'BEGIN' || p.name === 'END' ? `:${p.value}` : ''}`);
    expect(names).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION',
      'PRODID',
      'METHOD',
      'BEGIN:VEVENT',
      'UID',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'DESCRIPTION',
      'TRANSP',
      'BEGIN:VALARM',
      'ACTION',
      'DESCRIPTION',
      'TRIGGER',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    const get = (name: string) => props.find((p) => p.name === name)!;
    expect(get('VERSION').value).to.equal('2.0');
    expect(get('UID').value).to.match(/^[0-9a-f]{32}@onward-elements$/);
    expect(get('DTSTAMP').value).to.match(/^\d{8}T\d{6}Z$/);
    expect(get('DTSTART').params).to.deep.equal(['VALUE=DATE']);
    expect(get('DTSTART').value).to.equal(ymd(inDays(45)));
    expect(get('DTEND').value).to.equal(ymd(inDays(46)));
    expect(get('SUMMARY').value).to.equal('Check in with the team at Smith, Jones; & Co\\Partners');
    expect(text).to.contain('Smith\\, Jones\\; & Co\\\\Partners');
    expect(get('DESCRIPTION').value).to.contain('say you’re still interested');
    expect(get('TRIGGER').value).to.equal('PT9H');
    // A second file is a second event.
    const second = await remind(el);
    expect(parseIcs(second.texts[0]).find((p) => p.name === 'UID')!.value).not.to.equal(get('UID').value);
  });

  it('folds long lines at 75 octets, not characters, and escapes line breaks in the host’s own words', async () => {
    const company = 'Société Générale des Œuvres Numériques — 東京支社と大阪支社 ✓ Ünïcödé Partnerschaft mbB';
    const note = `${'A note long enough to need folding more than once, so each continuation line is full. '.repeat(2)}\nThen a second line.`;
    const el = await render(`company="${company}"`);
    el.strings = { icsDescription: note };
    await el.updateComplete;
    const { texts } = await remind(el);
    for (const line of texts[0].split('\r\n')) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
    // The host's line break is written \n: a bare one would end the property mid-text.
    expect(texts[0].replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const props = parseIcs(texts[0]);
    expect(props.find((p) => p.name === 'SUMMARY')!.value).to.equal(`Check in with the team at ${company}`);
    expect(props.find((p) => p.name === 'DESCRIPTION')!.value).to.equal(note);
  });

  it('uses 30 days by default and warns about a check-in-days outside 1 to 365', async () => {
    const el = await render();
    const { texts } = await remind(el);
    expect(parseIcs(texts[0]).find((p) => p.name === 'DTSTART')!.value).to.equal(ymd(inDays(30)));
    const warnings = captureWarnings();
    for (const bad of ['0', '400', '-5', 'soon', '7.5']) {
      forgetWarnings();
      el.setAttribute('check-in-days', bad);
      await el.updateComplete;
      expect(visibleText(el, 'remind-hint'), bad).to.contain(longDate(inDays(30)));
    }
    expect(warnings.messages).to.have.length(5);
  });

  it('downloads nothing when onward-action for the calendar is cancelled', async () => {
    const el = await render();
    el.addEventListener('onward-action', (e) => e.preventDefault());
    const { files } = await remind(el);
    expect(files).to.deep.equal([]);
  });

  it('shows reapply-after as a localized date, says "now" once it has passed, and warns about a bad date', async () => {
    const el = await render('reapply-after="2099-05-01"');
    expect(visibleText(el, 'reapply')).to.equal('You can apply again from May 1, 2099.');
    el.reapplyAfter = '2020-01-15';
    await el.updateComplete;
    expect(visibleText(el, 'reapply')).to.equal('You can apply again whenever you’re ready.');
    const warnings = captureWarnings();
    // A time may follow, as ISO 8601 and databases write it; the date is what counts.
    for (const good of ['2099-05-01T09:30', '2099-05-01T23:59:59.999Z', '2099-05-01 09:30:00', '2099-05-01 00:00:00+02:00']) {
      el.reapplyAfter = good;
      await el.updateComplete;
      expect(visibleText(el, 'reapply'), good).to.equal('You can apply again from May 1, 2099.');
    }
    for (const bad of ['2026-02-30', 'next spring', '01/05/2027', '2027-13-01', '2027-05-01T25:99', '2027-05-01 25:99', '2027-05-01  09:30']) {
      forgetWarnings();
      el.reapplyAfter = bad;
      await el.updateComplete;
      expect(part(el, 'reapply'), bad).to.equal(null);
    }
    expect(warnings.messages).to.have.length(7);
    expect(warnings.messages[0]).to.equal(
      '<stay-connected> reapply-after: expected a date from 1900 to 2100 such as 2026-03-01; leaving it out',
    );
  });

  it('has no axe violations, light and dark, with every action', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await render(
        `theme="${theme}" runner-up company="Acme" linkedin-url="https://linkedin.com/in/x" talent-community reapply-after="2099-01-01"`,
      );
      expect(await axeViolations(el), theme).to.deep.equal([]);
      el.remove();
    }
  });

  it('renders hostile text as text', async () => {
    for (const payload of XSS) {
      const el = await render('runner-up linkedin-url="https://linkedin.com/in/x"');
      el.setAttribute('company', payload);
      el.setAttribute('contact-name', payload);
      await el.updateComplete;
      expect(injected(el)).to.deep.equal([]);
      expect(visibleText(el, 'linkedin')).to.equal(`Connect with ${payload.replace(/\s+/g, ' ')} on LinkedIn`);
      el.remove();
    }
    await sleep(20);
    expect(window.__xss).to.equal(undefined);
  });

  it('reflows at 320px wide without horizontal scrolling', () => expectReflowAt320(() => render('runner-up company="Internationalization Incorporated" linkedin-url="https://www.linkedin.com/in/x" talent-community')));
});
