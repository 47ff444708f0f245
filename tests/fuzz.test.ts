// A seeded generator throws 500 random and hostile values at every attribute of every element:
// no uncaught error, no injected node, no script, never blank, and each bad value is warned about
// once (exactly once where the value is certainly invalid, never twice for the same value). Then
// the same for properties, with values of every type a host script or a framework might pass, and
// for the words of a locale a host registers (from its CMS, say), which may hold anything too.
// Last, axe over elements built from hostile attributes: bad input must not cost accessibility.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../src/rejection-support/define.js';
import { registerLocale } from '../src/internal/registry.js';
import { en } from '../src/locales/en.js';
import { TAGS, axeViolations, captureWarnings, expectInert, part, prng, roots, sleep, watchErrors } from './helpers.js';

const SEED = Number(new URLSearchParams(location.search).get('seed') ?? 20261125);
const VALUES_PER_ELEMENT = 500;

type Kind = 'text' | 'url' | 'email' | 'enum' | 'int' | 'date' | 'list' | 'json' | 'bool';
const KINDS: Record<string, Kind> = {
  'linkedin-url': 'url',
  'jobs-url': 'url',
  'feedback-url': 'url',
  'talent-community-url': 'url',
  'resume-url': 'url',
  href: 'url',
  'contact-email': 'email',
  layout: 'enum',
  stage: 'enum',
  theme: 'enum',
  tone: 'enum',
  variant: 'enum',
  'heading-level': 'int',
  'check-in-days': 'int',
  applications: 'int',
  screenings: 'int',
  interviews: 'int',
  since: 'date',
  'reapply-after': 'date',
  takeaways: 'list',
  sections: 'list',
  exclude: 'list',
  items: 'json',
  'runner-up': 'bool',
  'hide-closing': 'bool',
  'hide-progress': 'bool',
  'ask-feedback': 'bool',
  'talent-community': 'bool',
};

/**
 * Values no attribute of that kind may accept: each must be warned about, once. (Empty and
 * whitespace-only values mean "not set" and are silent by design.)
 */
const CERTAINLY_INVALID: Partial<Record<Kind, RegExp>> = {
  url: /^\s*(javascript|data|vbscript|file):/i,
  int: /^-\d|^(?=[\s\S]*\S)\D+$/,
  enum: /[<>"{}]/,
};

function generator(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const words = ['twelve', 'NaN', 'Infinity', '-0', '1e3', '0x10', '２', 'null', 'undefined', 'true', 'false'];
  const chars = () =>
    Array.from({ length: 1 + Math.floor(random() * 40) }, () => String.fromCodePoint(Math.floor(random() * 0x2fff))).join('');
  const makers = [
    () => pick(['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>', '"><svg onload=window.__xss=1>', '</style><b>x</b>']),
    () => pick(['javascript:window.__xss=1', ' JAVASCRIPT:window.__xss=1', 'data:text/html,<script>window.__xss=1</script>', 'vbscript:x', 'file:///etc/hosts']),
    () => 'A'.repeat(1000 + Math.floor(random() * 200000)),
    () => `\u0000\u0007\u001b[31m${chars()}\u007f\u0085`,
    () => `\u202eevil\u202c\u2066${chars()}\u2069`,
    () => pick(words),
    () => pick(['{}', '[]', '[1,2,3]', '{"id":1}', '[{"id":{"x":1},"label":[]}]', '[null]', '"str"', '{"__proto__":{"polluted":1}}']),
    () => String(Math.floor(random() * 2e6) - 1e6),
    () => String(random() * 100),
    () => pick(['', ' ', '\t\n', '0', '2', '7', 'final', 'cards', 'dark', 'brief', 'banner', 'https://example.com/x', 'a@b.example']),
    () => pick(['2026-02-30', '2026-13-01', '2099-01-01', '1900-01-01', '2026-01-01T99:99', 'tomorrow', '01/02/2026']),
    chars,
  ];
  return () => pick(makers)();
}

const warnedAttrs = new Set<string>();
const warnedMessages = new Set<string>();


describe(`fuzz (seed ${SEED}, ${VALUES_PER_ELEMENT} values per element)`, function () {
  this.timeout(120000);
  afterEach(() => localStorage.clear());

  for (const [index, tag] of TAGS.entries()) {
    it(`<${tag}> survives every value`, async () => {
      const random = prng(SEED + index);
      const next = generator(random);
      const attrs = [...(customElements.get(tag) as unknown as typeof ReactiveElement).observedAttributes];
      const el = document.createElement(tag) as ReactiveElement;
      document.body.append(el);
      const { errors, stop } = watchErrors();
      const warnings = captureWarnings();
      try {
        for (let i = 0; i < VALUES_PER_ELEMENT; i++) {
          const attr = attrs[Math.floor(random() * attrs.length)];
          const value = next();
          const seen = warnings.messages.length;
          el.setAttribute(attr, value);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          const mine = warnings.messages.slice(seen).filter((m) => m.startsWith(`<${tag}> ${attr}:`));
          const label = `${tag} ${attr}=${JSON.stringify(value.slice(0, 60))}`;
          // Never the same complaint twice.
          expect(new Set(mine).size, label).to.equal(mine.length);
          // The first certainly invalid value of an attribute warns, and the same warning never
          // comes twice (warnings are once per tag, attribute and rule, page-wide, and never quote
          // the value).
          const certain = CERTAINLY_INVALID[KINDS[attr] ?? 'text']?.test(value);
          if (certain && !warnedAttrs.has(attr)) expect(mine.length, `${label} must warn`).to.be.at.least(1);
          for (const message of mine) {
            expect(warnedMessages.has(message), `${label} warned again`).to.equal(false);
            warnedMessages.add(message);
          }
          if (mine.length) warnedAttrs.add(attr);
          expectInert(el, label);
          expect(part(el, 'base')!.textContent!.trim(), `${label} left it blank`).not.to.equal('');
        }
      } finally {
        stop();
        el.remove();
      }
      await sleep(20);
      expect(errors).to.deep.equal([]);
      expect(window.__xss).to.equal(undefined);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }
});

/** Values of every type, including ones with no text form at all (a Symbol, an object without a prototype). */
const TYPED: unknown[] = [
  0, -1, 1.5, NaN, Infinity, 3, true, false, null, undefined, '', {}, [], [1, 2], ['a'], [null], [['nested']],
  { toString: () => '<b>x</b>' }, { id: 'a', label: 'A' }, [{ id: 1, label: 2 }], [{ id: 'a', label: '<i>A</i>', href: 'javascript:x' }],
  new Date(NaN), new Date(2026, 0, 1), () => 'fn', 12n, Symbol('s'), Object.create(null), { length: 3 }, 'final', 'dark',
];

describe(`property fuzz (seed ${SEED}, ${VALUES_PER_ELEMENT} values per element)`, function () {
  this.timeout(120000);
  afterEach(() => localStorage.clear());

  for (const [index, tag] of TAGS.entries()) {
    it(`<${tag}> survives a value of any type in every property`, async () => {
      const random = prng(SEED * 31 + index);
      const props = [...(customElements.get(tag) as unknown as typeof ReactiveElement).elementProperties.keys()] as string[];
      const el = document.createElement(tag) as ReactiveElement & Record<string, unknown>;
      document.body.append(el);
      const { errors, stop } = watchErrors();
      const warnings = captureWarnings();
      try {
        for (let i = 0; i < VALUES_PER_ELEMENT; i++) {
          const prop = props[Math.floor(random() * props.length)];
          const value = TYPED[Math.floor(random() * TYPED.length)];
          const label = `${tag}.${prop} = ${typeof value === 'symbol' ? 'a Symbol' : typeof value} #${i}`;
          try {
            el[prop] = value;
            await el.updateComplete;
          } catch (error) {
            errors.push(`${label}: ${error}`);
          }
          expect(errors, label).to.deep.equal([]);
          expectInert(el, label);
          expect(part(el, 'base')!.textContent!.trim(), `${label} left it blank`).not.to.equal('');
        }
        // However many times a bad value came back, its warning came once.
        expect(new Set(warnings.messages).size).to.equal(warnings.messages.length);
      } finally {
        stop();
        el.remove();
      }
    });
  }
});

// What a host's own translation table might hold where a word belongs.
const WORDS: unknown[] = [
  ...TYPED,
  '<img src=x onerror="window.__xss=1">',
  '{constructor}',
  '{__proto__}{toString}',
  '{role}{role}{name}{missing}',
  '{',
  'one:',
  '|||',
  ': | :',
  'one: a | other',
  'zero: x | few: y',
  '\u202eevil\u0000',
  'A'.repeat(5000),
  'Gut',
];
const ATTRS =
  'candidate-name="Ana" company="Acme" job-title="Designer" stage="final" runner-up contact-name="Jo" contact-email="jo@acme.example" ' +
  'jobs-url="/j" linkedin-url="https://www.linkedin.com/in/x" talent-community applications="5" interviews="1" since="2026-01-05" href="/r" resume-url="/r"';

describe(`locale fuzz (seed ${SEED}, 40 tables per element)`, function () {
  this.timeout(120000);

  for (const [index, tag] of TAGS.entries()) {
    it(`<${tag}> renders whatever a host locale holds, without throwing`, async () => {
      const random = prng(SEED * 7 + index);
      const pick = () => WORDS[Math.floor(random() * WORDS.length)];
      const host = document.createElement('div');
      host.innerHTML = `<${tag} lang="zz" ${ATTRS}></${tag}>`;
      const el = host.firstElementChild as ReactiveElement;
      document.body.append(el);
      const { errors, stop } = watchErrors();
      captureWarnings(); // expected warnings, kept off the console
      try {
        for (let round = 0; round < 40; round++) {
          const table = Object.fromEntries(
            Object.entries(en).map(([ns, words]) => [ns, Object.fromEntries(Object.keys(words).map((key) => [key, pick()]))]),
          );
          const label = `${tag}, table #${round}`;
          try {
            registerLocale('zz', table as Record<string, Record<string, string>>);
            await el.updateComplete;
            await sleep(0);
          } catch (error) {
            errors.push(`${label}: ${error}`);
          }
          expect(errors, label).to.deep.equal([]);
          expectInert(el, label);
          for (const root of roots(el)) {
            // Text only: a placeholder never reaches into the prototype of the values it fills in.
            expect(root.shadowRoot!.textContent, label).not.to.contain('[native code]');
            // Every count keeps a word beside its number, whatever forms the table gave.
            for (const stat of root.shadowRoot!.querySelectorAll('[part="stat"] .label')) expect(stat.textContent!.trim(), label).not.to.equal('');
          }
          expect(part(el, 'base')!.textContent!.trim(), `${label} left it blank`).not.to.equal('');
        }
      } finally {
        stop();
        el.remove();
      }
      expect(window.__xss).to.equal(undefined);
    });
  }
});

// Bad and odd values of every kind, short enough for axe to check quickly.
const AXE_VALUES = [
  '<b>x</b>', 'javascript:x', 'A'.repeat(300), '\u0000\u202e', 'NaN', '-1', '99999', '2026-02-30', '2099-01-01', '', ' ',
  '[{"id":"a","label":" "}]', '[{"id":"a","label":"A","href":"https://e.x"},{"id":"b","label":"B","action":"jobs"}]',
  'final', 'dark', 'auto', '7', '3', 'https://example.com', '/rel', 'a@b.example', 'compact', 'cards', 'banner', 'brief',
  'takeaways,email', '{"heading":" ","intro":"<i>x</i>"}',
];

describe(`axe under hostile attributes (seed ${SEED}, 20 elements per tag)`, function () {
  this.timeout(120000);
  afterEach(() => localStorage.clear());

  for (const [index, tag] of TAGS.entries()) {
    it(`<${tag}> has no axe violations, whatever its attributes say`, async () => {
      const random = prng(SEED * 13 + index);
      const attrs = [...(customElements.get(tag) as unknown as typeof ReactiveElement).observedAttributes];
      const found: string[] = [];
      captureWarnings(); // expected warnings, kept off the console
      for (let i = 0; i < 20; i++) {
        const el = document.createElement(tag) as ReactiveElement;
        for (let k = 0; k < 6; k++) el.setAttribute(attrs[Math.floor(random() * attrs.length)], AXE_VALUES[Math.floor(random() * AXE_VALUES.length)]);
        document.body.append(el);
        await el.updateComplete;
        await sleep(30);
        // A bad `lang` is the host's own attribute on the host's element, flagged there by axe: not ours.
        const violations = (await axeViolations(el)).filter((v) => !v.startsWith('valid-lang'));
        if (violations.length) found.push(`${el.outerHTML.slice(0, 200)}: ${violations.join('; ')}`);
        el.remove();
      }
      expect(found.length, found.join('\n')).to.equal(0);
    });
  }
});
