import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { emit } from '../internal/events.js';
import { draft, type DraftOptions } from '../internal/draft.js';
import { mailStrings, phrases } from '../internal/strings.js';
import { mailto } from '../internal/mail.js';
import { sentences, type Params } from '../internal/localize.js';
import { OnwardElement } from '../internal/onward-element.js';
import { Saved } from '../internal/storage.js';
import { reached, trueAt, type Stage } from '../internal/stage.js';
import { baseStyles } from '../internal/tokens.js';
import { email, idList, isBlank, linkedinUrl, numeric, records, safeUrl, text, warnOnce } from '../internal/validation.js';
import { styles } from './followup-checklist.styles.js';
import { DEFAULT_STEPS, stages, strings, type ChecklistKey } from './strings.js';

/** One checklist entry, as given in the `items` attribute or property. */
export interface ChecklistItem {
  /** Stable id, used in events and saved progress. A number is read as its text. */
  id: string | number;
  label: string;
  /** One line on why the step helps. */
  description?: string;
  /** An `http:`, `https:` or `mailto:` link for the step. */
  href?: string;
  /** Name reported in `onward-action` when the link is used (default `link`). */
  action?: string;
}

interface Row extends Required<Pick<ChecklistItem, 'label' | 'action'>> {
  id: string;
  description?: string;
  href?: string;
  linkText?: string;
}

export const DEFAULT_ITEMS = DEFAULT_STEPS;

/** The kit's say in the drafts its checklist opens. */
type KitDraft = Pick<DraftOptions, 'brief' | 'runnerUp'>;
const MAX_ITEMS = 50;
/**
 * A first draw puts in the frame alone, then this many steps per task until all are in. On a page
 * with no other Onward element this is the page's first Lit render, slow for its code's first run
 * rather than for its size, so the frame and the steps are not one long task.
 */
const ROWS_PER_TASK = 3;
const ACTION = /^[\w-]{1,40}$/;
// A host's value as text, or nothing for an object or the like. Ids straight from a database are
// often numbers: a number is read as its text, so 7 and "7" are one step.
const field = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? text(v) : undefined);

/** Saved progress: a field per ticked step. */
const savedIds = (fields?: Record<string, unknown>): Set<string> | undefined =>
  fields && new Set(Object.keys(fields).filter((id) => fields[id] === true));

/**
 * @tagname followup-checklist
 * @summary The follow-up habits that turn a "no" into a next step, as a checklist the job seeker
 * can tick off, with links to act on each one and progress that can persist across visits.
 *
 * @slot heading - Replaces the heading text.
 * @slot footer - Content beside the Start over button.
 *
 * @csspart base - The outer card, a labelled `<section>`.
 * @csspart heading - The heading.
 * @csspart progress - The progress text and bar.
 * @csspart progress-bar - The `<progress>` element.
 * @csspart list - The list of steps.
 * @csspart item - Each step.
 * @csspart checkbox - Each step's checkbox.
 * @csspart label - Each step's label.
 * @csspart description - Each step's one-line reason.
 * @csspart action - Each step's link, when it has one.
 * @csspart reset - The Start over button, shown once a step is ticked.
 * @csspart reset-confirm - The in-place question Start over asks first.
 * @csspart reset-yes - Its Untick all button.
 * @csspart reset-no - Its Keep them button (Escape does the same).
 *
 * @cssprop [--followup-checklist-check-color=var(--onward-color-success)] - Colour of ticked checkboxes.
 * @cssprop [--followup-checklist-progress-color=var(--onward-color-success)] - Colour of the filled progress bar.
 * @cssprop [--followup-checklist-track-color=var(--onward-color-border)] - Colour of the progress bar's empty track.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} onward-change - A step was ticked or unticked, or Start over was used (then `id` is `null`). `detail`: `{id, checked, done, total}`.
 * @fires {CustomEvent<CompleteDetail>} onward-complete - The person ticked the last open step. `detail`: `{total}`.
 * @fires {CustomEvent<ActionDetail>} onward-action - A step's link was used. `detail`: `{action, id}`; cancel it to handle the action yourself.
 * @fires {CustomEvent<null>} onward-view - The first time at least half of the element is on screen.
 */
export class FollowupChecklistElement extends OnwardElement<ChecklistKey> {
  static override styles = [baseStyles, styles];
  /** @internal */
  static override messages = { 'followup-checklist': strings, phrases, mail: mailStrings };
  /** @internal */
  static override tag = 'followup-checklist';

  static override get properties(): PropertyDeclarations {
    return {
      storageKey: { attribute: 'storage-key' },
      stage: {},
      items: {},
      exclude: {},
      contactName: { attribute: 'contact-name' },
      contactEmail: { attribute: 'contact-email' },
      linkedinUrl: { attribute: 'linkedin-url' },
      jobsUrl: { attribute: 'jobs-url' },
      feedbackUrl: { attribute: 'feedback-url' },
      company: {},
      jobTitle: { attribute: 'job-title' },
      candidateName: { attribute: 'candidate-name' },
      hideProgress: { type: Boolean, attribute: 'hide-progress' },
      // The kit hands a new object on each of its renders: only a changed option redraws the list.
      draftOptions: {
        attribute: false,
        hasChanged: (now?: KitDraft, was?: KitDraft) => now?.brief !== was?.brief || now?.runnerUp !== was?.runnerUp,
      },
      headingLevel: { attribute: 'heading-level', converter: numeric },
      // Declared so Lit takes over a value a host set before the tag was defined; the accessor is ours.
      checked: { attribute: false, noAccessor: true },
    };
  }

  /** Saves progress in `localStorage` under `onward:followup-checklist:<storage-key>`. No key, no saving. */
  declare storageKey: string | undefined;
  /** The furthest stage reached: `applied`, `screening`, `interview` or `final`. Given, the default steps are the ones that fit it (no thank-you note after an application alone); not given, all of them. */
  declare stage: Stage | undefined;
  /** Replaces the default steps: a JSON array (or, as a property, an array) of `{id, label, description?, href?, action?}`. */
  declare items: ChecklistItem[] | string | undefined;
  /** Steps to leave out: a comma list of ids. */
  declare exclude: string | undefined;
  /** Name of the recruiter or hiring manager, used in labels and the drafted emails. */
  declare contactName: string | undefined;
  /** Their email address; enables the "Write the email" links. */
  declare contactEmail: string | undefined;
  /** Their LinkedIn profile (`https:` only). */
  declare linkedinUrl: string | undefined;
  /** Where to browse open roles. */
  declare jobsUrl: string | undefined;
  /** Where to ask for feedback, if the employer has a form for it. */
  declare feedbackUrl: string | undefined;
  /** @internal Set by the kit: its email's tone and runner-up line, so the drafts the steps open read like the kit's own. */
  declare draftOptions: KitDraft | undefined;
  /** The employer's name. */
  declare company: string | undefined;
  /** The job the person applied for. */
  declare jobTitle: string | undefined;
  /** The candidate's name, used in the heading and to sign the drafted emails. */
  declare candidateName: string | undefined;
  /** Hides the progress text and bar. */
  declare hideProgress: boolean;
  /**
   * Level of the heading, 2 to 6.
   * @default 2
   */
  declare headingLevel: number;

  #checked = new Set<string>();
  #confirming = false;
  #given?: unknown;
  #rows?: Row[];
  /** How many steps this render puts in: none in the first draw's first task, then a few more per task. */
  #rowLimit = this.drawsAtOnce ? Infinity : 0;
  #saved = new Saved(this, (fields) => {
    this.#checked = savedIds(fields)!;
    this.requestUpdate();
  });

  constructor() {
    super();
    this.hideProgress = false;
  }

  /** Ids of the ticked steps, in list order. Setting a new array ticks exactly those steps (and saves them). */
  get checked(): string[] {
    // Lit reads every declared property before the first update: nothing ticked needs no steps built.
    return this.#checked.size ? this.#visibleRows().filter((row) => this.#checked.has(row.id)).map((row) => row.id) : [];
  }

  set checked(ids: readonly (string | number)[]) {
    // The same array again is no change, as for any Lit property: @lit/react re-applies every prop
    // on each render, which would otherwise undo what the person just ticked.
    if (ids === this.#given) return;
    this.#given = ids;
    if (!Array.isArray(ids)) {
      warnOnce(this, 'checked', 'expected an array of ids');
      return;
    }
    this.#checked = new Set(ids.map(field).filter(Boolean) as string[]);
    this.#persist();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A first key keeps, and saves, what was ticked or set before it; a new key starts from its own save.
    const fields = changed.has('storageKey') && this.#saved.use(text(this.storageKey), this.#fields());
    if (fields) this.#checked = savedIds(fields)!;
    // The steps are built again when a property or the words (a named `lang` update) change; a tick
    // changes neither.
    if (changed.size) this.#rows = undefined;
  }

  /** The ticks as saved: a `true` field per ticked step. */
  #fields(): Record<string, true> {
    return Object.fromEntries([...this.#checked].map((id) => [id, true]));
  }

  #persist(): void {
    this.#saved.save(this.#fields());
    this.requestUpdate();
  }

  #visibleRows(): Row[] {
    if (this.#rows) return this.#rows;
    const rows = this.#customRows() ?? this.#defaultRows();
    const skip = isBlank(this.exclude) ? [] : idList(this, 'exclude', this.exclude, rows.map((row) => row.id), []);
    const visible = rows.filter((row) => !skip.includes(row.id));
    if (!visible.length) warnOnce(this, 'exclude', 'it hides every step; showing all');
    return (this.#rows = visible.length ? visible : rows);
  }

  #defaultRows(): Row[] {
    const contact = text(this.contactName) ?? '';
    const company = text(this.company) ?? '';
    const to = email(this, 'contact-email', this.contactEmail);
    const feedback = safeUrl(this, 'feedback-url', this.feedbackUrl);
    const given = reached(this, this.stage, false).stage;
    const mail = (ask: boolean) => {
      if (!to) return undefined;
      const t = (k: ChecklistKey, p?: Params) => this.t(k, p);
      const { brief, runnerUp } = this.draftOptions ?? {};
      const { subject, body } = draft(t, { contact, company, job: text(this.jobTitle), name: text(this.candidateName), feedback: ask, stage: given, brief, runnerUp });
      return mailto(to, subject, body);
    };
    // Per step: its link, the action it reports, whose link words it uses (its own by default), and a personal label.
    const extra: Partial<Record<string, [string?, string?, string?, string?]>> = {
      'thank-you-email': [mail(false), 'email', , contact && this.t('thank-you-email.contact', { contact })],
      // Without a form, a drafted request: named apart from the thank-you note's link.
      'ask-feedback': feedback ? [feedback, 'feedback'] : [mail(true), 'feedback', 'feedbackEmail'],
      'connect-linkedin': [
        linkedinUrl(this, 'linkedin-url', this.linkedinUrl),
        'linkedin',
        ,
        contact ? this.t('linkedinContact', { contact }) : this.t('linkedin'),
      ],
      'keep-applying': [safeUrl(this, 'jobs-url', this.jobsUrl), 'jobs'],
    };
    return DEFAULT_ITEMS.filter((id) => !given || trueAt(stages[id], given)).map((id) => {
      const [href, action = 'link', words = action, label] = extra[id] ?? [];
      // Every step's label is keyed by its id, but for LinkedIn, whose words are shared.
      return { id, label: label || this.t(id as ChecklistKey), description: this.t(`${id}.why`), href, action, linkText: this.t(`action.${words}` as ChecklistKey) };
    });
  }

  #customRows(): Row[] | undefined {
    return records<Row>(this, 'items', this.items, MAX_ITEMS, (entry, kept) => {
      const id = field(entry.id);
      const label = field(entry.label);
      if (!id || !label || kept.some((row) => row.id === id)) return undefined;
      const action = field(entry.action);
      return { id, label, description: field(entry.description), href: safeUrl(this, 'items', entry.href), action: action && ACTION.test(action) ? action : 'link' };
    }, '[{"id","label"}] steps');
  }

  /** The step an event inside the list came from: one listener serves every step. */
  #row(event: Event): Row | undefined {
    const id = (event.target as Element).closest('li')?.dataset.id;
    return this.#visibleRows().find((row) => row.id === id);
  }

  #onChange(event: Event): void {
    const row = this.#row(event);
    if (!row) return;
    const checked = (event.target as HTMLInputElement).checked;
    const before = this.#progress().done;
    this.#checked[checked ? 'add' : 'delete'](row.id);
    this.#persist();
    const { done, total } = this.#progress();
    emit(this, 'onward-change', { id: row.id, checked, done, total });
    if (done === total && before < total) emit(this, 'onward-complete', { total });
  }

  #onClick(event: Event): void {
    const row = (event.target as Element).closest('a') && this.#row(event);
    if (row && !emit(this, 'onward-action', { action: row.action, id: row.id }, true)) event.preventDefault();
  }

  /** Start over asks first, in place: the danger button unticks, Keep them (or Escape) goes back. */
  async #confirm(confirming: boolean): Promise<void> {
    this.#confirming = confirming;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(confirming ? '[part~="reset-no"]' : '[part~="reset"]')?.focus();
  }

  async #reset(): Promise<void> {
    this.#confirming = false;
    this.#checked = new Set();
    this.#persist();
    emit(this, 'onward-change', { id: null, checked: false, done: 0, total: this.#progress().total });
    // Start over goes with the ticks, so keyboard focus moves to the list instead of being lost.
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  }

  #progress(): { done: number; total: number } {
    const rows = this.#visibleRows();
    return { done: rows.filter((row) => this.#checked.has(row.id)).length, total: rows.length };
  }

  /**
   * The ticks are `checked` attributes, so a server-rendered list shows the right ones before (or
   * without) JavaScript: a `.checked` binding renders as `checked="false"`, which ticks the box.
   * A box stops following its attribute once clicked, and hydration leaves attributes as the server
   * sent them, so each box is also set here from the state.
   */
  protected override updated(): void {
    for (const li of this.renderRoot.querySelectorAll('li')) li.querySelector('input')!.checked = this.#checked.has(li.dataset.id!);
  }

  override render(): TemplateResult {
    const all = this.#visibleRows();
    const { done, total } = this.#progress();
    // One clear next step: the first open step's link is the filled button, the others plain links.
    const next = all.find((row) => row.href && !this.#checked.has(row.id));
    const rows = all.slice(0, this.#rowLimit);
    if (rows.length < all.length) this.drawNextTask(() => (this.#rowLimit += ROWS_PER_TASK));
    return html`
      <section part="base" class=${this.baseClass()} aria-labelledby=${this.landmark()}>
        ${this.heading(this.personalHeading())}
        <p class="intro muted">${sentences(this.t('intro'), this.#saved.key && this.t(this.#saved.persistent ? 'saved' : 'pageOnly'))}</p>
        ${this.hideProgress
          ? nothing
          : html`<div part="progress" class="progress">
              <p id="progress-text" role="status">${done ? this.t(done === total ? 'complete' : 'progress', { done, total }) : ''}</p>
              <progress part="progress-bar" max=${total} .value=${done} aria-labelledby="progress-text" ?hidden=${!done}></progress>
            </div>`}
        <ul part="list" @change=${this.#onChange} @click=${this.#onClick}>
          ${rows.map(
            (row, i) => html`<li part="item" class="item" data-id=${row.id}>
              <label part="label"
                ><input part="checkbox" type="checkbox" ?checked=${this.#checked.has(row.id)} aria-describedby="d${i}" />${row.label}</label
              >
              <p part="description" id="d${i}" class="muted">${row.description}</p>
              ${row.href
                ? html`<a
                    part="action"
                    class=${row === next ? 'btn primary' : 'btn plain'}
                    href=${row.href}
                    referrerpolicy="same-origin"
                    aria-label=${row.linkText ? nothing : `${this.t('action.link')}: ${row.label}`}
                    >${row.linkText ?? this.t('action.link')}</a
                  >`
                : nothing}
            </li>`,
          )}
        </ul>
        <div class="actions" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#confirming && this.#confirm(false)}>
          ${this.#confirming
              ? html`<div part="reset-confirm" class="confirm" role="group" aria-labelledby="reset-text">
                  <p id="reset-text">${this.t('resetConfirm')}</p>
                  <button part="reset-yes" class="btn danger" type="button" @click=${this.#reset}>${this.t('resetYes')}</button>
                  <button part="reset-no" class="btn" type="button" @click=${() => this.#confirm(false)}>${this.t('resetNo')}</button>
                </div>`
              : // Hidden, not left out, with nothing ticked: a server-rendered list hydrates to the same shape whatever was saved.
                html`<button part="reset" class="btn plain quiet" type="button" ?hidden=${!done} @click=${() => this.#confirm(true)}>${this.t('reset')}</button>`}
          <slot name="footer"></slot>
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'followup-checklist': FollowupChecklistElement;
  }
}
