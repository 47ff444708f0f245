// What every adapter shares: reading untrusted vendor objects field by field, the stage rules, and
// the one output shape. Pure functions: no DOM, no network, so they run in Node, edge runtimes and
// browsers alike.
import { STAGES, type Stage } from '../internal/stage.js';
import { CAPS, MAX_COUNT, date, email, intInRange, text, warnOnce } from '../internal/validation.js';

/** The kit's properties an adapter fills: the same names as `<rejection-support>`'s. */
export interface OnwardAttributes {
  candidateName?: string;
  company?: string;
  jobTitle?: string;
  stage?: Stage;
  runnerUp?: boolean;
  contactName?: string;
  contactEmail?: string;
  interviews?: number;
  since?: string;
}

/** What the host knows that no ATS object carries. */
export interface AdapterOptions {
  /** The employer's name, as the candidate knows it. */
  company?: string;
  /** The candidate was a close second: only the host knows it. */
  runnerUp?: boolean;
  /** Stage names of your own and what they mean, read before the rules: `{ 'Portfolio review': 'interview' }`. */
  stages?: Record<string, Stage>;
}

type Json = Record<string, unknown>;

/** Reads one vendor object for one adapter: a field of the wrong type is left out with one warning naming the adapter and the field. */
export class Reader {
  readonly source: { readonly adapter: string };
  constructor(adapter: string) {
    this.source = { adapter };
  }

  warn(field: string, rule: string): void {
    warnOnce(this.source, field, rule);
  }

  /** An object, or `undefined` (absent or null quietly; anything else with a warning). */
  object(value: unknown, field: string): Json | undefined {
    if (value == null) return undefined;
    if (typeof value === 'object' && !Array.isArray(value)) return value as Json;
    this.warn(field, 'expected an object; left out');
    return undefined;
  }

  list(value: unknown, field: string): unknown[] {
    if (value == null) return [];
    if (Array.isArray(value)) return value;
    this.warn(field, 'expected a list; left out');
    return [];
  }

  /** Text as the elements take it: controls and invisible-only names removed, at most 200 characters. */
  text(value: unknown, field: string): string | undefined {
    if (value == null) return undefined;
    if (typeof value !== 'string') {
      this.warn(field, 'expected text; left out');
      return undefined;
    }
    const clean = text(value);
    if (clean && clean.length > CAPS.text) {
      this.warn(field, `longer than ${CAPS.text} characters; cut`);
      return clean.slice(0, CAPS.text);
    }
    return clean;
  }

  /** A first name: `first` when given, else the first word of `full`. */
  firstName(first: unknown, full: unknown, field: string): string | undefined {
    return this.text(first, `${field} first name`) ?? this.text(full, `${field} name`)?.split(' ')[0];
  }

  email(value: unknown, field: string): string | undefined {
    return value == null ? undefined : email(this.source, field, value);
  }

  /** `YYYY-MM-DD` from an ISO date-time or a millisecond epoch, checked as `since` is: 1900 to 2100. */
  day(value: unknown, field: string): string | undefined {
    if (value == null) return undefined;
    let iso: string | undefined;
    if (typeof value === 'number' && Number.isFinite(value)) iso = new Date(value).toISOString();
    else if (typeof value === 'string') iso = value;
    else {
      this.warn(field, 'expected a date; left out');
      return undefined;
    }
    const parsed = date(this.source, field, iso.slice(0, 10));
    return parsed && iso.slice(0, 10);
  }

  /** How many objects in the list `value` are `done`, checked as the recap checks a count; none is left out. */
  count(value: unknown, field: string, done: (item: Json) => boolean): number | undefined {
    const n = this.list(value, field).filter((item) => {
      const object = this.object(item, `${field}[]`);
      return object !== undefined && done(object);
    }).length;
    return n ? intInRange(this.source, field, n, 0, MAX_COUNT) : undefined;
  }

  /** A related object, expanded in `value`, else from `fallback` (unexpanded, `value` is its id, a string). */
  related(value: unknown, field: string, fallback: unknown, fallbackField: string): Json | undefined {
    return (typeof value === 'string' ? undefined : this.object(value, field)) ?? this.object(fallback, fallbackField);
  }

  /** The stage a stage name means: the host's own names first, then plain rules; a name no rule knows is left out rather than guessed. */
  stage(name: unknown, field: string, own: AdapterOptions['stages']): Stage | undefined {
    const title = this.text(name, field);
    if (!title) return undefined;
    const mine = own && Object.prototype.hasOwnProperty.call(own, title) ? own[title] : undefined;
    if (mine !== undefined) {
      if ((STAGES as readonly unknown[]).includes(mine)) return mine;
      this.warn('options.stages', `expected ${STAGES.join(', ')}; using the rules`);
    }
    return stageOf(title);
  }
}

// In this order: "Final interview" is final, "Phone screen interview" is a screening.
const RULES: [RegExp, Stage][] = [
  [/\bfinal\b|\boffer\b/i, 'final'],
  [/\bscreen/i, 'screening'],
  [/interview|on-?site|panel|technical|\btask\b|assignment|case study/i, 'interview'],
  [/application review|\bapplied\b|\bnew\b|\breview\b|\bapplication\b/i, 'applied'],
];

/** The plain rules for a stage name. */
export const stageOf = (name: string): Stage | undefined => RULES.find(([rule]) => rule.test(name))?.[1];

/** Drops what is not set, so `Object.assign(el, props)` never clears a property. */
export function tidy(props: OnwardAttributes, options: AdapterOptions, reader: Reader): OnwardAttributes {
  const company = reader.text(options.company, 'options.company');
  const runnerUp = options.runnerUp === true ? true : undefined;
  const all: OnwardAttributes = { ...props, company, runnerUp };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as OnwardAttributes;
}

/** Reasons that say the candidate, not the employer, ended it (for vendors without a field for it). */
export const WITHDREW = /withdr|candidate (declined|rejected|chose)|declined (the )?offer|accepted (another|other)|no longer interested|not interested/i;

// The order of <rejection-support>'s own attributes.
const ORDER: [keyof OnwardAttributes, string][] = [
  ['candidateName', 'candidate-name'],
  ['company', 'company'],
  ['jobTitle', 'job-title'],
  ['stage', 'stage'],
  ['runnerUp', 'runner-up'],
  ['contactName', 'contact-name'],
  ['contactEmail', 'contact-email'],
  ['interviews', 'interviews'],
  ['since', 'since'],
];
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The props as HTML attributes for a server template: kebab-case, HTML-escaped, in a stable order,
 * `runner-up` bare when true. Anything else in `props` is ignored.
 */
export function toAttributes(props: OnwardAttributes | null | undefined): string {
  if (!props || typeof props !== 'object') return '';
  const out: string[] = [];
  for (const [key, name] of ORDER) {
    const value = (props as Record<string, unknown>)[key];
    if (value === true) out.push(name);
    else if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      out.push(`${name}="${String(value).replace(/[&<>"']/g, (c) => ESCAPES[c])}"`);
    }
  }
  return out.join(' ');
}

/** The adapter's first check: an object, else `null` with a warning. */
export function start(reader: Reader, value: unknown, what: string): Json | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Json;
  reader.warn(what, 'expected the vendor’s object; returning null');
  return null;
}
