import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { download, slug } from '../internal/download.js';
import { emit } from '../internal/events.js';
import { calendar } from '../internal/ics.js';
import { formatDate } from '../internal/localize.js';
import { OnwardElement } from '../internal/onward-element.js';
import { team } from '../internal/phrases.js';
import { phrases } from '../internal/strings.js';
import { baseStyles } from '../internal/tokens.js';
import { date, intInRange, linkedinUrl, numeric, safeUrl, text } from '../internal/validation.js';
import { styles } from './stay-connected.styles.js';
import { strings, type StayKey } from './strings.js';

/**
 * @tagname stay-connected
 * @summary Keeps the door open after a "no": why staying in touch matters (more so for a
 * runner-up), a LinkedIn link, the talent community, a calendar reminder to check in, and when
 * the person may apply again.
 *
 * @slot heading - Replaces the heading text.
 *
 * @csspart base - The outer card, a labelled `<section>`.
 * @csspart heading - The heading.
 * @csspart body - The paragraph on staying in touch.
 * @csspart reapply - The line saying when the person can apply again.
 * @csspart actions - The row of actions.
 * @csspart linkedin - The LinkedIn link.
 * @csspart community - The talent community link or button.
 * @csspart remind - The Remind me button.
 * @csspart remind-hint - The date the reminder is set for.
 *
 * @fires {CustomEvent<ActionDetail>} onward-action - `linkedin`, `talent-community` or `calendar` was used. Cancelable: `preventDefault()` stops the navigation or the download.
 * @fires {CustomEvent<null>} onward-view - The first time at least half of the element is on screen.
 */
export class StayConnectedElement extends OnwardElement<StayKey> {
  static override styles = [baseStyles, styles];
  /** @internal */
  static override messages = { 'stay-connected': strings, phrases };
  /** @internal */
  static override tag = 'stay-connected';

  static override get properties(): PropertyDeclarations {
    return {
      company: {},
      contactName: { attribute: 'contact-name' },
      runnerUp: { type: Boolean, attribute: 'runner-up' },
      linkedinUrl: { attribute: 'linkedin-url' },
      talentCommunityUrl: { attribute: 'talent-community-url' },
      talentCommunity: { type: Boolean, attribute: 'talent-community' },
      checkInDays: { attribute: 'check-in-days', converter: numeric },
      reapplyAfter: { attribute: 'reapply-after' },
      headingLevel: { attribute: 'heading-level', converter: numeric },
    };
  }

  /** The employer's name. */
  declare company: string | undefined;
  /** The recruiter or hiring manager, for the LinkedIn link. */
  declare contactName: string | undefined;
  /** The runner-up wording: the team may think of people it already knows. */
  declare runnerUp: boolean;
  /** A LinkedIn profile or company page (`https:` only). */
  declare linkedinUrl: string | undefined;
  /** Where to join the employer's talent community. */
  declare talentCommunityUrl: string | undefined;
  /** Shows the talent community button without a URL: the host handles the `onward-action`. */
  declare talentCommunity: boolean;
  /** Days from today for the check-in reminder, 1 to 365. */
  declare checkInDays: number | undefined;
  /** When the employer's cool-down ends, as `YYYY-MM-DD`; a time after `T` or a space is allowed and ignored. */
  declare reapplyAfter: string | undefined;
  /**
   * Level of the heading, 2 to 6.
   * @default 2
   */
  declare headingLevel: number;

  constructor() {
    super();
    this.runnerUp = false;
    this.talentCommunity = false;
    this.checkInDays = 30;
  }


  #checkIn(): Date {
    const days = intInRange(this, 'check-in-days', this.checkInDays, 1, 365, 30);
    const now = new Date();
    return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  }

  #act(action: string, event: Event): boolean {
    const go = emit(this, 'onward-action', { action }, true);
    if (!go) event.preventDefault();
    return go;
  }

  #remind(event: Event): void {
    if (!this.#act('calendar', event)) return;
    const company = text(this.company);
    const ics = calendar({
      date: this.#checkIn(),
      summary: this.t('icsSummary', { team: team((k, p) => this.t(k, p), company) }),
      description: this.t('icsDescription'),
    });
    download([this.t('icsFile'), slug(company)].filter(Boolean).join('-'), 'ics', 'text/calendar;charset=utf-8', ics);
  }

  override render(): TemplateResult {
    const company = text(this.company);
    const contact = text(this.contactName);
    const linkedin = linkedinUrl(this, 'linkedin-url', this.linkedinUrl);
    const community = safeUrl(this, 'talent-community-url', this.talentCommunityUrl);
    const reapply = date(this, 'reapply-after', this.reapplyAfter);
    const locale = this.locale;
    return html`
      <section part="base" class=${this.baseClass()} aria-labelledby=${this.landmark()}>
        ${this.heading(this.t('heading'))}
        <p part="body" class="body">
          ${this.runnerUp
            ? this.t('bodyRunnerUp', { team: team((k, p) => this.t(k, p), company) })
            : this.t('body')}
        </p>
        ${reapply
          ? html`<p part="reapply" class="tint">
              ${reapply > new Date() ? this.t('reapply', { date: formatDate(locale, reapply) }) : this.t('reapplyNow')}
            </p>`
          : nothing}
        <div part="actions" class="actions">
          ${linkedin
            ? html`<a
                part="linkedin"
                class="btn"
                href=${linkedin}
                referrerpolicy="same-origin"
                @click=${(e: Event) => this.#act('linkedin', e)}
                >${contact ? this.t('linkedinContact', { contact }) : this.t('linkedin')}</a
              >`
            : nothing}
          ${community
            ? html`<a
                part="community"
                class="btn"
                href=${community}
                referrerpolicy="same-origin"
                @click=${(e: Event) => this.#act('talent-community', e)}
                >${this.t('community')}</a
              >`
            : this.talentCommunity
              ? html`<button
                  part="community"
                  class="btn"
                  type="button"
                  @click=${(e: Event) => this.#act('talent-community', e)}
                >
                  ${this.t('community')}
                </button>`
              : nothing}
          <button part="remind" class="btn primary" type="button" aria-describedby="remind-hint" @click=${this.#remind}>
            ${this.t('remind')}
          </button>
        </div>
        <p part="remind-hint" id="remind-hint" class="muted hint">
          ${this.t('remindHint', { date: formatDate(locale, this.#checkIn()) })}
        </p>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stay-connected': StayConnectedElement;
  }
}
