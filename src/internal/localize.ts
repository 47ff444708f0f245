// Every word an element shows comes from a string table. English lives beside each element (so each
// element carries only its own words); other locales and per-instance overrides are looked up first.

export type Strings = Record<string, string>;
export type Params = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

// Filled-in sentences are shared: a page with many elements holds each sentence once, not once
// per element. Bounded, so a page of ever-new values cannot grow it without limit.
const filled = new Map<string, string>();

/** Fills `{name}` placeholders. Values are inserted as text and rendered by Lit as text. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  let key = template;
  for (const name in params) key += `\u0000${name}\u0001${params[name]}`;
  let out = filled.get(key);
  if (out === undefined) {
    if (filled.size > 500) filled.clear();
    out = template.replace(PLACEHOLDER, (_, name: string) => String(params[name] ?? ''));
    filled.set(key, out);
  }
  return out;
}

/** The language that applies to `el`: its own `lang`, the closest ancestor's (across shadow roots), `<html lang>`, else `en`. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!.trim();
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}
