// The drafted email speaks for the candidate, whoever they are: in languages whose adjectives agree
// with the speaker, no first-person sentence of any draft carries one (fr "ravi", es "agradecido",
// it "grato", pt-BR "obrigado", ar "ممتن"...). The words are the language's own, from src/.
import { expect } from '@open-wc/testing';
import '../src/followup-email/define.js';
import { registerLocale } from '../src/internal/registry.js';
import { STAGES } from '../src/internal/stage.js';
import ar from '../src/locales/ar.js';
import es from '../src/locales/es.js';
import fr from '../src/locales/fr.js';
import it_ from '../src/locales/it.js';
import ptBR from '../src/locales/pt-BR.js';
import type { FollowupEmailElement } from '../src/followup-email/followup-email.js';
import { captureWarnings } from './helpers.js';

// Adjectives and participles that would say the sender is a man or a woman, both forms of each.
const GENDERED: Record<string, [unknown, RegExp]> = {
  fr: [fr, /\b(heureux|heureuse|ravie?s?|reconnaissante?|informée?|déçue?|contente?|enchantée?|intéressée?|honorée?|touchée?|candidate?)\b/i],
  es: [es, /\b(agradecid[oa]|encantad[oa]|content[oa]|decepcionad[oa]|interesad[oa]|honrad[oa]|emocionad[oa]|dispuest[oa]|candidat[oa])\b/i],
  it: [it_, /\b(grat[oa]|lieto|lieta|content[oa]|delus[oa]|interessat[oa]|onorat[oa]|felicissim[oa]|candidat[oa])\b/i],
  'pt-BR': [ptBR, /\b(obrigad[oa]|grat[oa]|decepcionad[oa]|interessad[oa]|honrad[oa]|animad[oa]|agradecid[oa]|candidat[oa])\b/i],
  ar: [ar, /(ممتنّ?ة?|سعيدة?|متحمسة?|مهتمة?|ممتنًا|مرشحًا|مرشحة)/],
};

describe('the email draft, in languages that mark gender', () => {
  before(() => {
    for (const [code, [table]] of Object.entries(GENDERED)) registerLocale(code, table as never);
  });

  for (const [code, [, rule]] of Object.entries(GENDERED)) {
    it(`has no gendered word about the sender in any draft, in ${code}`, async () => {
      captureWarnings(); // runner-up at the application stage is warned about: expected
      let drafts = 0;
      for (const stage of ['', ...STAGES]) {
        for (const tone of ['warm', 'brief']) {
          for (const extra of ['', 'runner-up', 'ask-feedback', 'runner-up ask-feedback']) {
            for (const details of ['candidate-name="Ana" contact-name="Jordan" company="Northwind" job-title="Designer"', '']) {
              const host = document.createElement('div');
              host.innerHTML = `<followup-email lang="${code}" tone="${tone}" ${stage ? `stage="${stage}"` : ''} ${extra} ${details}></followup-email>`;
              document.body.append(host);
              const el = host.firstElementChild as FollowupEmailElement;
              await el.updateComplete;
              const subject = el.shadowRoot!.querySelector<HTMLInputElement>('input')!.value;
              const body = el.shadowRoot!.querySelector('textarea')!.value;
              expect(`${subject}\n${body}`, `${code} ${stage} ${tone} ${extra} ${details ? 'named' : 'bare'}`).to.not.match(rule);
              expect(body.length).to.be.greaterThan(40);
              host.remove();
              drafts++;
            }
          }
        }
      }
      expect(drafts).to.equal(80);
    });
  }
});
