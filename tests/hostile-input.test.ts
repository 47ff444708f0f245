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
        // Each (attribute, value) is reported at most once even across re-renders, in one readable
        // line: a 20,000-character value is quoted in part, with its length.
        expect(new Set(warnings.messages).size).to.equal(warnings.messages.length);
        expect(warnings.messages.filter((m) => m.length > 300 || m.includes('\n'))).to.deep.equal([]);
      } finally {
        stop();
      }
      await sleep(20);
      expect(errors).to.deep.equal([]);
      expect(window.__xss).to.equal(undefined);
    });
  }
});

describe('text that could disguise itself', () => {
  // U+202E reverses what follows it ("gnp.exe" reads "exe.png"), U+2066 isolates it, and a C0
  // control can hide in a name: each becomes a plain space, wherever the text is shown or drafted.
  const tricks = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('shows names with bidi overrides and control characters as plain text', async () => {
    const el = document.createElement('rejection-takeaways');
    el.setAttribute('company', '\u202Egnp.exe\u202C Acme\u0007 Inc');
    el.setAttribute('candidate-name', '\u2066Ana\u2069');
    document.body.append(el);
    await el.updateComplete;
    const shown = part(el, 'base')!.textContent!;
    expect(shown).to.contain('gnp.exe Acme Inc');
    expect(shown).to.contain('Ana');
    expect(shown).not.to.match(tricks);
    el.remove();
  });

  it('drafts the email and its mailto: link without them', async () => {
    const el = document.createElement('followup-email');
    el.setAttribute('contact-name', 'Jo\u202E\u0000');
    el.setAttribute('company', '\u2067Acme\u2069');
    el.setAttribute('contact-email', 'jo@acme.example');
    document.body.append(el);
    await el.updateComplete;
    const body = part<HTMLTextAreaElement>(el, 'body')!.value;
    expect(body).to.match(/^Hi Jo,/);
    expect(body).to.contain('Acme');
    expect(body).not.to.match(tricks);
    const href = decodeURIComponent(part<HTMLAnchorElement>(el, 'email')!.href);
    expect(href).to.contain('Hi Jo,');
    expect(href).not.to.match(/[\u0000\u202a-\u202e\u2066-\u2069]/);
    el.remove();
  });
});
