import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { emit } from './events.js';
import { format, type Params, type Strings } from './localize.js';
import { intInRange, oneOf } from './validation.js';

export const THEMES = ['light', 'dark', 'auto'] as const;

/** An `<h2>`–`<h6>` at `level`, so each element fits the host page's outline. */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const i = id ?? nothing;
  switch (level) {
    case 3:
      return html`<h3 part=${part} class=${part} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} id=${i}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${part} id=${i}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${part} id=${i}>${content}</h2>`;
  }
}

/**
 * What every Onward element shares: the theme, the string table and `onward-view`.
 * `K` is the element's string keys, so a typo in a key is a type error.
 *
 * @cssprop [--onward-font-family=inherit] - Font of all text.
 * @cssprop [--onward-font-size=1rem] - Base font size; everything else scales from it.
 * @cssprop [--onward-line-height=1.5] - Line height of body text.
 * @cssprop [--onward-color-text=#1f2328] - Main text colour (dark theme: #e6edf3).
 * @cssprop [--onward-color-muted=#555f6b] - Secondary text colour (dark theme: #a3adb8).
 * @cssprop [--onward-color-surface=#ffffff] - Card background (dark theme: #161b22).
 * @cssprop [--onward-color-border=#d1d9e0] - Borders and dividers (dark theme: #3d444d).
 * @cssprop [--onward-color-accent=#0b57b8] - Links, buttons, badges and checkboxes (dark theme: #7cb7ff).
 * @cssprop [--onward-color-on-accent=#ffffff] - Text on the accent colour (dark theme: #0d1117).
 * @cssprop [--onward-color-success=#1a7434] - Progress and completion (dark theme: #56c46b).
 * @cssprop [--onward-radius=0.75rem] - Corner radius of the card; inner corners scale from it.
 * @cssprop [--onward-space=1rem] - Base spacing unit.
 * @cssprop [--onward-shadow=a soft two-layer shadow] - Card shadow; `none` for a flat card.
 * @cssprop [--onward-focus-ring=3px solid accent] - Outline of the keyboard focus ring.
 */
export class OnwardElement<K extends string = string> extends LitElement {
  /** @internal The element's English words; overrides and other locales are looked up first. */
  static messages: Strings = {};
  /** @internal The tag `define()` uses by default. */
  static tag = '';

  /**
   * Registers the element as `tag` (default: its own tag name) in `registry`. A tag that is already
   * taken is left alone, so loading Onward twice never throws; a class already registered under
   * another name is registered again through a subclass, so a host can pick its own tag names.
   */
  static define(tag = this.tag, registry: CustomElementRegistry = customElements): void {
    if (registry.get(tag)) return;
    try {
      registry.define(tag, this);
    } catch (error) {
      if ((error as DOMException).name !== 'NotSupportedError') throw error;
      registry.define(tag, class extends this {});
    }
  }

  static override properties: PropertyDeclarations = {
    theme: {},
    strings: { attribute: false },
  };

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the device setting. */
  declare theme: string;
  /** Replaces any of the element's words on this instance: a partial table keyed like the English one. */
  declare strings: Partial<Record<K, string>> | undefined;

  #viewObserver?: IntersectionObserver;
  #viewed = false;

  constructor() {
    super();
    this.theme = 'light';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#viewed || typeof IntersectionObserver === 'undefined') return;
    // "Seen" is half the element visible, or half the viewport filled by an element taller than it.
    this.#viewObserver = new IntersectionObserver(
      (entries) => {
        const seen = entries.some(
          (e) =>
            e.isIntersecting &&
            (e.intersectionRatio >= 0.5 || (!!e.rootBounds && e.intersectionRect.height >= e.rootBounds.height / 2)),
        );
        if (!seen || this.#viewed) return;
        this.#viewed = true;
        this.#viewObserver?.disconnect();
        emit(this, 'onward-view', null);
      },
      { threshold: [0, 0.05, 0.1, 0.25, 0.5] },
    );
    this.#viewObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#viewObserver?.disconnect();
    this.#viewObserver = undefined;
  }

  /** The element's words for `key`, with `{placeholders}` filled in. */
  protected t(key: K, params?: Params): string {
    const own = this.strings?.[key];
    const english = (this.constructor as typeof OnwardElement).messages[key];
    return format(typeof own === 'string' ? own : english ?? key, params);
  }

  /** The element's heading, at its `heading-level`, with the `heading` slot to replace the text. */
  protected head(text: string): TemplateResult {
    const level = intInRange(this, 'heading-level', (this as { headingLevel?: unknown }).headingLevel, 2, 6, 2);
    return heading(level, 'heading', html`<slot name="heading">${text}</slot>`, 'heading');
  }

  /** The locale used for words, numbers and dates. */
  protected get locale(): string {
    return 'en';
  }

  /** Classes for the outermost part: `base` and the validated theme. */
  protected baseClass(extra = ''): string {
    return `base ${oneOf(this, 'theme', this.theme, THEMES, 'light')} ${extra}`.trim();
  }
}
