import { NAMESPACE, WORD, fingerprint, initials, locales, type Strings } from './registry.js';

export type { Strings } from './registry.js';
export type Params = Record<string, string | number>;

/** Languages of the locale modules the package ships (English is built in), in any region. */
export const SHIPPED = /^(en|es|fr|de|pt|it|nl|pl|ja|ar)(-|$)/i;
export const RTL = /^(ar|he|fa|ur)(-|$)/i;

// A placeholder, and the full stop after it: a value that ends a sentence already ("Acme Inc.")
// keeps its own, so the email never says "Acme Inc.. I'm".
const PLACEHOLDER = /\{(\w+)\}(\.?)/g;

// Filled-in sentences are shared: a page with many elements holds each sentence once, not once
// per element. Bounded, so a page of ever-new values cannot grow it without limit.
const filled = new Map<string, string>();

// What every element can use alike, made once for the whole page: Intl formatters (slow to make),
// class names (many instances, a handful of values).
const made = new Map<string, unknown>();
/** The page-wide value under `key` (name its kind: `date en`, a class list), made by `make` the first time. */
export function shared<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

// English, the built-in language, writes its own numbers, dates and lists: the first Intl number or date
// formatter on a page costs Chromium 12-15 ms to load its data, a fifth of a kit's first render.
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** A whole number as `locale` writes it (`12,345` in English). */
export const formatNumber = (locale: string, n: number): string =>
  locale === 'en' ? `${n}`.replace(/\B(?=(\d{3})+$)/g, ',') : shared(`number ${locale}`, () => new Intl.NumberFormat(locale)).format(n);

/** A date in `locale`'s long style (`December 10, 2026` in English). */
export const formatDate = (locale: string, d: Date): string =>
  locale === 'en'
    ? `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`
    : shared(`date ${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(d);

/** Short names run together as `locale` lists them (`Product Designer, Northwind` in English). */
export const formatList = (locale: string, items: string[]): string =>
  locale === 'en' ? items.join(', ') : shared(`list ${locale}`, () => new Intl.ListFormat(locale, { type: 'unit', style: 'short' })).format(items);

/** Sentences run on as their language writes them: a space between, none after a full-width stop (Japanese, Chinese). */
export const sentences = (...parts: unknown[]): string => parts.filter(Boolean).join(' ').replace(/。 /g, '。');

/** Fills `{name}` placeholders. Values are inserted as text and rendered by Lit as text. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  let key = template;
  for (const name in params) key += `\u0000${name}\u0001${params[name]}`;
  let out = filled.get(key);
  if (out === undefined) {
    if (filled.size > 500) filled.clear();
    // Own values only: `{constructor}` in a host's words is not a way into Object.prototype.
    out = template.replace(PLACEHOLDER, (_, name: string, stop: string) => {
      const value = Object.hasOwn(params, name) ? String(params[name] ?? '') : '';
      return value.endsWith('.') ? value : value + stop;
    });
    filled.set(key, out);
  }
  return out;
}

/** The language that applies to `el`: its own `lang`, the closest ancestor's (across shadow roots), `<html lang>`, else `en`. */
export function resolveLang(el: Element): string {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    const lang = (node as Element).getAttribute?.('lang')?.trim();
    if (lang) return lang;
  }
  return 'en';
}

/**
 * The locale for a language tag: the registered tag itself, else its language (`es-MX` to `es`),
 * else another region of it (`pt-PT` to `pt-BR`). English, built in, borrows no other region's
 * words (British words on an American page would be wrong), and a region other than the US keeps
 * its tag, so that `Intl` dates things its way: `en-GB` says 1 May 2099. (Its words then come from
 * its language's table, see `OnwardElement.t`.)
 */
export function match(lang: string): string | undefined {
  const codes = Object.keys(locales());
  const lower = lang.toLowerCase();
  const base = lower.split('-')[0];
  return (
    codes.find((c) => c.toLowerCase() === lower) ??
    (/^en-(?!us)[a-z]{2}$/.test(lower)
      ? lang
      : codes.find((c) => c.toLowerCase() === base) ??
        (base != 'en' ? codes.find((c) => c.toLowerCase().split('-')[0] === base) : undefined))
  );
}

// A shipped locale module packs its words into one string (see registry.ts), unpacked here on first
// use: per language and namespace, the words of the table registered last, so a locale registered
// again replaces what it held rather than adding to it.
const unpacked: Record<string, [string, Strings?]> = {};

/** A namespace's words in `code`, or `undefined` (then English is used), as for no `code` at all. */
export function lookup(code: string | undefined, ns: string, english: Strings): Strings | undefined {
  // No code is "undefined", which no locale can be: registerLocale takes only valid language tags.
  const table = locales()[code!];
  if (typeof table !== 'string') return table?.[ns];
  // No namespace name ends another, so the two run together stay unique.
  const id = code + ns;
  if (unpacked[id]?.[0] !== table) {
    const keys = Object.keys(english);
    const print = fingerprint(keys);
    const mine = table.split(NAMESPACE).filter((s) => s.startsWith(initials(ns) + WORD));
    // The newest words packed against these keys: another version's locale file, loaded before or
    // after this one, is passed over rather than misplaced.
    const found = mine.map((s) => s.split(WORD)).find((words) => words[1] === print);
    // No words for this element is normal (a module per element, one not loaded): English, quietly.
    if (mine.length && !found) console.warn(`Onward: the "${code}" words for ${ns} are for another version; using English.`);
    unpacked[id] = [table, found && Object.fromEntries(keys.map((k, i) => [k, found[i + 2]]))];
  }
  return unpacked[id][1];
}
