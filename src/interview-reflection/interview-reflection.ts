import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { download, slug } from '../internal/download.js';
import { emit } from '../internal/events.js';
import { sentences } from '../internal/localize.js';
import { OnwardElement } from '../internal/onward-element.js';
import { role } from '../internal/phrases.js';
import { phrases } from '../internal/strings.js';
import { Saved } from '../internal/storage.js';
import { baseStyles } from '../internal/tokens.js';
import { numeric, text } from '../internal/validation.js';
import { styles } from './interview-reflection.styles.js';
import { strings, type ReflectionKey } from './strings.js';

export const PROMPTS = ['went-well', 'answer-differently', 'learned', 'practice-next'] as const;
export type ReflectionPrompt = (typeof PROMPTS)[number];
export type ReflectionAnswers = Partial<Record<ReflectionPrompt, string>>;

/** Only strings under known prompt ids survive a load: anything else in storage is ignored. */
function savedAnswers(fields?: Record<string, unknown>): ReflectionAnswers | undefined {
  if (!fields) return undefined;
  const out: ReflectionAnswers = {};
  for (const id of PROMPTS) if (typeof fields[id] === 'string') out[id] = fields[id] as string;
  return out;
}

/**
 * @tagname interview-reflection
 * @summary Four short prompts that turn an interview into practice for the next one. The answers
 * stay in the browser: saved only with `storage-key`, downloadable as a text file, never sent.
 *
 * @slot heading - Replaces the heading text.
 *
 * @csspart base - The outer card, a labelled `<section>`.
 * @csspart heading - The heading.
 * @csspart prompt - Each prompt: its label, hint and text area.
 * @csspart label - Each prompt's label.
 * @csspart hint - Each prompt's hint.
 * @csspart field - Each text area.
 * @csspart actions - The Download and Clear buttons.
 * @csspart download - The Download button.
 * @csspart clear - The Clear button.
 * @csspart confirm - The in-page confirmation shown before clearing.
 *
 * @cssprop [--interview-reflection-field-background=var(--onward-color-surface)] - Background of the text areas.
 *
 * @fires {CustomEvent<ReflectionChangeDetail>} onward-change - An answer was changed (on blur). `detail` is `{id}` only: the text never leaves the element.
 * @fires {CustomEvent<null>} onward-view - The first time at least half of the element is on screen.
 */
export class InterviewReflectionElement extends OnwardElement<ReflectionKey> {
  static override styles = [baseStyles, styles];
  /** @internal */
  static override messages = { 'interview-reflection': strings, phrases };
  /** @internal */
  static override tag = 'interview-reflection';

  static override get properties(): PropertyDeclarations {
    return {
      storageKey: { attribute: 'storage-key' },
      company: {},
      jobTitle: { attribute: 'job-title' },
      headingLevel: { attribute: 'heading-level', converter: numeric },
    };
  }

  /** Saves the answers in `localStorage` under `onward:interview-reflection:<storage-key>`. No key, no saving. */
  declare storageKey: string | undefined;
  /** The employer's name, for the downloaded file. */
  declare company: string | undefined;
  /** The job the person applied for, for the downloaded file. */
  declare jobTitle: string | undefined;
  /**
   * Level of the heading, 2 to 6.
   * @default 2
   */
  declare headingLevel: number;

  #answers: ReflectionAnswers = {};
  #confirming = false;
  #status = '';
  #saved = new Saved(this, (fields) => {
    this.#answers = savedAnswers(fields)!;
    this.requestUpdate();
  });


  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A first key keeps, and saves, what was written before it; a new key starts from its own save.
    const fields = changed.has('storageKey') && this.#saved.use(text(this.storageKey), this.#answers);
    if (fields) this.#answers = savedAnswers(fields)!;
  }

  /** The prompt a field belongs to: field `f2` is the third prompt. */
  #prompt(event: Event): ReflectionPrompt {
    return PROMPTS[Number((event.target as HTMLTextAreaElement).id.slice(1))];
  }

  #input(event: Event): void {
    this.#answers = { ...this.#answers, [this.#prompt(event)]: (event.target as HTMLTextAreaElement).value };
    this.#saved.save(this.#answers);
    this.requestUpdate();
  }

  #change(event: Event): void {
    emit(this, 'onward-change', { id: this.#prompt(event) });
  }

  #download(): void {
    const about = [text(this.company), text(this.jobTitle)];
    const lines = [this.t('fileTitle')];
    // The role phrase starts mid-sentence elsewhere ("the role at…"); here it starts a line.
    const capital = (s: string) => s.charAt(0).toLocaleUpperCase(this.locale) + s.slice(1);
    if (about.some(Boolean)) lines.push(capital(role((k, p) => this.t(k, p), about[0], about[1])));
    for (const id of PROMPTS) lines.push('', this.t(id), this.#answers[id]?.trim() || this.t('fileNoAnswer'));
    const name = [this.t('fileName'), slug(about[0])].filter(Boolean).join('-');
    download(name, 'txt', 'text/plain;charset=utf-8', `${lines.join('\r\n')}\r\n`);
  }

  async #ask(confirming: boolean, cleared = false): Promise<void> {
    if (cleared) {
      this.#answers = {};
      this.#saved.save({});
    }
    this.#confirming = confirming;
    this.#status = cleared ? this.t('cleared') : '';
    this.requestUpdate();
    await this.updateComplete;
    // Keyboard focus follows the question: to its safe answer, then back to where it makes sense.
    const target = confirming ? '[part~="confirm"] button:last-of-type' : cleared ? 'textarea' : '[part~="clear"]';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  override render(): TemplateResult {
    const empty = !PROMPTS.some((id) => this.#answers[id]);
    return html`
      <section
        part="base"
        class=${this.baseClass()}
        aria-labelledby=${this.landmark()}
        @input=${this.#input}
        @change=${this.#change}
      >
        ${this.heading(this.t('heading'))}
        <p class="intro muted">${sentences(this.t('intro'), this.#saved.key && this.t(this.#saved.persistent ? 'saved' : 'pageOnly'))}</p>
        ${PROMPTS.map(
          (id, i) => html`<div part="prompt" class="prompt">
            <label part="label" for="f${i}">${this.t(id)}</label>
            <p part="hint" id="h${i}" class="muted">${this.t(`${id}.hint`)}</p>
            <textarea
              part="field"
              class="field"
              id="f${i}"
              rows="3"
              maxlength="5000"
              aria-describedby="h${i}"
              .value=${this.#answers[id] ?? ''}
            ></textarea>
          </div>`,
        )}
        ${this.#confirming
          ? html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-text" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#ask(false)}>
              <p id="confirm-text">${this.t('confirm')}</p>
              <div class="actions">
                <button type="button" class="btn danger" @click=${() => this.#ask(false, true)}>
                  ${this.t('confirmYes')}
                </button>
                <button type="button" @click=${() => this.#ask(false)}>${this.t('confirmNo')}</button>
              </div>
            </div>`
          : html`<div part="actions" class="actions">
              <button part="download" type="button" class="btn primary" @click=${this.#download}>${this.t('download')}</button>
              <button part="clear" type="button" ?disabled=${empty} @click=${() => this.#ask(true)}>
                ${this.t('clear')}
              </button>
            </div>`}
        <p class="status" role="status">${this.#status}</p>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'interview-reflection': InterviewReflectionElement;
  }
}
