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
    let value: unknown;
    try {
      value = event.newValue == null ? undefined : JSON.parse(event.newValue);
    } catch {
      value = undefined;
    }
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

/**
 * The saved state of an element with a `storage-key`: `onward:<tag>:<key>` in localStorage,
 * followed across tabs and elements while the element is connected.
 */
export class Saved implements ReactiveController {
  key?: string;
  #off?: () => void;

  constructor(
    private host: ReactiveControllerHost & Element,
    private apply: (value: unknown) => void,
  ) {
    host.addController(this);
  }

  /** Points at the key for `storageKey`; `true` when that is a different key than before. */
  use(storageKey: string | undefined): boolean {
    // Named after the element's own tag, so a host's custom tag name never moves saved state.
    const key = storageKey && `onward:${(this.host.constructor as unknown as { tag: string }).tag}:${storageKey}`;
    if (key === this.key) return false;
    this.key = key;
    this.hostConnected();
    return true;
  }

  load(): unknown {
    return this.key && load(this.host.localName, this.key);
  }

  save(value: unknown): void {
    if (this.key) save(this.host.localName, this.key, value, this.apply);
  }

  hostConnected(): void {
    this.hostDisconnected();
    if (this.key && this.host.isConnected) this.#off = subscribe(this.key, this.apply);
  }

  hostDisconnected(): void {
    this.#off?.();
    this.#off = undefined;
  }
}
