import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { emit } from '../internal/events.js';
import { OnwardElement } from '../internal/onward-element.js';
import { baseStyles } from '../internal/tokens.js';
import { oneOf, safeUrl, text } from '../internal/validation.js';
import { styles } from './resume-cta.styles.js';
import { strings, type ResumeKey } from './strings.js';

export const VARIANTS = ['button', 'banner'] as const;
export type ResumeVariant = (typeof VARIANTS)[number];

/**
 * @tagname resume-cta
 * @summary A way back into the search: "Looking for work? Share your resume", as a button or a
 * banner. Without `href` it is a button whose `onward-action` the host handles, for example to
 * open its own upload dialog.
 *
 * @csspart base - The outer element: the banner card, or a plain wrapper for the button.
 * @csspart description - The banner's text.
 * @csspart button - The link or button.
 *
 * @fires {CustomEvent<ActionDetail>} onward-action - `resume` was used. Cancelable: `preventDefault()` stops the navigation.
 * @fires {CustomEvent<null>} onward-view - The first time at least half of the element is on screen.
 */
export class ResumeCtaElement extends OnwardElement<ResumeKey> {
  static override styles = [baseStyles, styles];
  /** @internal */
  static override messages = { 'resume-cta': strings };
  /** @internal */
  static override tag = 'resume-cta';

  static override get properties(): PropertyDeclarations {
    return {
      href: {},
      label: {},
      description: {},
      variant: {},
    };
  }

  /** Where to share a resume (`http:`, `https:` or `mailto:`). Without it the element is a button that only fires `onward-action`. */
  declare href: string | undefined;
  /** The button text. Default: "Share your resume". */
  declare label: string | undefined;
  /** The banner text. Default: "Looking for work? Share your resume and let the right roles find you." */
  declare description: string | undefined;
  /** `button` (default) or `banner`. */
  declare variant: ResumeVariant;

  constructor() {
    super();
    this.variant = 'button';
  }


  #act(event: Event): void {
    if (!emit(this, 'onward-action', { action: 'resume' }, true)) event.preventDefault();
  }

  override render(): TemplateResult {
    const variant = oneOf(this, 'variant', this.variant, VARIANTS, 'button');
    const href = safeUrl(this, 'href', this.href);
    const label = text(this.label) ?? this.t('label');
    return html`
      <div part="base" class=${this.baseClass(variant === 'banner' ? 'banner' : 'bare')}>
        ${variant === 'banner'
          ? html`<p part="description" class="description">${text(this.description) ?? this.t('description')}</p>`
          : nothing}
        ${href
          ? html`<a part="button" class="btn primary" href=${href} referrerpolicy="same-origin" @click=${this.#act}>${label}</a>`
          : html`<button part="button" class="btn primary" type="button" @click=${this.#act}>${label}</button>`}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'resume-cta': ResumeCtaElement;
  }
}
