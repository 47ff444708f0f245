import type { ReactiveController, ReactiveControllerHost } from 'lit';

// localStorage can throw (privacy modes, sandboxed iframes, quota) or hold anything another script
// wrote. Saved state must survive all of it: every write is also kept in memory for this page, a
// read that fails or a write that failed is served from there, and each failure is reported once.

type Listener = (value: unknown) => void;

const memory = new Map<string, string>();
/** Keys whose last write did not reach localStorage, so memory is newer. */
const unsaved = new Set<string>();
const listeners = new Map<string, Set<Listener>>();
const reported = new Set<string>();

function report(tag: string, key: string, problem: string, error?: unknown): void {
  if (reported.has(key + problem)) return;
  reported.add(key + problem);
  console.warn(`<${tag}> ${problem} for "${key}"; keeping progress in memory on this page.`, error ?? '');
}

function parse(tag: string, key: string, raw: string | null): unknown {
  if (raw == null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    report(tag, key, 'found unreadable saved data');
    return undefined;
  }
}

export function load(tag: string, key: string): unknown {
  if (unsaved.has(key)) return parse(tag, key, memory.get(key)!);
  let raw: string | null;
  try {
    raw = localStorage.getItem(key);
  } catch (error) {
    report(tag, key, 'could not read saved progress', error);
    raw = memory.get(key) ?? null;
  }
  return parse(tag, key, raw);
}

/** Saves `value` and tells other subscribers to the same key on this page. */
export function save(tag: string, key: string, value: unknown, from?: Listener): void {
  const raw = JSON.stringify(value);
  memory.set(key, raw);
  try {
    localStorage.setItem(key, raw);
    unsaved.delete(key);
  } catch (error) {
    unsaved.add(key);
    report(tag, key, 'could not save progress', error);
  }
  for (const fn of listeners.get(key) ?? []) if (fn !== from) fn(value);
}

let listening = false;

function onStorage(event: StorageEvent): void {
  // Another tab wrote (or cleared) storage: its value is newer than anything held here.
  const keys = event.key === null ? [...listeners.keys()] : [event.key];
  for (const key of keys) {
    const fns = listeners.get(key);
    if (!fns) continue;
    unsaved.delete(key);
    if (event.newValue == null) memory.delete(key);
    else memory.set(key, event.newValue);
    // Cleared is `null`, unreadable stays `undefined`: neither has the shape of saved state.
    let value: unknown;
    try {
      value = JSON.parse(event.newValue!);
    } catch {}
    for (const fn of fns) fn(value);
  }
}

/** Calls `fn` when another tab, or another element on this page, saves under `key`. */
export function subscribe(key: string, fn: Listener): () => void {
  if (!listening) {
    window.addEventListener('storage', onStorage);
    listening = true;
  }
  const set = listeners.get(key) ?? new Set<Listener>();
  listeners.set(key, set);
  set.add(fn);
  return () => {
    set.delete(fn);
    if (!set.size) listeners.delete(key);
    if (!listeners.size && listening) {
      window.removeEventListener('storage', onStorage);
      listening = false;
    }
  };
}

type Fields = Record<string, unknown>;
/** What is stored: the fields, and when each last changed, so two tabs can merge field by field. */
interface Stored {
  v: Fields;
  t: Record<string, number>;
}
const EMPTY: Stored = { v: {}, t: {} };
const signature = (s: Stored) =>
  Object.keys(s.t)
    .sort()
    .map((k) => `${k}\u0000${s.t[k]}\u0000${JSON.stringify(s.v[k])}`)
    .join('\u0001');
/** Whatever storage held, if it has the shape of a `Stored`. */
const asStored = (s: Partial<Stored> | null | undefined): Stored | undefined =>
  s && typeof s.v === 'object' && s.v && typeof s.t === 'object' && s.t ? (s as Stored) : undefined;

/**
 * The saved state of an element with a `storage-key`: `onward:<tag>:<key>` in localStorage,
 * followed across tabs and elements while the element is connected. State is a record of fields;
 * when another tab writes, each field keeps its newest value, so changes made in two tabs at the
 * same moment are both kept. Clearing storage elsewhere clears it here too.
 */
export class Saved implements ReactiveController {
  key?: string;
  #off?: () => void;
  #last: Stored = EMPTY;

  constructor(
    private host: ReactiveControllerHost & Element,
    private apply: (fields: Fields) => void,
  ) {
    host.addController(this);
  }

  /**
   * Points at the key for `storageKey`. When that is a different key than before, returns the
   * fields to show: those saved under it; for a first key with nothing saved, `held` (what the
   * person did before the key came), now saved under it; for any other key, none. `undefined`
   * when the key did not change.
   */
  use(storageKey: string | undefined, held: Fields): Fields | undefined {
    // Named after the element's own tag, so a host's custom tag name never moves saved state.
    const key = storageKey && `onward:${(this.host.constructor as unknown as { tag: string }).tag}:${storageKey}`;
    if (key === this.key) return undefined;
    const previous = this.key;
    this.key = key;
    this.hostConnected();
    const saved = this.#load();
    if (saved || previous) return saved ?? {};
    if (Object.keys(held).length) this.save(held);
    return held;
  }

  /** The saved fields, or `undefined` when nothing usable is saved (or on a server, where nothing is). */
  #load(): Fields | undefined {
    const stored = asStored((this.key && typeof window === 'object' && load(this.host.localName, this.key)) as Stored);
    this.#last = stored ?? EMPTY;
    return stored?.v;
  }

  save(fields: Fields): void {
    const t = { ...this.#last.t };
    const now = Date.now();
    for (const k of new Set([...Object.keys(fields), ...Object.keys(this.#last.v)])) {
      if (fields[k] !== this.#last.v[k]) t[k] = now;
    }
    this.#write({ v: fields, t });
  }

  #write(stored: Stored): void {
    this.#last = stored;
    if (this.key) save(this.host.localName, this.key, stored, this.#remote);
  }

  #remote = (value: unknown): void => {
    const theirs = asStored(value as Stored);
    let merged = EMPTY;
    if (theirs) {
      const v: Fields = {};
      const t: Record<string, number> = {};
      for (const k of new Set([...Object.keys(this.#last.t), ...Object.keys(theirs.t)])) {
        const newer = (theirs.t[k] ?? 0) >= (this.#last.t[k] ?? 0) ? theirs : this.#last;
        if (k in newer.v) v[k] = newer.v[k];
        t[k] = newer.t[k];
      }
      merged = { v, t };
    }
    this.#last = merged;
    this.apply(merged.v);
    // Our own newer fields go back, so every tab ends up with the same merged state. Compared
    // field by field: key order differs between tabs, and a false "changed" would ping-pong.
    if (theirs && signature(merged) !== signature(theirs)) this.#write(merged);
  };

  hostConnected(): void {
    this.hostDisconnected();
    if (this.key && this.host.isConnected) this.#off = subscribe(this.key, this.#remote);
  }

  hostDisconnected(): void {
    this.#off?.();
    this.#off = undefined;
  }
}
