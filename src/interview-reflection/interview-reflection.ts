import { html, type PropertyValues, type TemplateResult } from 'lit';
import { download, slug } from '../internal/download.js';
import { emit } from '../internal/events.js';
import { OnwardElement, defineOnce, heading } from '../internal/onward-element.js';
import { role } from '../internal/phrases.js';
import { load, save, subscribe } from '../internal/storage.js';
import { baseStyles } from '../internal/tokens.js';
import { intInRange, numeric, text } from '../internal/validation.js';
import { styles } from './interview-reflection.styles.js';
import { strings, type ReflectionKey } from './strings.js';

export const PROMPTS = ['went-well', 'answer-differently', 'learned', 'practice-next'] as const;
export type ReflectionPrompt = (typeof PROMPTS)[number];
export type ReflectionAnswers = Partial<Record<ReflectionPrompt, string>>;

/** Only strings under known prompt ids survive a load: anything else in storage is ignored. */
function savedAnswers(value: unknown): ReflectionAnswers | undefined {
  const answers = (value as { answers?: unknown } | null)?.answers;
  if (!answers || typeof answers !== 'object') return undefined;
  const out: ReflectionAnswers = {};
  for (const id of PROMPTS) {
    const v = (answers as Record<string, unknown>)[id];
    if (typeof v === 'string') out[id] = v;
  }
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
  static override messages = strings;

  static override properties = {
    storageKey: { attribute: 'storage-key' },
    company: {},
    jobTitle: { attribute: 'job-title' },
    headingLevel: { attribute: 'heading-level', converter: numeric },
  };

  /** Saves the answers in `localStorage` under `onward:interview-reflection:<storage-key>`. No key, no saving. */
  declare storageKey: string | undefined;
  /** The employer's name, for the downloaded file. */
  declare company: string | undefined;
  /** The job the person applied for, for the downloaded file. */
  declare jobTitle: string | undefined;
  /** Level of the heading, 2 to 6. */
  declare headingLevel: number;

  #answers: ReflectionAnswers = {};
  #key?: string;
  #confirming = false;
  #status = '';
  #unsubscribe?: () => void;
  #onSaved = (value: unknown): void => {
    this.#answers = savedAnswers(value) ?? {};
    this.requestUpdate();
  };

  constructor() {
    super();
    this.headingLevel = 2;
  }

  /** Registers the element as `tag` in `registry`. A tag that is already taken is left alone. */
  static define(tag = 'interview-reflection', registry: CustomElementRegistry = customElements): void {
    defineOnce(this, tag, registry);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('storageKey')) return;
    const name = text(this.storageKey);
    const key = name && `onward:interview-reflection:${name}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#answers = (key && savedAnswers(load(this.localName, key))) || {};
    this.#listen();
  }

  #listen(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.isConnected && this.#key ? subscribe(this.#key, this.#onSaved) : undefined;
  }

  #input(id: ReflectionPrompt, event: Event): void {
    this.#answers = { ...this.#answers, [id]: (event.target as HTMLTextAreaElement).value };
    if (this.#key) save(this.localName, this.#key, { answers: this.#answers }, this.#onSaved);
    this.requestUpdate();
  }

  #download(): void {
    const about = [text(this.company), text(this.jobTitle)];
    const lines = [this.t('fileTitle')];
    if (about.some(Boolean)) lines.push(role((k, p) => this.t(k, p), about[0], about[1]));
    for (const id of PROMPTS) lines.push('', this.t(id), this.#answers[id]?.trim() || this.t('fileNoAnswer'));
    const name = [this.t('fileName'), slug(about[0])].filter(Boolean).join('-');
    download(`${name}.txt`, 'text/plain;charset=utf-8', `${lines.join('\r\n')}\r\n`);
  }

  async #ask(confirming: boolean, cleared = false): Promise<void> {
    if (cleared) {
      this.#answers = {};
      if (this.#key) save(this.localName, this.#key, { answers: {} }, this.#onSaved);
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
      <section part="base" class=${this.baseClass()} aria-labelledby="heading">
        ${heading(
          intInRange(this, 'heading-level', this.headingLevel, 2, 6, 2),
          'heading',
          html`<slot name="heading">${this.t('heading')}</slot>`,
          'heading',
        )}
        <p class="intro muted">${this.t(this.#key ? 'introSaved' : 'intro')}</p>
        ${PROMPTS.map(
          (id) => html`<div part="prompt" class="prompt">
            <label part="label" for=${id}>${this.t(id)}</label>
            <p part="hint" id=${`${id}-hint`} class="muted">${this.t(`${id}.hint`)}</p>
            <textarea
              part="field"
              id=${id}
              rows="3"
              maxlength="5000"
              aria-describedby=${`${id}-hint`}
              .value=${this.#answers[id] ?? ''}
              @input=${(e: Event) => this.#input(id, e)}
              @change=${() => emit(this, 'onward-change', { id })}
            ></textarea>
          </div>`,
        )}
        ${this.#confirming
          ? html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-text">
              <p id="confirm-text">${this.t('confirm')}</p>
              <div class="actions">
                <button type="button" class="btn" @click=${() => this.#ask(false, true)}>
                  ${this.t('confirmYes')}
                </button>
                <button type="button" @click=${() => this.#ask(false)}>${this.t('confirmNo')}</button>
              </div>
            </div>`
          : html`<div part="actions" class="actions">
              <button part="download" type="button" class="btn" @click=${this.#download}>${this.t('download')}</button>
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
