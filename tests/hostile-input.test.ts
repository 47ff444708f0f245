// Every attribute of every element gets every hostile value: nothing runs, nothing is injected,
// nothing throws, the element never renders blank, and each bad value is warned about once at most.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../src/rejection-support/define.js';
import { TAGS, BAD_URLS, XSS, captureWarnings, injected, part, sleep } from './helpers.js';


const attributesOf = (tag: string) => [...(customElements.get(tag) as unknown as typeof ReactiveElement).observedAttributes];

/** Every shadow root under `el`, the kit's sections included. */
const roots = (el: Element): Element[] => [
  el,
  ...[...el.shadowRoot!.querySelectorAll('*')].filter((c) => c.shadowRoot).flatMap(roots),
];

describe('hostile attribute values, every element', () => {
  afterEach(() => document.querySelectorAll(TAGS.join(',')).forEach((el) => el.remove()));

  for (const tag of TAGS) {
    it(`<${tag}> renders every payload as inert text and stays standing`, async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      const warnings = captureWarnings();
      try {
        for (const payload of [...XSS, ...BAD_URLS, '\u202Egnp.exe', 'x'.repeat(20000), '', '  ', '{"id":1}']) {
          const el = document.createElement(tag) as ReactiveElement;
          for (const attr of attributesOf(tag)) el.setAttribute(attr, payload);
          document.body.append(el);
          await el.updateComplete;
          await sleep(0);
          for (const root of roots(el)) {
            expect(injected(root), `${tag} ${payload.slice(0, 30)}`).to.deep.equal([]);
            for (const a of root.shadowRoot!.querySelectorAll('a[href]')) {
              expect((a as HTMLAnchorElement).protocol).to.be.oneOf(['http:', 'https:', 'mailto:']);
            }
          }
          const base = part(el, 'base')!;
          expect(base.textContent!.trim().length + base.querySelectorAll('*').length, `${tag} is blank`).to.be.greaterThan(0);
          el.remove();
        }
        // Each (attribute, value) is reported at most once even across re-renders.
        expect(new Set(warnings.messages).size).to.equal(warnings.messages.length);
      } finally {
        warnings.restore();
        window.removeEventListener('error', onError);
      }
      await sleep(20);
      expect(errors).to.deep.equal([]);
      expect(window.__xss).to.equal(undefined);
    });
  }
});
