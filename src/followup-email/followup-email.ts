import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { reached, type Stage } from '../internal/stage.js';
import { draft } from '../internal/draft.js';
import { mailStrings, phrases } from '../internal/strings.js';
import { emit } from '../internal/events.js';
import { mailto } from '../internal/mail.js';
import { OnwardElement } from '../internal/onward-element.js';
import { baseStyles } from '../internal/tokens.js';
import { email, numeric, oneOf, text } from '../internal/validation.js';
import { styles } from './followup-email.styles.js';
import { strings, type EmailKey } from './strings.js';

export const TONES = ['warm', 'brief'] as const;
export type EmailTone = (typeof TONES)[number];

/**
 * @tagname followup-email
 * @summary A gracious reply to a rejection, drafted from what the page knows, ready to edit, copy
 * or open in the person's email app.
 *
 * @slot heading - Replaces the heading text.
 *
 * @csspart base - The outer card, a labelled `<section>`.
 * @csspart heading - The heading.
 * @csspart subject - The subject field.
 * @csspart body - The message field.
 * @csspart hint - Under the message, with no `candidate-name`: a reminder to sign it.
 * @csspart actions - The row of buttons.
 * @csspart copy - The Copy button.
 * @csspart email - The Open in email app link.
 * @csspart reset - The Restore draft button.
 * @csspart status - The polite status line ("Copied").
 *
 * @cssprop [--followup-email-field-background=var(--onward-color-surface)] - Background of the subject and message fields.
 *
 * @fires {CustomEvent<ActionDetail>} onward-action - `copy` or `email` was used. Cancelable: `preventDefault()` skips the copy or stops the email app from opening.
 * @fires {CustomEvent<null>} onward-view - The first time at least half of the element is on screen.
 */
export class FollowupEmailElement extends OnwardElement<EmailKey> {
  static override styles = [baseStyles, styles];
  /** @internal */
  static override messages = { 'followup-email': strings, phrases, mail: mailStrings };
  /** @internal */
  static override tag = 'followup-email';

  static override get properties(): PropertyDeclarations {
    return {
      candidateName: { attribute: 'candidate-name' },
      contactName: { attribute: 'contact-name' },
      contactEmail: { attribute: 'contact-email' },
      company: {},
      jobTitle: { attribute: 'job-title' },
      tone: {},
      stage: {},
      runnerUp: { type: Boolean, attribute: 'runner-up' },
      askFeedback: { type: Boolean, attribute: 'ask-feedback' },
      headingLevel: { attribute: 'heading-level', converter: numeric },
    };
  }

  /** The candidate's name, to sign the email. */
  declare candidateName: string | undefined;
  /** Who the email is to: the recruiter or hiring manager. */
  declare contactName: string | undefined;
  /** Their address: the recipient of Open in email app. */
  declare contactEmail: string | undefined;
  /** The employer's name. */
  declare company: string | undefined;
  /** The job the person applied for. */
  declare jobTitle: string | undefined;
  /** `warm` (default): a few friendly sentences; `brief`: two lines. */
  declare tone: EmailTone;
  /** The furthest stage reached: `applied`, `screening`, `interview` or `final`. The draft thanks for time and conversations only where there were some. */
  declare stage: Stage | undefined;
  /** Adds a line asking to be kept in mind for the next opening. */
  declare runnerUp: boolean;
  /** Adds a polite request for feedback. */
  declare askFeedback: boolean;
  /**
   * Level of the heading, 2 to 6.
   * @default 2
   */
  declare headingLevel: number;

  /** The person's edits; `undefined` follows the draft. */
  #subject?: string;
  #body?: string;
  #status = '';

  constructor() {
    super();
    this.tone = 'warm';
    this.runnerUp = false;
    this.askFeedback = false;
  }


  /** The subject as it stands, edits included. */
  get subject(): string {
    return this.#subject ?? this.#draft().subject;
  }

  /** The message as it stands, edits included. */
  get body(): string {
    return this.#body ?? this.#draft().body;
  }

  #draft() {
    const { stage, runnerUp } = reached(this, this.stage, this.runnerUp);
    return draft((k, p) => this.t(k, p), {
      stage,
      contact: text(this.contactName),
      company: text(this.company),
      job: text(this.jobTitle),
      name: text(this.candidateName),
      brief: oneOf(this, 'tone', this.tone, TONES, 'warm') === 'brief',
      runnerUp,
      feedback: this.askFeedback,
    });
  }

  async #say(message: EmailKey): Promise<void> {
    // Emptied first, so saying the same thing twice is announced twice.
    this.#status = '';
    this.requestUpdate();
    await this.updateComplete;
    this.#status = this.t(message);
    this.requestUpdate();
  }

  async #copy(): Promise<void> {
    if (!emit(this, 'onward-action', { action: 'copy' }, true)) return;
    const area = this.renderRoot.querySelector('textarea')!;
    let copied = false;
    try {
      await navigator.clipboard.writeText(area.value);
      copied = true;
    } catch {
      // No permission or no async clipboard: select the text and try the old way.
      area.focus();
      area.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        // Not copied: `copied` is still false.
      }
    }
    await this.#say(copied ? 'copied' : 'copyFailed');
  }

  #open(event: Event): void {
    if (!emit(this, 'onward-action', { action: 'email' }, true)) event.preventDefault();
  }

  async #reset(): Promise<void> {
    this.#subject = this.#body = undefined;
    await this.#say('restored');
    // The button disables itself: keyboard focus goes to the top of the restored draft, not the page.
    this.renderRoot.querySelector('input')!.focus();
  }

  #edit(event: Event): void {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (field.localName === 'input') this.#subject = field.value;
    else this.#body = field.value;
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const to = email(this, 'contact-email', this.contactEmail);
    // One draft per render, and none when both fields hold the person's own words. With a draft,
    // the two fields are alike only when neither is edited: then there is nothing to restore.
    const drafted = this.#subject === undefined || this.#body === undefined ? this.#draft() : undefined;
    const subject = this.#subject ?? drafted!.subject;
    const body = this.#body ?? drafted!.body;
    // With no name given, the draft ends on its sign-off alone: said beside it, so it goes out signed.
    const unsigned = !text(this.candidateName);
    return html`
      <section part="base" class=${this.baseClass()} aria-labelledby=${this.landmark()}>
        ${this.heading(this.t('heading'))}
        <p class="intro muted">${this.t('intro')}</p>
        <label for="subject">${this.t('subject')}</label>
        <input id="subject" part="subject" class="field" maxlength="300" .value=${subject} @input=${this.#edit} />
        <label for="body">${this.t('message')}</label>
        <textarea
          id="body"
          part="body"
          class="field"
          rows="12"
          maxlength="10000"
          aria-describedby=${unsigned ? 'sign-hint' : nothing}
          .value=${body}
          @input=${this.#edit}
        ></textarea>
        ${unsigned ? html`<p id="sign-hint" part="hint" class="hint muted">${this.t('signHint')}</p>` : nothing}
        <div part="actions" class="actions">
          <button part="copy" class="btn primary" type="button" @click=${this.#copy}>${this.t('copy')}</button>
          <a part="email" class="btn" href=${mailto(to, subject, body)} @click=${this.#open}
            >${this.t('open')}</a
          >
          <button
            part="reset"
            class="btn"
            type="button"
            ?disabled=${drafted && this.#subject === this.#body}
            @click=${this.#reset}
          >
            ${this.t('reset')}
          </button>
        </div>
        <p part="status" class="status" role="status">${this.#status}</p>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'followup-email': FollowupEmailElement;
  }
}
