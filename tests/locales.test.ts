// Every locale has every key of English, with the same placeholders; every element renders in every
// locale without English slipping through; the language follows lang live; Arabic runs right to left.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../src/rejection-support/define.js';
import { WORD, addLocale, fingerprint, registerLocale } from '../src/internal/registry.js';
import { en } from '../src/locales/en.js';
import ar from '../src/locales/ar.js';
import de from '../src/locales/de.js';
import enGB from '../src/locales/en-GB.js';
import es from '../src/locales/es.js';
import fr from '../src/locales/fr.js';
import it_ from '../src/locales/it.js';
import ja from '../src/locales/ja.js';
import nl from '../src/locales/nl.js';
import pl from '../src/locales/pl.js';
import ptBR from '../src/locales/pt-BR.js';
import { captureWarnings, forgetWarnings, flatText, frame, isDrawing, part, roots, sleep, stub } from './helpers.js';

const SOURCES: Record<string, Record<string, Record<string, string>>> = {
  es,
  fr,
  de,
  'pt-BR': ptBR,
  it: it_,
  nl,
  pl,
  ja,
  ar,
};
const CODES = Object.keys(SOURCES);
/** Every locale module: the translations, and British English, which holds only the words it changes. */
const MODULES = [...CODES, 'en-GB'];
const EN = en as unknown as Record<string, Record<string, string>>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const isPlural = (s: string) => /^\s*(zero|one|two|few|many|other)\s*:/.test(s);
const forms = (s: string) => Object.fromEntries(s.split('|').map((f) => f.split(/:(.*)/s).map((x) => x.trim())));

// Every element, with attributes that bring out as many of its words as possible.
const PAGES: [string, string][] = [
  ['rejection-takeaways', 'candidate-name="Ana" company="Acme" job-title="Designer" stage="final" runner-up'],
  ['followup-checklist', 'candidate-name="Ana" company="Acme" contact-name="Jo" contact-email="jo@acme.example" jobs-url="/j" linkedin-url="https://www.linkedin.com/in/x" storage-key="loc"'],
  ['followup-email', 'candidate-name="Ana" company="Acme" job-title="Designer" contact-name="Jo" runner-up ask-feedback'],
  ['interview-reflection', 'storage-key="loc"'],
  ['stay-connected', 'company="Acme" contact-name="Jo" linkedin-url="https://www.linkedin.com/in/x" talent-community reapply-after="2099-05-01" runner-up'],
  ['search-recap', 'applications="5" screenings="2" interviews="1" stage="final" since="2026-01-05"'],
  ['resume-cta', 'variant="banner" href="/r"'],
  ['rejection-support', 'company="Acme" sections="takeaways"'],
];

/** `<resume-cta>`'s words packed as a shipped locale module packs them, against this version's keys. */
const pack = (label: string) => ['rc', fingerprint(Object.keys(EN['resume-cta'])), label, 'Beschreibung'].join(WORD);

/** The value of every form field in `el`, nested sections included. */
const values = (el: Element): string[] =>
  roots(el).flatMap((r) => [...r.shadowRoot!.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value));

/** All text a reader sees in `el`, nested sections and form field values included. */
const seen = (el: Element): string => `${flatText(el)} ${values(el).join(' ')}`.replace(/\s+/g, ' ');

/** The text of each paragraph, label, heading, button and link in `el`, and each field's value: the runs a reader reads as one. */
const runs = (el: Element): string[] => [
  ...roots(el).flatMap((r) => [...r.shadowRoot!.querySelectorAll('p, label, h2, h3, h4, button, a')].map((p) => p.textContent!.replace(/[ \t\r\n]+/g, ' ').trim())),
  ...values(el),
];

async function render(tag: string, attrs: string, lang: string): Promise<ReactiveElement> {
  const host = document.createElement('div');
  host.innerHTML = `<${tag} lang="${lang}" ${attrs}></${tag}>`;
  const el = host.firstElementChild as ReactiveElement;
  document.body.append(el);
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll('[part]')].map((c) => (c as ReactiveElement).updateComplete));
  return el;
}

describe('locales', () => {

  before(async () => {
    // The built modules, as a host loads them.
    for (const code of MODULES) await import(/* @vite-ignore */ `/dist/locales/${code}.js`);
  });

  afterEach(() => {
    document.querySelectorAll(PAGES.map(([t]) => t).join(',')).forEach((el) => el.remove());
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    document.documentElement.lang = 'en';
    localStorage.clear();
  });

  // What a reader sees, whitespace aside: the minified bundle drops what the source's templates have between tags.
  const textIn = (el: Element) => seen(el).replace(/\s+/g, '');

  const recordWarnings = '<script>window.warnings = []; const warn = console.warn; console.warn = (...a) => (warnings.push(a.join(" ")), warn(...a));</script>';

  // Every element rendered, and none waiting to render again (a locale arriving re-renders them).
  const settled = (tags: string) => (w: Window) => {
    const els = [...w.document.querySelectorAll(tags)] as ReactiveElement[];
    // A first draw may take more than one task: between them no update is pending, yet it is not whole.
    return els.length > 0 && els.every((el) => el.hasUpdated && !el.isUpdatePending && !isDrawing(el));
  };

  describe("every language", () => {
    for (const code of CODES) {
      it(`${code}: every key of English, no extra key, the same placeholders, valid plural forms`, () => {
        const table = SOURCES[code];
        expect(Object.keys(table).sort()).to.deep.equal(Object.keys(EN).sort());
        // The forms a count from 1 to 100,000 can need in this language.
        const rules = new Intl.PluralRules(code);
        const needed = new Set([...Array(1000).keys(), 10000, 100000].map((n) => rules.select(n)));
        const valid = rules.resolvedOptions().pluralCategories;
        for (const [ns, english] of Object.entries(EN)) {
          expect(Object.keys(table[ns]).sort(), `${code} ${ns}`).to.deep.equal(Object.keys(english).sort());
          for (const [key, text] of Object.entries(english)) {
            const translated = table[ns][key];
            expect(translated.trim(), `${code} ${ns}.${key} is empty`).not.to.equal('');
            expect(placeholders(translated), `${code} ${ns}.${key}`).to.deep.equal(placeholders(text));
            if (isPlural(text)) {
              const f = forms(translated);
              expect(f, `${code} ${ns}.${key} needs an "other" form`).to.have.property('other');
              for (const c of needed) expect(f, `${code} ${ns}.${key} lacks "${c}"`).to.have.property(c);
              for (const c of Object.keys(f)) expect(valid, `${code} ${ns}.${key} has a form "${c}" the language lacks`).to.include(c);
            }
          }
        }
      });
    }

    for (const code of CODES) {
      it(`${code}: every element renders in ${code}, with no English words left and sentences spaced as ${code} spaces them`, async () => {
        const table = SOURCES[code];
        // English sentences that read differently in this locale: none of them may appear.
        const english = Object.entries(EN).flatMap(([ns, words]) =>
          Object.entries(words)
            .filter(([key, text]) => text !== table[ns][key] && !/[{}]/.test(text) && !isPlural(text) && text.length > 6)
            .map(([, text]) => text),
        );
        for (const [tag, attrs] of PAGES) {
          const el = await render(tag, attrs, code);
          const text = seen(el);
          const leaks = english.filter((e) => text.includes(e));
          expect(leaks, `<${tag}> in ${code}`).to.deep.equal([]);
          // Sentences we run together follow the language: Japanese puts no space after its full stop.
          expect(runs(el).filter((run) => run.includes('。 ')), `<${tag}> in ${code}`).to.deep.equal([]);
          // French sets a no-break space before : ; ? ! so that none of them can start a line.
          if (code === 'fr') expect(runs(el).filter((run) => / [:;?!]/.test(run)), `<${tag}> in fr`).to.deep.equal([]);
          el.remove();
        }
      });
    }
  });

  describe("which language", () => {
    it('follows the closest lang: the element, then its ancestors, then <html>, else English', async () => {
      const wrap = document.createElement('section');
      wrap.lang = 'de';
      wrap.innerHTML = '<resume-cta></resume-cta>';
      document.body.append(wrap);
      const el = wrap.firstElementChild as ReactiveElement;
      await el.updateComplete;
      expect(flatText(el).trim()).to.equal('Lebenslauf hochladen');
      el.setAttribute('lang', 'it');
      await el.updateComplete;
      expect(flatText(el).trim()).to.equal('Carica il tuo CV');
      el.removeAttribute('lang');
      wrap.removeAttribute('lang');
      document.documentElement.lang = 'nl';
      await sleep(0);
      await el.updateComplete;
      expect(flatText(el).trim()).to.equal('Upload je cv');
      document.documentElement.removeAttribute('lang');
      await sleep(0);
      await el.updateComplete;
      expect(flatText(el).trim()).to.equal('Share your resume');
      wrap.remove();
    });

    it('falls back from a region to its language, and from an unknown language to English with one warning', async () => {
      const mx = await render('resume-cta', '', 'es-MX');
      expect(flatText(mx).trim()).to.equal('Sube tu CV');
      const pt = await render('resume-cta', '', 'pt-PT');
      expect(flatText(pt).trim()).to.equal('Cadastre seu currículo');
      const warnings = captureWarnings();
      const sv = await render('resume-cta', '', 'sv-SE');
      sv.requestUpdate();
      await sv.updateComplete;
      expect(flatText(sv).trim()).to.equal('Share your resume');
      expect(warnings.messages).to.deep.equal(['<resume-cta> lang: Onward has no words in it; using English']);
      const au = await render('resume-cta', '', 'en-AU');
      expect(flatText(au).trim()).to.equal('Share your resume');
      expect(warnings.messages).to.have.length(1);
      // Moroccan Arabic is not Arabic's region but a language of its own, which Onward lacks.
      forgetWarnings();
      await render('resume-cta', '', 'ary');
      expect(warnings.messages[1]).to.equal('<resume-cta> lang: Onward has no words in it; using English');
    });

    it('speaks British English where job seekers send a CV, and leaves every other English page as it was', async () => {
      const label = async (lang: string) => flatText(await render('resume-cta', '', lang)).trim();
      for (const lang of ['en-GB', 'en-ie', 'en-NZ', 'en-ZA']) expect(await label(lang), lang).to.equal('Share your CV');
      // English regions borrow no other region's words: the module is loaded, and these say resume.
      for (const lang of ['en', 'en-US', 'en-AU', 'en-CA', 'en-IN']) expect(await label(lang), lang).to.equal('Share your resume');
      // The British table holds only what it changes: every other word is the built-in English one.
      const checklist = flatText(await render('followup-checklist', 'contact-name="Jo"', 'en-GB'));
      expect(checklist).to.contain('Update your CV and profiles').and.contain('Send Jo a thank-you email');
      expect(flatText(await render('interview-reflection', '', 'en-GB'))).to.contain('What’s one thing to practise next?');
      expect(flatText(await render('resume-cta', 'variant="banner"', 'en-GB'))).to.contain('Keep your CV here');
      for (const [ns, words] of Object.entries(enGB as Record<string, Record<string, string>>)) {
        for (const [key, word] of Object.entries(words)) {
          expect(word, `en-GB ${ns}.${key} is the same as English`).not.to.equal(EN[ns][key]);
          expect(placeholders(word), `en-GB ${ns}.${key}`).to.deep.equal(placeholders(EN[ns][key]));
        }
      }
    });

    it('takes a region’s own words over its language’s, its language’s over English, and a lang with stray spaces', async () => {
      registerLocale('fr-CA', { 'resume-cta': { label: 'Partagez votre CV ici' } });
      expect(flatText(await render('resume-cta', '', 'fr-CA')).trim()).to.equal('Partagez votre CV ici');
      // A word the region's table lacks is its language's: French, not English.
      const banner = flatText(await render('resume-cta', 'variant="banner"', 'fr-CA'));
      expect(banner).to.contain('Partagez votre CV ici').and.contain('Gardez votre CV ici');
      // So one table of a few words changes them in every section of the kit, and leaves the rest French.
      const kit = await render('rejection-support', 'company="Acme" sections="checklist,resume"', 'fr-CA');
      const sections = flatText(kit.shadowRoot!.querySelector('resume-cta')!) + flatText(kit.shadowRoot!.querySelector('followup-checklist')!);
      expect(sections).to.contain('Partagez votre CV ici').and.contain('Vos prochaines étapes');
      expect(flatText(await render('resume-cta', '', ' fr-ca ')).trim()).to.equal('Partagez votre CV ici');
      expect(flatText(await render('resume-cta', '', 'fr-BE')).trim()).to.equal('Déposer votre CV');
      // Another region of the language is the last resort, not ahead of the language itself.
      registerLocale('yy-AA', { 'resume-cta': { label: 'Regional words' } });
      registerLocale('yy', { 'resume-cta': { label: 'Language words' } });
      expect(flatText(await render('resume-cta', '', 'yy-BB')).trim()).to.equal('Language words');
      // A word neither table has is English's.
      expect(flatText(await render('resume-cta', 'variant="banner"', 'yy-AA'))).to.contain('Regional words').and.contain('Keep your resume here');
    });

    it('shows English, quietly, for an element whose words a packed language lacks, as with a module per element', async () => {
      registerLocale('gsw', pack('Lebenslauf teile'));
      const warnings = captureWarnings();
      const cta = await render('resume-cta', '', 'gsw');
      const recap = await render('search-recap', 'applications="3"', 'gsw');
      expect(flatText(cta).trim()).to.equal('Lebenslauf teile');
      expect(flatText(recap)).to.contain('applications sent');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('re-renders live when lang changes on the element or on <html>, sections of the kit included', async () => {
      const kit = await render('rejection-support', 'company="Acme" sections="takeaways,checklist"', 'fr');
      const takeaways = kit.shadowRoot!.querySelector('rejection-takeaways')!;
      expect(flatText(part(takeaways, 'heading')!)).to.contain('Ce que vous en retirez');
      kit.setAttribute('lang', 'ja');
      await sleep(20);
      expect(flatText(part(takeaways, 'heading')!)).to.contain('この経験で得たもの');
      kit.removeAttribute('lang');
      document.documentElement.lang = 'pl';
      await sleep(20);
      expect(flatText(part(takeaways, 'heading')!)).to.contain('Co zostaje z Tobą');
      expect(flatText(kit.shadowRoot!.querySelector('followup-checklist')!)).to.contain('Twoje kolejne kroki');
    });

    it('speaks the language of wherever it is moved to, its steps included', async () => {
      const [fr, de] = ['fr', 'de'].map((lang) => document.body.appendChild(Object.assign(document.createElement('div'), { lang })));
      const checklist = document.createElement('followup-checklist');
      fr.append(checklist);
      await checklist.updateComplete;
      expect(flatText(checklist)).to.contain('Vos prochaines étapes');
      de.append(checklist);
      await checklist.updateComplete;
      expect(flatText(checklist)).to.contain('Ihre nächsten Schritte').and.contain('Eine Dankes-E-Mail schicken');
      // A tick re-renders with the steps it holds: still German.
      part(checklist, 'checkbox')!.click();
      await checklist.updateComplete;
      expect(flatText(checklist)).to.contain('Eine Dankes-E-Mail schicken');
      fr.remove();
      de.remove();
    });

    it('follows its own lang inside another component’s shadow root, where no page-wide observer looks', async () => {
      const app = document.body.appendChild(document.createElement('div'));
      const checklist = app.attachShadow({ mode: 'open' }).appendChild(document.createElement('followup-checklist'));
      checklist.lang = 'ja';
      await checklist.updateComplete;
      expect(flatText(checklist)).to.contain('今週、新しい求人に1件応募する');
      checklist.lang = 'pl';
      await checklist.updateComplete;
      expect(flatText(checklist)).to.contain('Twoje kolejne kroki').and.contain('Aplikuj w tym tygodniu na nowe stanowisko');
      app.remove();
    });

    it('follows a lang change on an ancestor inside other components’ shadow roots, nested two deep', async () => {
      // A host app built of web components switches language on a wrapper of its own.
      const app = document.body.appendChild(document.createElement('div'));
      const page = app.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
      const main = page.attachShadow({ mode: 'open' }).appendChild(Object.assign(document.createElement('main'), { lang: 'fr' }));
      const checklist = main.appendChild(document.createElement('followup-checklist'));
      await checklist.updateComplete;
      expect(flatText(checklist)).to.contain('Vos prochaines étapes');
      main.lang = 'de';
      await sleep(20);
      expect(flatText(checklist)).to.contain('Ihre nächsten Schritte').and.contain('Eine Dankes-E-Mail schicken');
      // And on the outer component's own wrapper, one shadow root up.
      main.removeAttribute('lang');
      page.lang = 'es';
      await sleep(20);
      expect(flatText(checklist)).to.contain('Tus próximos pasos');
      app.remove();
    });
  });

  describe("direction", () => {
    it('runs right to left in Arabic, unless the host sets dir', async () => {
      const el = await render('rejection-takeaways', 'company="Acme"', 'ar');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      // Logical properties flip by themselves: the number badge's room is now on the right.
      const item = getComputedStyle(part(el, 'takeaway')!);
      expect(parseFloat(item.paddingRight)).to.be.greaterThan(30);
      expect(item.paddingLeft).to.equal('0px');
      expect(getComputedStyle(part(el, 'takeaway')!, '::before').right).to.equal('0px');
      el.setAttribute('dir', 'ltr');
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('ltr');
      const fr = await render('rejection-takeaways', '', 'fr');
      expect(getComputedStyle(part(fr, 'base')!).direction).to.equal('ltr');
      // HTML reads dir in any case: RTL is rtl.
      fr.setAttribute('dir', 'RTL');
      await fr.updateComplete;
      expect(getComputedStyle(part(fr, 'base')!).direction).to.equal('rtl');
    });

    it('runs right to left in a Hebrew, Persian or Urdu locale a host registers, and left to right while the words are English', async () => {
      const warnings = captureWarnings();
      const els = await Promise.all(['he', 'fa-IR', 'ur'].map((code) => render('resume-cta', '', code)));
      const flow = () => els.map((el) => getComputedStyle(part(el, 'base')!).direction);
      expect(flow()).to.deep.equal(['ltr', 'ltr', 'ltr']);
      // Once on the page, not once per language: the warning never quotes the value.
      expect(warnings.messages.filter((m) => m.includes('no words in it'))).to.have.length(1);
      registerLocale('he', { 'resume-cta': { label: 'שתפו את קורות החיים' } });
      registerLocale('fa', { 'resume-cta': { label: 'رزومه خود را به اشتراک بگذارید' } });
      registerLocale('ur', { 'resume-cta': { label: 'اپنا ریزیومے شیئر کریں' } });
      await sleep(20);
      expect(flow()).to.deep.equal(['rtl', 'rtl', 'rtl']);
      expect(flatText(els[0]).trim()).to.equal('שתפו את קורות החיים');
    });
  });

  describe("words, numbers and dates", () => {
    it('lets per-instance words beat the locale, as a property or as JSON in the attribute', async () => {
      const el = await render('resume-cta', '', 'fr');
      el.setAttribute('strings', '{"label":"Déposer mon CV"}');
      await el.updateComplete;
      expect(flatText(el).trim()).to.equal('Déposer mon CV');
      (el as unknown as { strings: object }).strings = { label: 'Envoyer mon CV' };
      await el.updateComplete;
      expect(flatText(el).trim()).to.equal('Envoyer mon CV');
      const warnings = captureWarnings();
      el.setAttribute('strings', '{not json');
      await el.updateComplete;
      expect(flatText(el).trim()).to.equal('Déposer votre CV');
      // Valid JSON of the wrong shape is refused too: a list of words is keyed by nothing.
      forgetWarnings();
      el.setAttribute('strings', '["Déposer mon CV"]');
      await el.updateComplete;
      expect(flatText(el).trim()).to.equal('Déposer votre CV');
      expect(warnings.messages).to.deep.equal([
        '<resume-cta> strings: expected a JSON object of words by key',
        '<resume-cta> strings: expected a JSON object of words by key',
      ]);
    });

    it('drops a placeholder the words do not know, rather than show a reader its braces', async () => {
      const el = await render('followup-checklist', 'contact-name="Jo"', 'en');
      (el as unknown as { strings: object }).strings = { 'thank-you-email.contact': 'Thank {contact} {contactName}' };
      await el.updateComplete;
      expect(flatText(part(el, 'label')!).trim()).to.equal('Thank Jo');
    });

    it('formats numbers, plurals and dates in the locale', async () => {
      const pl2 = await render('search-recap', 'applications="2" screenings="5" interviews="22"', 'pl');
      const stats = [...pl2.shadowRoot!.querySelectorAll('[part~="stat"]')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
      expect(stats[0]).to.match(/^2 wysłane zgłoszenia/);
      expect(stats[1]).to.match(/^5 rozmów wstępnych/);
      expect(stats[2]).to.match(/^22 rozmowy kwalifikacyjne/);
      const big = await render('search-recap', 'applications="1200"', 'de');
      expect(part(big, 'number')!.textContent).to.equal('1.200');
      const arabic = await render('search-recap', 'interviews="2"', 'ar');
      expect(flatText(arabic)).to.contain('مقابلتان');
      const dated = await render('stay-connected', 'reapply-after="2099-05-01"', 'de');
      expect(flatText(part(dated, 'reapply')!)).to.contain('1. Mai 2099');
      // English words, with the date as the region writes it.
      const british = await render('stay-connected', 'reapply-after="2099-05-01"', 'en-GB');
      expect(flatText(part(british, 'reapply')!).trim()).to.equal('You can apply again from 1 May 2099.');
      const american = await render('stay-connected', 'reapply-after="2099-05-01"', 'en-us');
      expect(flatText(part(american, 'reapply')!).trim()).to.equal('You can apply again from May 1, 2099.');
      const fr = await render('search-recap', 'since="2026-03-01" applications="3"', 'fr');
      expect(flatText(fr)).to.contain('Depuis le 1 mars 2026, voici ce que votre recherche a construit.');
    });

    it('writes English numbers, dates and times as Intl does, without making an Intl formatter', async () => {
      // A page's first Intl number or date formatter costs Chromium 12-15 ms: English, American
      // English included, must not need one.
      const { NumberFormat, DateTimeFormat } = Intl;
      const made: string[] = [];
      for (const name of ['NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat'] as const) {
        const Real = Intl[name] as unknown as new (...args: unknown[]) => object;
        // A function, not an arrow, so `new Intl.NumberFormat()` still constructs.
        stub(Intl, name, function (...args: unknown[]) {
          made.push(name);
          return new Real(...args);
        } as never);
      }
      const shown: [string, string][] = [];
      const recap = (await render('search-recap', '', 'en')) as ReactiveElement & { applications: number; since: string };
      const stay = (await render('stay-connected', '', 'en-US')) as ReactiveElement & { reapplyAfter: string };
      const now = new Date();
      const ago = (n: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() - n).toLocaleDateString('sv');
      for (const [n, days] of [[3, 0], [7, 1], [999, 13], [1000, 14], [12345, 59], [99999, 60], [100000, 729], [5, 730], [5, 2000]]) {
        Object.assign(recap, { applications: n, since: ago(days) });
        await recap.updateComplete;
        const started = new DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(now.getFullYear(), now.getMonth(), now.getDate() - days));
        shown.push([part(recap, 'number')!.textContent!, new NumberFormat('en').format(n)]);
        shown.push([/Since [^.]*\./.exec(flatText(recap))?.[0] ?? '', `Since ${started}, here’s what your search has built.`]);
      }
      for (let month = 0; month < 12; month++) {
        const date = new Date(2099, month, month * 2 + 1);
        stay.reapplyAfter = date.toLocaleDateString('sv');
        await stay.updateComplete;
        shown.push([flatText(part(stay, 'reapply')!).trim(), `You can apply again from ${new DateTimeFormat('en', { dateStyle: 'long' }).format(date)}.`]);
      }
      expect(made).to.deep.equal([]);
      expect(shown).to.have.length(30);
      for (const [ours, intl] of shown) expect(ours).to.equal(intl);
    });

    it('drafts the email in the locale, and the mailto link carries it', async () => {
      const el = await render('followup-email', 'contact-name="Jo" contact-email="jo@acme.example" company="Acme" job-title="Designer" candidate-name="Ana"', 'de');
      const body = (el as unknown as { body: string }).body;
      expect(body.split('\n\n')[0]).to.equal('Hallo Jo,');
      expect(body).to.contain('Bewerbung um die Stelle als Designer bei Acme');
      expect(body.endsWith('Viele Grüße\nAna')).to.equal(true);
      const href = part<HTMLAnchorElement>(el, 'email')!.href;
      expect(decodeURIComponent(href.split('body=')[1])).to.equal(body.replace(/\n/g, '\r\n'));
    });

    it('gives a name that ends in a full stop no second one, in every language', async () => {
      for (const code of CODES) {
        const el = (await render('followup-email', 'company="Acme Inc." contact-name="Jo"', code)) as ReactiveElement & { body: string };
        expect(el.body, code).to.contain('Acme Inc.');
        expect(el.body, code).not.to.contain('Inc..');
        el.remove();
      }
    });

    it('shows English for any word a host locale gives as something other than text', async () => {
      // A translation table from a CMS can hold numbers, nulls or objects where words belong.
      registerLocale('xy', {
        'rejection-takeaways': { heading: 5, intro: { text: 'x' }, closing: null, hiredTitle: ['a'] } as unknown as Record<string, string>,
        phrases: { roleNone: 7 } as unknown as Record<string, string>,
      });
      const el = await render('rejection-takeaways', 'candidate-name="" company=""', 'xy');
      const text = flatText(el);
      expect(text).to.contain('What you’re taking with you');
      expect(text).to.contain('You didn’t get the role this time');
      expect(text).to.contain('You’ve laid the groundwork');
      expect(text).to.contain('Many people hear no before they hear yes.');
    });
  });

  describe("locale modules", () => {
    it('refuses a locale packed for another version, with a warning, and shows English', async () => {
      const warnings = captureWarnings();
      registerLocale('xx', 'rc^zzzz^Falsch^Falsch');
      const el = await render('resume-cta', '', 'xx');
      expect(flatText(el).trim()).to.equal('Share your resume');
      expect(warnings.messages.some((m) => m.includes('"xx" words for resume-cta are for another version'))).to.equal(true);
    });

    it('passes over another version’s words that arrive after this version’s, quietly', async () => {
      const warnings = captureWarnings();
      addLocale('xv', pack('Teile deinen Lebenslauf'));
      addLocale('xv', 'rc^zzzz^Veraltet^Veraltet');
      const el = await render('resume-cta', '', 'xv');
      expect(flatText(el).trim()).to.equal('Teile deinen Lebenslauf');
      expect(warnings.messages).to.deep.equal([]);
      // Of two modules of this version, the newer one's words win.
      addLocale('xv', pack('Lebenslauf teilen'));
      await el.updateComplete;
      expect(flatText(el).trim()).to.equal('Lebenslauf teilen');
    });

    it('takes the words of a packed locale registered again, in place of the first', async () => {
      registerLocale('xw', pack('Erste'));
      const el = await render('resume-cta', '', 'xw');
      expect(flatText(el)).to.contain('Erste');
      registerLocale('xw', pack('Zweite'));
      await el.updateComplete;
      expect(flatText(el)).to.contain('Zweite');
      expect(flatText(el)).not.to.contain('Erste');
    });

    for (const [tag, attrs] of PAGES.filter(([t]) => t !== 'rejection-support')) {
      it(`${tag}: its own module per language shows it just as the whole language does, with no warning`, async () => {
        const modules = MODULES.map((code) => `<script type="module" src="/dist/locales/${code}/${tag}.js"></script>`).join('');
        const elements = MODULES.map((code) => `<${tag} lang="${code}" ${attrs}></${tag}>`).join('');
        const { win } = await frame(
          `<html lang="en"><body>${recordWarnings}<script type="module" src="/dist/onward.min.js"></script>${modules}${elements}</body></html>`,
          settled(tag),
        );
        const shown = [...win.document.querySelectorAll(tag)];
        for (const [i, code] of MODULES.entries()) {
          const whole = await render(tag, attrs, code);
          expect(textIn(shown[i]), `${tag} in ${code}`).to.equal(textIn(whole));
          whole.remove();
        }
        expect((win as unknown as { warnings: string[] }).warnings).to.deep.equal([]);
      });
    }

    it('adds one element’s words to another’s, and takes the whole language after them', async () => {
      const { win } = await frame(
        `<html lang="es"><body>${recordWarnings}<script type="module" src="/dist/onward.min.js"></script>
        <script type="module" src="/dist/locales/es/resume-cta.js"></script><script type="module" src="/dist/locales/es/search-recap.js"></script>
        <resume-cta></resume-cta><search-recap applications="3"></search-recap><followup-email></followup-email><followup-checklist></followup-checklist></body></html>`,
        settled('resume-cta, search-recap, followup-email, followup-checklist'),
      );
      const text = (tag: string) => win.document.querySelector(tag)!.shadowRoot!.textContent!;
      expect(text('resume-cta')).to.contain('Sube tu CV');
      expect(text('search-recap')).to.contain('Lo que has construido hasta ahora');
      // No module brought the email's words: English until they come. That is how a page loads, so
      // no warning, neither for the email nor for the recap, whichever module arrived first.
      expect(text('followup-email')).to.contain('A thank-you note, ready to send');
      expect((win as unknown as { warnings: string[] }).warnings).to.deep.equal([]);
      const whole = win.document.createElement('script');
      whole.type = 'module';
      whole.src = '/dist/locales/es.js';
      win.document.head.append(whole);
      await waitUntil(() => text('followup-email').includes('Un agradecimiento listo para enviar'), 'the whole language never arrived');
      // The checklist keeps its steps between renders: new words for the language it was already in
      // reach them too, not just its heading.
      expect(text('followup-checklist')).to.contain('Tus próximos pasos').and.contain('Postúlate a un puesto nuevo esta semana');
      expect(text('resume-cta')).to.contain('Sube tu CV');
      expect(text('search-recap')).to.contain('Lo que has construido hasta ahora');
    });

    it('holds an element’s words once when two copies of its module load, as from a CDN and a bundle', async () => {
      const module = '<script type="module" src="/dist/locales/es/resume-cta.js';
      const { win } = await frame(
        `<html lang="es"><body><script type="module" src="/dist/onward.min.js"></script>${module}"></script>${module}?copy"></script>
        <resume-cta></resume-cta></body></html>`,
        settled('resume-cta'),
      );
      expect(win.document.querySelector('resume-cta')!.shadowRoot!.textContent).to.contain('Sube tu CV');
      const held = (win as unknown as Record<symbol, Record<string, string>>)[Symbol.for('onward-elements.locales')].es;
      expect(held.split('Ten tu currículum aquí')).to.have.length(2);
    });

    it('lets a host change English words on every English page, each region keeping its own dates', async () => {
      const { win } = await frame(
        `<html lang="en"><body><script type="module">import { registerLocale } from '/dist/onward.min.js';
        registerLocale('en', { 'stay-connected': { reapply: 'Applications open again on {date}.' } });</script>
        <stay-connected lang="en-US" reapply-after="2099-05-01"></stay-connected><stay-connected lang="en-AU" reapply-after="2099-05-01"></stay-connected></body></html>`,
        (w) => [...w.document.querySelectorAll('stay-connected')].filter((el) => el.shadowRoot?.textContent?.includes('Applications open')).length === 2,
      );
      const shown = [...win.document.querySelectorAll('stay-connected')].map((el) => flatText(el.shadowRoot!.querySelector('[part=reapply]')!).trim());
      expect(shown).to.deep.equal(['Applications open again on May 1, 2099.', 'Applications open again on 1 May 2099.']);
    });

    it('takes the words that arrive last over another version’s already on the page', async () => {
      // The stale words come first and carry another fingerprint; the module of this version follows.
      const { win } = await frame(
        `<html lang="es"><body><script type="module">import { registerLocale } from '/dist/onward.min.js'; registerLocale('es', 'rc^zzzz^Viejo^Viejo');
        import('/dist/locales/es/resume-cta.js');</script><resume-cta></resume-cta></body></html>`,
        settled('resume-cta'),
      );
      expect(win.document.querySelector('resume-cta')!.shadowRoot!.textContent).to.contain('Sube tu CV');
    });

    it('picks up a locale loaded after the elements, or before them, and does not warn while it loads', async () => {
      for (const order of ['after', 'before']) {
        const bundle = '<script type="module" src="/dist/onward.min.js"></script>';
        const locale = '<script type="module" src="/dist/locales/nl.js"></script>';
        const { win } = await frame(
          `<html lang="nl"><body>${recordWarnings}${order === 'after' ? bundle + locale : locale + bundle}<resume-cta></resume-cta></body></html>`,
          (w) => !!w.document.querySelector('resume-cta')?.shadowRoot?.textContent?.includes('Upload je cv'),
        );
        expect(win.document.querySelector('resume-cta')!.shadowRoot!.textContent).to.contain('Upload je cv');
        expect((win as unknown as { warnings: string[] }).warnings, order).to.deep.equal([]);
        document.querySelectorAll('iframe').forEach((f) => f.remove());
      }
    });
  });
});
