// Every Onward event bubbles out of shadow roots so a host can listen on any ancestor.

/** Detail of `onward-change` from `<followup-checklist>`. `id` is `null` after Start over. */
export interface ChecklistChangeDetail {
  id: string | null;
  checked: boolean;
  done: number;
  total: number;
}

/** Detail of `onward-change` from `<interview-reflection>`: which answer changed, never its text. */
export interface ReflectionChangeDetail {
  id: string;
}

export interface CompleteDetail {
  total: number;
}

/** Detail of `onward-action`: which call to action was used, and the checklist item, if any. */
export interface ActionDetail {
  action: string;
  id?: string;
}

export interface OnwardEventMap {
  'onward-view': CustomEvent<null>;
  'onward-change': CustomEvent<ChecklistChangeDetail | ReflectionChangeDetail>;
  'onward-complete': CustomEvent<CompleteDetail>;
  'onward-action': CustomEvent<ActionDetail>;
}

type DetailOf<K extends keyof OnwardEventMap> = OnwardEventMap[K]['detail'];

/** Dispatches an `onward-*` event; returns `false` when a listener called `preventDefault()`. */
export function emit<K extends keyof OnwardEventMap>(
  el: Element,
  name: K,
  detail: DetailOf<K>,
  cancelable = false,
): boolean {
  return el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalEventHandlersEventMap extends OnwardEventMap {}
}
