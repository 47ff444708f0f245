// Every attribute of every element gets every hostile value: nothing runs, nothing is injected,
// nothing throws, the element never renders blank, and each bad value is warned about once at most.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../src/rejection-support/define.js';
import { TAGS, BAD_URLS, XSS, captureWarnings, expectInert, part, sleep, watchErrors } from './helpers.js';


const attributesOf = (tag: string) => [...(customElements.get(tag) as unknown as typeof ReactiveElement).observedAttributes];


describe('hostile attribute values, every element', () => {
  afterEach(() => document.querySelectorAll(TAGS.join(',')).forEach((el) => el.remove()));

  for (const tag of TAGS) {
    it(`<${tag}> renders every payload as inert text and stays standing`, async () => {
      const { errors, stop } = watchErrors();
      const warnings = captureWarnings();
      try {
        for (const payload of [...XSS, ...BAD_URLS, '\u202Egnp.exe', 'x'.repeat(20000), '', '  ', '{"id":1}']) {
          const el = document.createElement(tag) as ReactiveElement;
          for (const attr of attributesOf(tag)) el.setAttribute(attr, payload);
          document.body.append(el);
          await el.updateComplete;
          await sleep(0);
          expectInert(el, `${tag} ${payload.slice(0, 30)}`);
          const base = part(el, 'base')!;
          expect(base.textContent!.trim().length + base.querySelectorAll('*').length, `${tag} is blank`).to.be.greaterThan(0);
          el.remove();
        }
        // Each (attribute, value) is reported at most once even across re-renders.
        expect(new Set(warnings.messages).size).to.equal(warnings.messages.length);
      } finally {
        warnings.restore();
        stop();
      }
      await sleep(20);
      expect(errors).to.deep.equal([]);
      expect(window.__xss).to.equal(undefined);
    });
  }
});
