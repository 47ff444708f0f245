// Every attribute is untrusted text from the host page. These parsers turn it into safe values and
// warn once per tag, attribute and value on the page: re-renders, re-created elements and the
// kit's sections never repeat a warning.

const warned = new Set<string>();

/** A value as text. A host script can pass anything: a value with no text form (a Symbol, an object without a prototype) is empty text rather than a throw mid-render. */
const str = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return '';
  }
};

/** Shortens and escapes a value so a warning stays one readable line. */
const show = (value: unknown): string => {
  const raw = str(value);
  return raw.length > 60 ? `${JSON.stringify(raw.slice(0, 50))}… (${raw.length} characters)` : JSON.stringify(raw);
};

export function warnOnce(el: Element, attr: string, value: unknown, hint: string): void {
  const message = `<${el.localName}> ignored ${attr}=${show(value)}`;
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`${message}: ${hint}`);
}

/** Absent, empty and whitespace-only values all mean "not set". */
export const isBlank = (value: unknown): boolean =>
  value == null || (typeof value === 'string' && value.trim() === '');

/** Plain text for display: trimmed, control characters removed, `undefined` when blank. */
export function text(value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  // Strips C0/C1 controls and bidi overrides that could disguise or reorder the text around it.
  const clean = str(value).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
  const squeezed = clean.replace(/\s+/g, ' ').trim();
  return squeezed || undefined;
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
  warnOnce(el, attr, value, `expected ${allowed.join(' | ')}; ${fallback ? `using "${fallback}"` : 'leaving it out'}`);
  return fallback;
}

/** Attribute converter that keeps a non-numeric value as typed, so the warning can quote it. */
export const numeric = {
  fromAttribute: (value: string | null): number | string | null => (value && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
};

export function intInRange(
  el: Element,
  attr: string,
  value: unknown,
  min: number,
  max: number,
  fallback: number,
): number;
export function intInRange(el: Element, attr: string, value: unknown, min: number, max: number): number | undefined;
/** A whole number from `min` to `max`; anything else warns and gives `fallback` (or `undefined`: left out). */
export function intInRange(
  el: Element,
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
  warnOnce(el, attr, value, `expected a whole number from ${min} to ${max}; ${fallback === undefined ? 'leaving it out' : `using ${fallback}`}`);
  return fallback;
}

/**
 * A calendar date written `YYYY-MM-DD` (a time may follow, after a `T` or, as databases write it, a
 * space), as local midnight. Impossible dates such as 2026-02-30 warn and give `undefined`.
 */
export function date(el: Element, attr: string, value: unknown): Date | undefined {
  if (isBlank(value)) return undefined;
  // Not every engine reads the space form, so Date.parse, which checks the time, gets the T form.
  const m = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.exec(str(value).trim().replace(' ', 'T'));
  if (m) {
    const d = new Date(+m[1], +m[2] - 1, +m[3]);
    if (d.getMonth() === +m[2] - 1 && d.getDate() === +m[3] && !isNaN(Date.parse(m[0]))) return d;
  }
  warnOnce(el, attr, value, 'expected a date such as 2026-03-01; leaving it out');
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
    warnOnce(el, attr, value, `known values are ${known.join(', ')}${picked.length ? '' : '; using the default'}`);
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
    warnOnce(el, attr, value, `expected up to ${max} ${hint}; ${kept.length ? 'skipped the rest' : 'using the default'}`);
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
    // Empty text resolves to the page itself, which no one asked to link to.
    if (raw && protocols.includes(url.protocol)) return base || url.host !== 'ssr.invalid' ? url.href : url.href.slice(19);
  } catch {
    // falls through to the warning
  }
  warnOnce(el, attr, value, `only ${protocols.join(' ')} links are allowed; leaving the link out`);
  return undefined;
}

// Deliberately strict: no characters that would need escaping inside a mailto: URL.
const EMAIL = /^[A-Za-z0-9.!$'*+=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function email(el: Element, attr: string, value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  const v = str(value).trim();
  if (v.length <= 254 && EMAIL.test(v)) return v;
  warnOnce(el, attr, value, 'expected an email address such as jo@example.com; leaving it out');
  return undefined;
}
