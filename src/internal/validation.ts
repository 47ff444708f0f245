// Every attribute is untrusted text from the host page. These parsers turn it into safe values and
// warn once per tag, attribute and rule on the page: re-renders, re-created elements and the kit's
// sections never repeat a warning. A warning never quotes the value: it may be personal data, and
// error trackers send console warnings to third parties.

// Page-wide, under one global symbol, so two copies of Onward on a page never repeat each other.
const warned: Set<string> = ((globalThis as Record<symbol, Set<string>>)[Symbol.for('onward-elements.warned.v1')] ??= new Set());

/** A value as text. A host script can pass anything: a value with no text form (a Symbol, an object without a prototype) is empty text rather than a throw mid-render. */
const str = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return '';
  }
};

/** Who a warning is about: an element, or one of the `onward-elements/ats` adapters. */
export type Source = Element | { readonly adapter: string };

/** Warns once per page for this tag (or adapter), attribute (or field) and rule: `<followup-email> contact-email: ...`. */
export function warnOnce(el: Source, attr: string, rule: string): void {
  const message = `${'adapter' in el ? el.adapter : `<${el.localName}>`} ${attr}: ${rule}`;
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** Absent, empty and whitespace-only values all mean "not set". */
export const isBlank = (value: unknown): boolean =>
  value == null || (typeof value === 'string' && value.trim() === '');

// Characters that show nothing: format characters (zero-width spaces and joiners, the soft hyphen,
// bidi marks), Hangul fillers and the braille blank. A name made only of them is no name.
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0\u2800\s]/gu;

/** `s` with every control character (C0, C1) and line or paragraph separator as a space: one line, whatever the words. */
export const controlsToSpaces = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');

/** Plain text for display: trimmed, control characters removed, `undefined` when nothing visible is left. */
export function text(value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  // Strips C0/C1 controls and bidi overrides that could disguise or reorder the text around it.
  // Bounded first: text inside a host's list or table is cut at the list's own cap.
  const clean = controlsToSpaces(str(value).slice(0, CAPS.list)).replace(/[\u202a-\u202e\u2066-\u2069]/g, ' ');
  const squeezed = clean.replace(/\s+/g, ' ').trim();
  return squeezed.replace(INVISIBLE, '') ? squeezed : undefined;
}

/** The most characters an attribute keeps: names and titles 200, an address 254, links 2,000, lists and JSON more. */
/** The largest count the recap shows (applications, screenings, interviews). */
export const MAX_COUNT = 100_000;

export const CAPS = { text: 200, email: 254, url: 2000, list: 2000, json: 50_000 } as const;

/** `value` cut to `max` characters, with one warning when it was longer. Anything but text passes as it is. */
export function capped<T>(el: Source, attr: string, value: T, max: number): T {
  if (typeof value !== 'string' || value.length <= max) return value;
  warnOnce(el, attr, `longer than ${max} characters; cut to ${max}`);
  return value.slice(0, max) as T;
}

export function oneOf<T extends string>(
  el: Element,
  attr: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (isBlank(value)) return fallback;
  const v = str(value).trim().toLowerCase() as T;
  if (allowed.includes(v)) return v;
  warnOnce(el, attr, `expected ${allowed.join(' | ')}; ${fallback ? `using "${fallback}"` : 'leaving it out'}`);
  return fallback;
}

/** Attribute converter that keeps a non-numeric value as typed, so the parser can tell a bad value from none and warn. */
export const numeric = {
  fromAttribute: (value: string | null): number | string | null => (value && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
};

export function intInRange(
  el: Source,
  attr: string,
  value: unknown,
  min: number,
  max: number,
  fallback: number,
): number;
export function intInRange(el: Source, attr: string, value: unknown, min: number, max: number): number | undefined;
/** A whole number from `min` to `max`; anything else warns and gives `fallback` (or `undefined`: left out). */
export function intInRange(
  el: Source,
  attr: string,
  value: unknown,
  min: number,
  max: number,
  fallback?: number,
): number | undefined {
  if (isBlank(value)) return fallback;
  const raw = str(value).trim();
  const n = Number(raw);
  if (/^\d+$/.test(raw) && n >= min && n <= max) return n;
  warnOnce(el, attr, `expected a whole number from ${min} to ${max}; ${fallback === undefined ? 'leaving it out' : `using ${fallback}`}`);
  return fallback;
}

/**
 * A calendar date written `YYYY-MM-DD` (a time may follow, after a `T` or, as databases write it, a
 * space), as local midnight. Impossible dates such as 2026-02-30, and years before 1900 or after
 * 2100 (`0001-01-01` is how .NET writes "no date"), warn and give `undefined`.
 */
export function date(el: Source, attr: string, value: unknown): Date | undefined {
  if (isBlank(value)) return undefined;
  // Not every engine reads the space form, so Date.parse, which checks the time, gets the T form.
  const m = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.exec(str(value).trim().replace(' ', 'T'));
  if (m && +m[1] >= 1900 && +m[1] <= 2100) {
    const d = new Date(+m[1], +m[2] - 1, +m[3]);
    if (d.getMonth() === +m[2] - 1 && d.getDate() === +m[3] && !isNaN(Date.parse(m[0]))) return d;
  }
  warnOnce(el, attr, 'expected a date from 1900 to 2100 such as 2026-03-01; leaving it out');
  return undefined;
}

/**
 * A comma list of known ids, de-duplicated, in the host's order. Unknown ids are dropped with a
 * warning; a list with nothing usable falls back to `fallback`.
 */
export function idList<T extends string>(
  el: Element,
  attr: string,
  value: unknown,
  known: readonly T[],
  fallback: readonly T[],
): T[] {
  if (isBlank(value)) return [...fallback];
  // Read in any case, as HTML reads its own keywords, and given back in the case of the known id: a
  // host's own step ids (`callRecruiter`) keep theirs.
  const found = str(value)
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((s) => known.find((id) => id.toLowerCase() === s));
  const picked = [...new Set(found.filter(Boolean) as T[])];
  if (found.includes(undefined) || !picked.length) {
    warnOnce(el, attr, `known values are ${known.join(', ')}${picked.length ? '' : '; using the default'}`);
  }
  return picked.length ? picked : [...fallback];
}

/**
 * A list of records from a JSON attribute (or an array set as a property), each kept by `pick`
 * when usable. Malformed JSON, the wrong shape or skipped entries warn once; `undefined` means
 * "use the default".
 */
export function records<T>(
  el: Element,
  attr: string,
  value: unknown,
  max: number,
  pick: (entry: Record<string, unknown>, kept: T[]) => T | undefined,
  hint: string,
): T[] | undefined {
  if (isBlank(value)) return undefined;
  let data = value;
  try {
    if (typeof value === 'string') data = JSON.parse(value);
  } catch {
    data = undefined;
  }
  const list = Array.isArray(data) ? data : [];
  const kept: T[] = [];
  for (const entry of list.slice(0, max)) {
    const item = entry && typeof entry === 'object' ? pick(entry, kept) : undefined;
    if (item) kept.push(item);
  }
  if (kept.length < list.length || !kept.length) {
    warnOnce(el, attr, `expected up to ${max} ${hint}; ${kept.length ? 'skipped the rest' : 'using the default'}`);
  }
  return kept.length ? kept : undefined;
}

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/**
 * A link the widget may render: `http:`, `https:` or `mailto:` only, resolved against the page, so
 * `javascript:`, `data:` and friends never reach an `href`.
 */
export function safeUrl(
  el: Element,
  attr: string,
  value: unknown,
  protocols: readonly string[] = SAFE_PROTOCOLS,
): string | undefined {
  if (isBlank(value)) return undefined;
  try {
    // On a server there is no page to resolve against: a relative link stays relative.
    const base = globalThis.document?.baseURI;
    const raw = str(value).trim();
    const url = new URL(raw, base ?? 'https://ssr.invalid/');
    // A mail link keeps its address and nothing else: no cc, bcc or body a host's data slipped in.
    if (url.protocol === 'mailto:' && protocols.includes('mailto:')) {
      const to = decodeURIComponent(url.pathname);
      if (!EMAIL.test(to)) throw new Error();
      if (url.search) warnOnce(el, attr, 'a mailto: link keeps only its address; dropped the rest');
      return `mailto:${to}`;
    }
    // Empty text resolves to the page itself, which no one asked to link to.
    if (raw && protocols.includes(url.protocol)) return base || url.host !== 'ssr.invalid' ? url.href : url.href.slice(19);
  } catch {
    // falls through to the warning
  }
  warnOnce(el, attr, `only ${protocols.join(' ')} links are allowed; leaving the link out`);
  return undefined;
}

/**
 * A LinkedIn link: `https:` on linkedin.com or a subdomain, after URL parsing (which writes an
 * international host in punycode, so a look-alike never matches) and with no user name in it.
 * Anything else would put a LinkedIn-labelled button to another site on the page.
 */
export function linkedinUrl(el: Element, attr: string, value: unknown): string | undefined {
  const href = safeUrl(el, attr, value, ['https:']);
  if (!href) return undefined;
  // A relative link (on a server, with no page to resolve it) is not LinkedIn either.
  const url = URL.canParse(href) ? new URL(href) : undefined;
  if (url && !url.username && !url.password && (url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com'))) return href;
  warnOnce(el, attr, 'only https://linkedin.com links are allowed; leaving the link out');
  return undefined;
}

// Deliberately strict: no characters that would need escaping inside a mailto: URL.
const EMAIL = /^[A-Za-z0-9.!$'*+=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function email(el: Source, attr: string, value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  const v = str(value).trim();
  if (v.length <= CAPS.email && EMAIL.test(v)) return v;
  warnOnce(el, attr, 'not a single email address such as jo@example.com; ignored');
  return undefined;
}
