import { expect } from '@open-wc/testing';
import '../src/search-recap/define.js';
import { registerLocale } from '../src/internal/registry.js';
import { SearchRecapElement } from '../src/search-recap/search-recap.js';
import { axeViolations, captureWarnings, forgetWarnings, expectReflowAt320, part, parts, visibleText } from './helpers.js';

async function render(attrs = ''): Promise<SearchRecapElement> {
  const host = document.createElement('div');
  host.innerHTML = `<search-recap ${attrs}></search-recap>`;
  const el = host.firstElementChild as SearchRecapElement;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const stats = (el: Element) => parts(el, 'stat').map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
const daysAgo = (n: number) => {
  const d = new Date(Date.now() - n * 86400000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('<search-recap>', () => {
  afterEach(() => document.querySelectorAll('search-recap').forEach((el) => el.remove()));

  it('shows each count with the right singular or plural and what it built', async () => {
    const el = await render('applications="1" screenings="2" interviews="1"');
    expect(stats(el)).to.deep.equal([
      '1 application sent Each one sharpened how you present your work.',
      '2 screening calls You’ve learned to make a clear first impression.',
      '1 interview Each one makes the next feel more familiar.',
    ]);
    el.applications = 1200;
    el.interviews = 3;
    await el.updateComplete;
    expect(parts(el, 'number').map((n) => n.textContent)).to.deep.equal(['1,200', '2', '3']);
    expect(stats(el)[2]).to.match(/^3 interviews /);
  });

  it('uses a host’s plain word for every count, and English where the host’s forms leave a count out', async () => {
    const el = await render('applications="1" screenings="2" interviews="3"');
    el.strings = { applications: 'Bewerbungen', screenings: 'one: Gespräch', interviews: 'other:' };
    await el.updateComplete;
    expect(stats(el).map((s) => s.split(' Each')[0].split(' You')[0])).to.deep.equal(['1 Bewerbungen', '2 screening calls', '3 interviews']);
  });

  it('uses a host’s other form for a number whose own form the host left out, as in Polish 3', async () => {
    // Polish has one, few, many and other; a host wrote only two forms, the English way. The
    // registered table is empty, so Polish grammar applies to the host's words and English to the rest.
    registerLocale('pl', { 'search-recap': {} });
    const el = await render('lang="pl" applications="3"');
    el.strings = { applications: 'one: wysłane CV | other: wysłanych CV' };
    await el.updateComplete;
    expect(new Intl.PluralRules('pl').select(3)).to.equal('few');
    expect(stats(el)[0]).to.match(/^3 wysłanych CV /);
  });

  it('says what the search has built since it started, by date, not how long it has lasted', async () => {
    const el = await render('since="2026-03-01" applications="3"');
    expect(visibleText(el)).to.contain('Since March 1, 2026, here’s what your search has built.');
    expect(visibleText(el)).not.to.match(/ago|started|months/);
    // Said once: the general intro gives way to it.
    expect(visibleText(el)).not.to.contain('Every part of a search builds something');
    el.remove();
  });

  it('mentions the furthest stage reached', async () => {
    const el = await render('stage="final" interviews="4"');
    expect(visibleText(el, 'stage')).to.equal('You made it all the way to the final round.');
  });

  it('leaves out missing, zero, negative, fractional and non-numeric counts, warning about the bad ones once', async () => {
    const warnings = captureWarnings();
    const bad = ['-1', '2.5', 'twelve', '1e3', 'NaN', 'Infinity', '0x10', '999999999'];
    for (const value of bad) {
      forgetWarnings();
      const el = await render(`applications="${value}" interviews="2"`);
      el.requestUpdate();
      await el.updateComplete;
      expect(stats(el), value).to.have.length(1);
      expect(visibleText(el)).not.to.match(/NaN|undefined|Infinity|-1/);
      el.remove();
    }
    expect(warnings.messages).to.have.length(bad.length);
    expect(warnings.messages[0]).to.equal(
      '<search-recap> applications: expected a whole number from 0 to 100000; leaving it out',
    );
    const zero = await render('applications="0" screenings="" interviews="3"');
    expect(stats(zero)).to.have.length(1);
    expect(warnings.messages).to.have.length(bad.length);
  });

  it('still says something true with no numbers at all', async () => {
    const el = await render();
    expect(part(el, 'list')).to.equal(null);
    expect(visibleText(el)).to.contain('A search builds skills even when it doesn’t feel like it');
  });

  it('warns about an impossible or future start date and leaves it out', async () => {
    const warnings = captureWarnings();
    const el = await render('since="2026-02-30" applications="2"');
    expect(visibleText(el)).not.to.contain('Since ');
    el.since = '2999-01-01';
    await el.updateComplete;
    expect(visibleText(el)).not.to.contain('Since ');
    // Tomorrow is already the future; today is not.
    el.since = daysAgo(-1);
    await el.updateComplete;
    expect(visibleText(el)).not.to.contain('Since ');
    el.since = daysAgo(0);
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Since ');
    // Past 2100 is no date at all; tomorrow is one, in the future. Neither warning quotes the date.
    expect(warnings.messages).to.deep.equal([
      '<search-recap> since: expected a date from 1900 to 2100 such as 2026-03-01; leaving it out',
      '<search-recap> since: is in the future; leaving it out',
    ]);
  });

  it('has no axe violations, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await render(`theme="${theme}" applications="12" screenings="3" interviews="2" stage="interview" since="2026-01-10"`);
      expect(await axeViolations(el), theme).to.deep.equal([]);
      el.remove();
    }
  });

  it('reflows at 320px wide without horizontal scrolling', () => expectReflowAt320(() => render('applications="100000" screenings="3000" interviews="250"')));
});
