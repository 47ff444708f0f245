// Every sentence true at the person's stage, in every shipped language. Each element declares which
// of its words are true only at some stages (its `stages` table); the full kit is rendered at every
// stage, with and without runner-up, with every detail given and with none, and no word may show
// at a stage its table leaves out. A translation must not add a claim, so the words checked are
// the language's own.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../src/rejection-support/define.js';
import { stages as checklistStages } from '../src/followup-checklist/strings.js';
import { MAIL_STAGES } from '../src/internal/draft.js';
import { registerLocale } from '../src/internal/registry.js';
import { STAGES, trueAt, type Stage } from '../src/internal/stage.js';
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
import { stages as takeawayStages } from '../src/rejection-takeaways/strings.js';
import { captureWarnings, flatText, roots } from './helpers.js';

type Table = Record<string, Record<string, string>>;
const LOCALES: Record<string, Table> = { ar, de, 'en-GB': enGB, es, fr, it: it_, ja, nl, pl, 'pt-BR': ptBR } as unknown as Record<string, Table>;
const EN = en as unknown as Table;

/** Every stage-bound word: its namespace, its key, and the stages at which it is true. */
const BOUND: [string, string, readonly Stage[]][] = [
  ...Object.entries(takeawayStages).map(([k, s]) => ['rejection-takeaways', k, s!] as [string, string, readonly Stage[]]),
  ...Object.entries(MAIL_STAGES).map(([k, s]) => ['mail', k, s] as [string, string, readonly Stage[]]),
  // A step is known by its reason, the one line only it has.
  ...Object.entries(checklistStages).map(([id, s]) => ['followup-checklist', `${id}.why`, s!] as [string, string, readonly Stage[]]),
];

/** The longest run of `word` between its placeholders: what must not show, whatever fills them. */
const core = (word: string) => word.split(/\{\w+\}/).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');

const ALL = `candidate-name="Ana" company="Northwind" job-title="Designer" contact-name="Jordan" contact-email="jordan@northwind.example"
  linkedin-url="https://www.linkedin.com/in/jordan" jobs-url="https://jobs.example" feedback-url="https://northwind.example/feedback"
  talent-community-url="https://northwind.example/join" resume-url="https://jobs.example/resume" storage-key="truth"
  applications="12" screenings="3" interviews="2" since="2026-01-05"`;

/** Everything the kit shows, every section open: text, and the email draft in its fields. */
async function shown(lang: string, attrs: string): Promise<string> {
  const host = document.createElement('div');
  host.innerHTML = `<rejection-support expanded lang="${lang}" ${attrs}></rejection-support>`;
  const kit = host.firstElementChild as ReactiveElement;
  document.body.append(kit);
  await kit.updateComplete;
  for (const el of roots(kit)) await (el as ReactiveElement).updateComplete;
  const fields = roots(kit).flatMap((r) => [...r.shadowRoot!.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value));
  const text = `${flatText(kit)} ${fields.join(' ')}`.replace(/\s+/g, ' ');
  kit.remove();
  return text;
}

describe('stage truth', function () {
  this.timeout(120000);
  before(() => {
    for (const [code, table] of Object.entries(LOCALES)) registerLocale(code, table);
  });
  afterEach(() => localStorage.clear());

  it('declares words for every stage-bound key in every language', () => {
    for (const [ns, key] of BOUND) {
      expect(EN[ns]?.[key], `${ns}.${key}`).to.be.a('string');
      expect(core(EN[ns][key]).length, `${ns}.${key}`).to.be.at.least(8);
    }
  });

  for (const lang of ['en', ...Object.keys(LOCALES)]) {
    it(`shows no word outside its stages, in ${lang}`, async () => {
      captureWarnings(); // runner-up at the application stage is warned about: expected here
      const words = (ns: string, key: string) => LOCALES[lang]?.[ns]?.[key] ?? EN[ns][key];
      let checked = 0;
      for (const stage of ['', ...STAGES] as const) {
        for (const runnerUp of [false, true]) {
          for (const details of [ALL, '']) {
            const attrs = `${stage ? `stage="${stage}"` : ''} ${runnerUp ? 'runner-up' : ''} ${details}`;
            const text = await shown(lang, attrs);
            // As the elements read it: runner-up is the final round when no stage is given, and
            // means nothing before the interviews.
            const at: Stage | undefined = runnerUp && !stage ? 'final' : stage || undefined;
            for (const [ns, key, allowed] of BOUND) {
              if (trueAt(allowed, at)) continue;
              expect(text, `${lang} ${attrs.trim() || 'no stage'}: ${ns}.${key}`).not.to.contain(core(words(ns, key)));
              checked++;
            }
          }
        }
      }
      expect(checked).to.be.greaterThan(100);
    });
  }

  it('says, at the final round, what only the final round is', async () => {
    // The other side of the test: the words are found where they belong, so a miss above means something.
    const text = await shown('en', `stage="final" ${ALL}`);
    for (const key of ['practiceFinal', 'connectionsFinal']) expect(text).to.contain(core(EN['rejection-takeaways'][key]));
    expect(text).to.contain(core(EN.mail.mailTalks));
  });
});
