import 'axe-core/axe.min.js';
import { setViewport } from '@web/test-runner-commands';
import { chai, expect } from '@open-wc/testing';

/** Every element, by its tag. */
export const TAGS = [
  'rejection-takeaways',
  'followup-checklist',
  'followup-email',
  'interview-reflection',
  'stay-connected',
  'search-recap',
  'resume-cta',
  'rejection-support',
];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options?: object): Promise<AxeResult> };
    __xss?: number;
  }
}

/**
 * axe's violations inside `el` (it sees into open shadow roots), as readable one-liners. Two WCAG
 * rules axe leaves off by default are switched on: 2.2's target size (2.5.8, AA) and bold text
 * posing as a heading (1.3.1, A; marked experimental).
 */
export async function axeViolations(el: Element): Promise<string[]> {
  const rules = { 'target-size': { enabled: true }, 'p-as-heading': { enabled: true } };
  const { violations } = await window.axe.run(el, { resultTypes: ['violations'], rules });
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

// Lit's dev-mode warnings (https://lit.dev/msg/...) point at real mistakes: any of them fails the
// test that caused it. The one-time "dev mode" notice is expected in tests and let through.
const litWarnings: string[] = [];
const isLitWarning = (text: string) => text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode');
const consoleWarn = console.warn;
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (isLitWarning(text)) litWarnings.push(text);
  consoleWarn.apply(console, args);
};
// Whatever a test stands in for (console.warn, the clipboard, downloads, storage) is put back after
// it, pass or fail, newest first: a failed test leaves nothing behind to mislead the next one.
const undo: (() => void)[] = [];
/** Replaces `target[key]` with `value` until the end of the test; the function returned puts it back sooner. */
export function stub<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): () => void {
  const real = target[key];
  target[key] = value;
  const back = () => void (target[key] = real);
  undo.push(back);
  return back;
}
afterEach(() => {
  undo.splice(0).reverse().forEach((back) => back());
  if (litWarnings.length) throw new Error(`Lit warned:\n${litWarnings.splice(0).join('\n')}`);
});

// A failed assertion about a DOM node would otherwise hang the whole file until the runner's 120 s
// limit: the runner tries to copy the node, and the page it hangs from, into its report. It gets
// the node's opening tag instead, so the failure is reported at once and says which node it was,
// wherever it sits in an array or a plain object.
const opening = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(opening);
  if (v instanceof Element) return v.outerHTML.slice(0, v.outerHTML.indexOf('>') + 1);
  if (v instanceof Node) return v.nodeName;
  if (v && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([key, value]) => [key, opening(value)]));
  }
  return v;
};
chai.use(({ Assertion }) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (...args: Parameters<typeof assert>) {
    try {
      assert.apply(this, args);
    } catch (error) {
      const e = error as { actual?: unknown; expected?: unknown };
      [e.actual, e.expected] = [opening(e.actual), opening(e.expected)];
      throw error;
    }
  };
});

// A link that one of our elements should have cancelled would take the test page away, and the
// file would hang until the runner gives up. It is stopped here, last, and fails the running test.
addEventListener('click', (e) => {
  const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && !!n.href);
  if (e.defaultPrevented || !link || !/^https?:$/.test(link.protocol)) return;
  e.preventDefault();
  reportError(new Error(`A click on a link to ${link.href} was not cancelled: it would have left the test page`));
});

/** Takes the Lit warnings collected so far (only the harness's own test needs this). */
export const takeLitWarnings = (): string[] => litWarnings.splice(0);

/** Lets every warning come once more, as on a fresh page (Onward warns once per page for each tag, attribute and rule). */
export const forgetWarnings = (): void => (globalThis as Record<symbol, Set<string> | undefined>)[Symbol.for('onward-elements.warned.v1')]?.clear();

/**
 * Collects console.warn calls until the end of the test (or the next capture). Lit's own warnings
 * still fail the test.
 */
export function captureWarnings(): { messages: string[] } {
  forgetWarnings();
  const messages: string[] = [];
  stub(console, 'warn', (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (isLitWarning(text)) litWarnings.push(text);
    else messages.push(text);
  });
  return { messages };
}

export const part = <T extends Element = HTMLElement>(el: Element, name: string): T | null =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

export const parts = <T extends Element = HTMLElement>(el: Element, name: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`),
];

/**
 * Whether every section the kit keeps one click away has been drawn (each in an idle moment of its
 * own); true for any element without folded sections. Reads a frame's elements too.
 */
export const drawnWhole = (el: Element): boolean =>
  parts(el, 'toggle').every(
    (toggle) => !!el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)?.firstElementChild?.shadowRoot?.querySelector('[part~="base"]'),
  );

/** Waits, connected, through idle moments until `el` has drawn every folded section. */
export async function drawAll(el: Element): Promise<void> {
  for (let i = 0; i < 20 && !drawnWhole(el); i++) {
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 200 }));
    await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

/**
 * Text of `node` in the flat tree: slots replaced by what is assigned to them, hidden parts left out.
 * Node types are told by `nodeType` and `localName`, not `instanceof`, so it also reads a frame's nodes.
 */
export function flatText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as HTMLElement;
  if (el.localName === 'style' || el.localName === 'template' || el.hidden) return '';
  const children =
    el.localName === 'slot'
      ? (el as HTMLSlotElement).assignedNodes().length
        ? (el as HTMLSlotElement).assignedNodes()
        : [...el.childNodes]
      : [...(el.shadowRoot ?? el).childNodes];
  return children.map(flatText).join(' ');
}

/** What a reader sees: the text of the element's shadow tree, slotted content included, spaces squeezed. */
export const visibleText = (el: Element, name = 'base'): string =>
  flatText(part(el, name)!).replace(/\s+/g, ' ').replace(/ ([.,:;!?])/g, '$1').trim();

/** Hostile strings that must show up as plain text and never run or add elements. */
export const XSS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  "'><svg onload=window.__xss=1>",
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
];

export const BAD_URLS = [
  'javascript:window.__xss=1',
  ' JaVaScRiPt:window.__xss=1',
  'java\tscript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

/** Elements inside the shadow root that no template of ours ever renders. */
export const injected = (el: Element): Element[] => [
  ...el.shadowRoot!.querySelectorAll('script, img, svg, iframe, object, embed, style:not([data-lit]), [onerror], [onload]'),
];

/** `el` and every element with a shadow root under it, the kit's sections included. */
export const roots = (el: Element): Element[] => [
  el,
  ...[...el.shadowRoot!.querySelectorAll('*')].filter((c) => c.shadowRoot).flatMap(roots),
];

/**
 * What no input may do to `el`: put a node there that our templates never render, or a link to
 * anything but http(s) or mailto, or to the page itself (where an empty value resolves).
 */
export function expectInert(el: Element, label: string): void {
  const page = location.href.split('#')[0];
  for (const root of roots(el)) {
    expect(injected(root), label).to.deep.equal([]);
    for (const a of root.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      expect(a.protocol, label).to.be.oneOf(['http:', 'https:', 'mailto:']);
      expect(a.href.split('#')[0], label).not.to.equal(page);
    }
  }
}

/** Uncaught errors and unhandled rejections on the page, collected until `stop()`. */
export function watchErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** mulberry32: small, fast and good enough to make the same run every time. */
export function prng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether an Onward element is still in its first draw (the `drawing` custom state), kept in its space and unseen. */
export const isDrawing = (el: Element): boolean => el.matches(':state(drawing)');

/** For `frame`: the frame's page has drawn each of `tags` (default: every Onward tag) whole, its first draw over (it may take more than one task). */
export const drawnAll =
  (tags: readonly string[] = TAGS) =>
  (w: Window): boolean =>
    tags.every((tag) => {
      const el = w.document.querySelector(tag);
      return !!el?.shadowRoot?.querySelector('[part~="base"]') && !isDrawing(el);
    });

/** For `frame`: the frame's `tag` has a form control and has finished drawing (a first draw may take more than one task). */
export const drawnIn =
  (tag: string) =>
  (w: Window): boolean => {
    const el = w.document.querySelector(tag);
    return !!el?.shadowRoot?.querySelector('textarea, input') && !isDrawing(el);
  };

/**
 * Runs `note` at the start of every task a timer with no delay starts (how Onward yields to the
 * browser between parts of a first draw), before that task's own work: what the tasks before it
 * left. Returns the function that stops watching.
 */
export function beforeEachTask(note: () => void): () => void {
  const timer = window.setTimeout;
  window.setTimeout = ((run: () => void, ms?: number) =>
    timer(() => {
      note();
      run();
    }, ms)) as typeof setTimeout;
  return () => (window.setTimeout = timer);
}

/** Loads `body` in a same-origin iframe and resolves with its window once `ready` holds. */
export async function frame(
  body: string,
  ready: (win: Window & typeof globalThis) => boolean,
  src?: string,
): Promise<{ win: Window & typeof globalThis; iframe: HTMLIFrameElement }> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:800px;height:600px;border:0';
  if (src) iframe.src = src;
  else iframe.srcdoc = body;
  document.body.append(iframe);
  const started = Date.now();
  for (;;) {
    const win = iframe.contentWindow as Window & typeof globalThis;
    try {
      if (win && win.document.readyState === 'complete' && ready(win)) return { win, iframe };
    } catch {
      // not ready yet
    }
    if (Date.now() - started > 8000) throw new Error(`frame never became ready: ${src ?? body.slice(0, 80)}`);
    await sleep(20);
  }
}

/** Captures what the element would download: the file name and the text, without saving anything; and which `blob:` URLs it made and let go of. Until the end of the test. */
export function captureDownloads(): { files: { name: string; type: string; text: Promise<string> }[]; made: string[]; revoked: string[] } {
  const files: { name: string; type: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  const made: string[] = [];
  const revoked: string[] = [];
  const click = HTMLAnchorElement.prototype.click;
  let n = 0;
  stub(URL, 'createObjectURL', (blob: Blob | MediaSource) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob as Blob);
    made.push(url);
    return url;
  });
  stub(URL, 'revokeObjectURL', (url: string) => void revoked.push(url));
  stub(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href')!);
    if (blob && this.download) files.push({ name: this.download, type: blob.type, text: blob.text() });
    else click.call(this);
  });
  return { files, made, revoked };
}

/** Stands in for the clipboard until the end of the test: what is written lands in `copied`, unless `write` is given (a refusal, say). */
export function captureClipboard(write?: (text: string) => Promise<void>): { copied: string[] } {
  const copied: string[] = [];
  stub(navigator.clipboard, 'writeText', write ?? (async (text: string) => void copied.push(text)));
  return { copied };
}

/** Resources the page has fetched so far (scripts, XHR, images...): a widget must add none. */
export const requests = (): string[] => {
  // The buffer holds 250 entries by default; a full one would drop new requests and hide them.
  performance.setResourceTimingBufferSize(100_000);
  return performance.getEntriesByType('resource').map((e) => e.name);
};

/** The fields saved under `key` (the stored record is `{v: fields, t: times}`). */
export const stored = (key: string): Record<string, unknown> | undefined => {
  const raw = localStorage.getItem(key);
  return raw ? JSON.parse(raw).v : undefined;
};

/** Saves `fields` under `key` the way an element does, as if written `ago` ms ago. */
export const store = (key: string, fields: Record<string, unknown>, ago = 0): void =>
  localStorage.setItem(
    key,
    JSON.stringify({ v: fields, t: Object.fromEntries(Object.keys(fields).map((k) => [k, Date.now() - ago])) }),
  );

/** A checklist's saved fields: one `true` per ticked step. */
export const ticks = (...ids: string[]): Record<string, true> => Object.fromEntries(ids.map((id) => [id, true]));

/** Renders with `make()` on a 320 px wide screen: nothing scrolls sideways, and axe (target size included) finds nothing. */
export async function expectReflowAt320(make: () => Promise<Element>): Promise<void> {
  await setViewport({ width: 320, height: 640 });
  try {
    const el = await make();
    const base = part(el, 'base')!;
    expect(base.scrollWidth, el.localName).to.be.at.most(base.clientWidth);
    expect(document.documentElement.scrollWidth, el.localName).to.be.at.most(320);
    expect(await axeViolations(el), `${el.localName} at 320 px`).to.deep.equal([]);
    el.remove();
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}
