import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from './validation.js';

// What Onward saves is the candidate's, and no neighbour may erase it: not a script that clears
// storage, not another tab, not a second copy of Onward on the page, not garbage under our key.
//
// - A record is `{v, t}`: the fields, and when each last changed (a field taken back keeps its time,
//   so the removal travels too). Records merge field by field, newest first; a tie goes to the larger
//   value, so every tab and copy settles on the same record.
// - Every read, ours or another tab's, goes through `parse`: bounded in size and shape, own keys only,
//   into objects without a prototype, so `__proto__` or `constructor` is just an id.
// - A local save reads what is stored, merges, and writes. A remote change is merged into what is
//   shown and never written back, so two tabs cannot echo each other. The one write a remote change
//   causes is a restore: when what is stored lacks what this element knows (a neighbour removed,
//   garbled or emptied the record), the merge goes back, once.
// - localStorage can throw (privacy modes, sandboxed frames, quota). Every write is also kept in
//   memory for the page, which serves reads while storage fails.

export type Fields = Record<string, string | boolean>;
interface Stored {
  v: Fields;
  t: Record<string, number>;
}

const MAX_RAW = 200_000;
const MAX_FIELDS = 100;
const MAX_VALUE = 20_000;

const bare = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const empty = (s: Stored) => !Object.keys(s.v).length;
const none = (): Stored => ({ v: bare(), t: bare() });

/** A stored record from raw text: `undefined` when there is none, `null` when what is there is not one. */
function parse(raw: string | null | undefined): Stored | null | undefined {
  if (raw == null) return undefined;
  if (raw.length > MAX_RAW) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(data) || !isRecord(data.v) || !isRecord(data.t)) return null;
  const keys = new Set([...Object.keys(data.v), ...Object.keys(data.t)]);
  if (keys.size > MAX_FIELDS) return null;
  const out = none();
  // A field of the wrong shape (another version's, or a neighbour's) is skipped; the rest stands.
  for (const k of keys) {
    const value = Object.hasOwn(data.v, k) ? data.v[k] : undefined;
    const time = Object.hasOwn(data.t, k) ? data.t[k] : 0;
    if (value !== undefined && typeof value !== 'boolean' && !(typeof value === 'string' && value.length <= MAX_VALUE)) continue;
    if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) continue;
    if (value !== undefined) out.v[k] = value;
    out.t[k] = time;
  }
  return out;
}

/** Field by field, the newer of the two; at the same moment, the larger value (so both sides agree). */
function merge(a: Stored, b: Stored): Stored {
  const out = none();
  for (const k of new Set([...Object.keys(a.t), ...Object.keys(b.t)])) {
    const [ta, tb] = [a.t[k] ?? -1, b.t[k] ?? -1];
    const win = ta !== tb ? (ta > tb ? a : b) : String(a.v[k] ?? '') >= String(b.v[k] ?? '') ? a : b;
    if (k in win.v) out.v[k] = win.v[k];
    out.t[k] = win.t[k];
  }
  return out;
}

const same = (a: Stored, b: Stored) => {
  const keys = Object.keys(a.t);
  return keys.length === Object.keys(b.t).length && keys.every((k) => a.t[k] === b.t[k] && a.v[k] === b.v[k]);
};

// Shared by every copy of Onward on the page, whatever its version, under one global symbol, as the
// locale registry is: the in-memory copy of each key, which keys only memory holds, and the event a
// save sends so that every copy's elements hear of it.
interface Page {
  memory: Map<string, string>;
  unsaved: Set<string>;
}
const page = (): Page => ((globalThis as Record<symbol, Page>)[Symbol.for('onward-elements.storage.v1')] ??= { memory: new Map(), unsaved: new Set() });
const SAVED = 'onward-storage';
/** One cause, whether a read or a write failed (privacy mode, a sandboxed frame, a full quota): one warning. */
const STORAGE_FAILED = 'could not use localStorage';

const area = (): Storage | undefined => {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
};

const subscribers = new Map<string, Set<Saved>>();
/** The saver whose write is being announced right now, which has nothing to learn from it. */
let writer: Saved | undefined;
let listening = false;

function hear(key: string | null, raw: () => string | null | undefined): void {
  for (const [k, savers] of subscribers) {
    if (key !== null && key !== k) continue;
    for (const saver of savers) if (saver !== writer) saver.heard(raw());
  }
}

function onStorage(event: StorageEvent): void {
  // sessionStorage, or another origin's area, is none of our business.
  if (event.storageArea !== area()) return;
  if (event.key !== null) {
    page().unsaved.delete(event.key);
    if (event.newValue == null) page().memory.delete(event.key);
    else page().memory.set(event.key, event.newValue);
  }
  hear(event.key, () => (event.key === null ? null : event.newValue));
}

function onSaved(event: Event): void {
  const key = (event as CustomEvent<unknown>).detail;
  if (typeof key === 'string') hear(key, () => page().memory.get(key));
}

/**
 * The saved state of an element with a `storage-key`: `onward:<tag>:<key>` in localStorage, followed
 * across tabs, elements and copies of Onward while the element is connected.
 */
export class Saved implements ReactiveController {
  key?: string;
  /** Whether what is saved reaches localStorage; when not, it lasts as long as the page. */
  persistent = true;
  #last: Stored = none();
  #subscribed = false;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private apply: (fields: Fields) => void,
  ) {
    host.addController(this);
  }

  #warn(problem: string): void {
    warnOnce(this.host, 'storage-key', `${problem}; keeping progress on this page only`);
  }

  #setPersistent(ok: boolean): void {
    if (ok === this.persistent) return;
    this.persistent = ok;
    this.host.requestUpdate();
  }

  /** The stored record: from localStorage, or from memory when storage fails or memory is newer. */
  #read(): Stored | undefined {
    const key = this.key!;
    const { memory, unsaved } = page();
    let raw = memory.get(key);
    if (!unsaved.has(key)) {
      try {
        raw = area()!.getItem(key) ?? undefined;
      } catch {
        this.#setPersistent(false);
        this.#warn(STORAGE_FAILED);
      }
    }
    return this.#parse(raw) ?? undefined;
  }

  /** `parse`, with one warning when what is stored is not a record of ours. */
  #parse(raw: string | null | undefined): Stored | null | undefined {
    const stored = parse(raw);
    if (stored === null) this.#warn('found unreadable saved data');
    return stored;
  }

  #write(stored: Stored): void {
    const key = this.key!;
    const raw = JSON.stringify(stored);
    const { memory, unsaved } = page();
    memory.set(key, raw);
    try {
      area()!.setItem(key, raw);
      unsaved.delete(key);
      this.#setPersistent(true);
    } catch {
      unsaved.add(key);
      this.#setPersistent(false);
      this.#warn(STORAGE_FAILED);
    }
    const outer = writer;
    writer = this;
    try {
      dispatchEvent(new CustomEvent(SAVED, { detail: key }));
    } finally {
      writer = outer;
    }
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
    const saved = key && typeof window === 'object' ? this.#read() : undefined;
    this.#last = saved ?? none();
    if (saved || previous) return { ...saved?.v };
    if (Object.keys(held).length) this.save(held);
    return held;
  }

  /** Saves what the person now has: each field that changed gets this moment's time. */
  save(fields: Fields): void {
    // Without a prototype, so a step called `__proto__` is a field like any other.
    const mine: Stored = { v: bare(), t: Object.assign(bare<number>(), this.#last.t) };
    const now = Date.now();
    for (const k of Object.keys(fields)) mine.v[k] = fields[k];
    for (const k of new Set([...Object.keys(mine.v), ...Object.keys(this.#last.v)])) {
      if (mine.v[k] !== this.#last.v[k]) mine.t[k] = Math.max(now, (this.#last.t[k] ?? 0) + 1);
    }
    if (!this.key || typeof window !== 'object') {
      this.#last = mine;
      return;
    }
    // Whatever another tab or copy saved that this one has not heard of yet is kept.
    const stored = this.#read();
    const merged = stored ? merge(stored, mine) : mine;
    this.#last = merged;
    if (!stored || !same(stored, merged)) this.#write(merged);
    if (!same(merged, mine)) this.apply({ ...merged.v });
  }

  /** Another tab, element or copy changed the record, or a neighbour removed, garbled or emptied it. */
  heard(raw: string | null | undefined): void {
    const theirs = this.#parse(raw) ?? none();
    const merged = merge(this.#last, theirs);
    // What is stored lacks something this element knows (a neighbour removed, garbled or emptied
    // it): that goes back. Merging only ever adds, so this settles after one write, never echoes.
    if (!same(merged, theirs) && !empty(merged)) this.#write(merged);
    if (same(merged, this.#last)) return;
    this.#last = merged;
    this.apply({ ...merged.v });
  }

  hostConnected(): void {
    this.hostDisconnected();
    if (!this.key || !this.host.isConnected || typeof window !== 'object') return;
    if (!listening) {
      addEventListener('storage', onStorage);
      addEventListener(SAVED, onSaved);
      listening = true;
    }
    let set = subscribers.get(this.key);
    if (!set) subscribers.set(this.key, (set = new Set()));
    set.add(this);
    this.#subscribed = true;
  }

  hostDisconnected(): void {
    if (!this.#subscribed) return;
    this.#subscribed = false;
    for (const [key, set] of subscribers) if (set.delete(this) && !set.size) subscribers.delete(key);
    if (!subscribers.size && listening) {
      removeEventListener('storage', onStorage);
      removeEventListener(SAVED, onSaved);
      listening = false;
    }
  }
}
