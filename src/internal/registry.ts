// The page-wide locale registry. It lives on globalThis under a shared symbol, so the CDN bundle,
// the npm build and every locale module on a page see the same one, whatever order they load in.
// This file is all a locale module carries besides its words.

import type { Locale } from '../locales/en.js';

export type Strings = Record<string, string>;
/**
 * A locale's words: per namespace (an element's tag, `phrases`, `mail`), its words by the English
 * keys of `src/locales/en.ts`. A new language gives every word; a region, or a host changing a few,
 * gives only those (the rest come from its language, then English). TypeScript catches a misspelled
 * namespace or key in a table written out in code.
 */
export type LocaleTable = { [ns in keyof Locale]?: Partial<Locale[ns]> };
/** What the registry holds for a code: a table, or a shipped locale's words packed into one string. */
type Held = Record<string, Strings | undefined> | string;

const KEY = Symbol.for('onward-elements.locales');

/** Registered locales by code: a table, or a shipped locale's words packed into one string (see `lookup`). */
export const locales = (): Record<string, Held> => ((globalThis as Record<symbol, Record<string, Held>>)[KEY] ??= {});

// A shipped locale module is one string, the smallest form gzip gets: per namespace, its initials,
// the fingerprint of its English keys, then its words in that order: `rt^fp^word^word~p^fp^word...`
// (`rejection-takeaways`, `phrases`). No word holds either mark.
export const WORD = '^';
export const NAMESPACE = '~';

/** A namespace's initials, its name in a packed locale: `rejection-takeaways` is `rt`. */
export const initials = (ns: string): string => ns.replace(/\B\w|-/g, '');

/** A short fingerprint of a namespace's keys, so words are never matched to the wrong keys. */
export function fingerprint(keys: string[]): string {
  let h = 0x811c9dc5;
  for (const ch of keys.join()) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  // The top 20 bits, at most four base-36 digits: enough to tell namespaces and versions apart.
  return (h >>> 12).toString(36);
}

/**
 * Adds (or replaces) a locale, then tells every Onward element on the page to re-render.
 * `code` is a BCP 47 tag such as `fr` or `pt-BR`; `table` holds its words by namespace and key,
 * as `src/locales/en.ts` does (a string is the packed form the shipped locale modules use).
 */
export function registerLocale(code: string, table: LocaleTable | string): void {
  // Canonical (and so safe for Intl), or a RangeError here rather than in a render later.
  locales()[Intl.getCanonicalLocales(code)[0]] = table;
  // On a server there is no window to tell, and nothing to re-render.
  globalThis.dispatchEvent?.(new CustomEvent('onward-locale', { detail: code }));
}

/**
 * Adds packed words to those a language already holds, newest first: a locale module for one
 * element leaves the words another element's module brought. (Not in the CDN bundle: only the
 * per-element locale modules call it.)
 */
export function addLocale(code: string, packed: string): void {
  const held = locales()[code];
  registerLocale(code, typeof held !== 'string' ? packed : held.includes(packed) ? held : packed + NAMESPACE + held);
}
