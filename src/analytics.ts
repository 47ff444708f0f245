// onward-elements/analytics: forwards Onward's events to your analytics in one line, with only
// what is safe to send: the event, the element, and the non-personal fields of the detail.
import type { OnwardEventMap } from './internal/events.js';

export const ONWARD_EVENTS = ['onward-view', 'onward-change', 'onward-complete', 'onward-action'] as const;

/** What reaches your analytics: never a name, an address or anything the person typed. */
export interface OnwardAnalyticsEvent {
  event: keyof OnwardEventMap;
  /** The element's own tag (`followup-checklist`), also when a host registered it under another name. */
  element: string;
  id?: string;
  checked?: boolean;
  done?: number;
  total?: number;
  action?: string;
}

// Ids and action names are the host's configuration, not the person's words; anything else, or
// anything that does not look like an id, is dropped.
const SAFE_ID = /^[\w-]{1,40}$/;
function safe(detail: unknown): Partial<OnwardAnalyticsEvent> {
  const d = (detail ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ['id', 'action'] as const) if (typeof d[key] === 'string' && SAFE_ID.test(d[key] as string)) out[key] = d[key];
  if (typeof d.checked === 'boolean') out.checked = d.checked;
  for (const key of ['done', 'total'] as const) if (Number.isInteger(d[key])) out[key] = d[key];
  return out;
}

/**
 * Sends every `onward-*` event that reaches `root` (default: the whole document) to `sink`: a
 * function, or `'dataLayer'` to push `{event, onward}` onto `window.dataLayer` for Google Tag
 * Manager and friends. Returns a function that stops it.
 *
 * ```js
 * import { track } from 'onward-elements/analytics';
 * track('dataLayer');
 * ```
 */
export function track(sink: ((event: OnwardAnalyticsEvent) => void) | 'dataLayer', root: EventTarget = document): () => void {
  const forward = (e: Event) => {
    const source = e.composedPath()[0] as Element;
    const payload = {
      event: e.type as OnwardAnalyticsEvent['event'],
      element: (source.constructor as { tag?: string }).tag || source.localName,
      ...safe((e as CustomEvent).detail),
    };
    if (sink === 'dataLayer') {
      const w = globalThis as unknown as { dataLayer?: unknown[] };
      (w.dataLayer ??= []).push({ event: payload.event, onward: payload });
    } else sink(payload);
  };
  for (const type of ONWARD_EVENTS) root.addEventListener(type, forward);
  return () => ONWARD_EVENTS.forEach((type) => root.removeEventListener(type, forward));
}
