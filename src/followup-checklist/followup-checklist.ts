import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../internal/events.js';
import { draft } from '../internal/draft.js';
import { mailto } from '../internal/mail.js';
import { OnwardElement, defineOnce, heading } from '../internal/onward-element.js';
import { load, save, subscribe } from '../internal/storage.js';
import { baseStyles } from '../internal/tokens.js';
import { email, idList, intInRange, isBlank, numeric, safeUrl, text, warnOnce } from '../internal/validation.js';
import { styles } from './followup-checklist.styles.js';
import { strings, type ChecklistKey } from './strings.js';

/** One checklist entry, as given in the `items` attribute or property. */
export interface ChecklistItem {
  /** Stable id, used in events and saved progress. */
  id: string;
  label: string;
  /** One line on why the step helps. */
  description?: string;
  /** An `http:`, `https:` or `mailto:` link for the step. */
  href?: string;
  /** Name reported in `onward-action` when the link is used (default `link`). */
  action?: string;
}

interface Row extends Required<Pick<ChecklistItem, 'id' | 'label' | 'action'>> {
  description?: string;
  href?: string;
  linkText?: string;
}

export const DEFAULT_ITEMS = [
  'thank-you-email',
  'ask-feedback',
  'connect-linkedin',
  'reflect-interview',
  'update-materials',
  'keep-applying',
  'check-in-later',
] as const;

const MAX_ITEMS = 50;
const ACTION = /^[a-z][a-z0-9-]{0,39}$/;

/** Reads saved progress written by any version: `{checked: [...]}` or a bare array of ids. */
function savedIds(value: unknown): Set<string> | undefined {
  const list = Array.isArray(value) ? value : (value as { checked?: unknown } | null)?.checked;
  return Array.isArray(list) ? new Set(list.filter((id): id is string => typeof id === 'string')) : undefined;
}

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
 * @csspart reset - The Start over button.
 *
 * @cssprop [--followup-checklist-check-color=var(--onward-color-accent)] - Colour of ticked checkboxes.
 * @cssprop [--followup-checklist-progress-color=var(--onward-color-success)] - Colour of the filled progress bar.
 * @cssprop [--followup-checklist-track-color=text tinted 12% into the surface] - Colour of the empty progress bar.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} onward-change - A step was ticked or unticked, or Start over was used (then `id` is `null`). `detail`: `{id, checked, done, total}`.
 * @fires {CustomEvent<CompleteDetail>} onward-complete - The person ticked the last open step. `detail`: `{total}`.
 * @fires {CustomEvent<ActionDetail>} onward-action - A step's link was used. `detail`: `{action, id}`; cancel it to handle the action yourself.
 * @fires {CustomEvent<null>} onward-view - The first time at least half of the element is on screen.
 */
export class FollowupChecklistElement extends OnwardElement<ChecklistKey> {
  static override styles = [baseStyles, styles];
  /** @internal */
  static override messages = strings;

  static override properties = {
    storageKey: { attribute: 'storage-key' },
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
    headingLevel: { attribute: 'heading-level', converter: numeric },
  };

  /** Saves progress in `localStorage` under `onward:followup-checklist:<storage-key>`. No key, no saving. */
  declare storageKey: string | undefined;
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
  /** The employer's name. */
  declare company: string | undefined;
  /** The job the person applied for. */
  declare jobTitle: string | undefined;
  /** The candidate's name, used in the heading and to sign the drafted emails. */
  declare candidateName: string | undefined;
  /** Hides the progress text and bar. */
  declare hideProgress: boolean;
  /** Level of the heading, 2 to 6. */
  declare headingLevel: number;

  #checked = new Set<string>();
  #rows?: Row[];
  #key?: string;
  #unsubscribe?: () => void;
  #onSaved = (value: unknown): void => {
    this.#checked = savedIds(value) ?? new Set();
    this.requestUpdate();
  };

  constructor() {
    super();
    this.hideProgress = false;
    this.headingLevel = 2;
  }

  /** Registers the element as `tag` in `registry`. A tag that is already taken is left alone. */
  static define(tag = 'followup-checklist', registry: CustomElementRegistry = customElements): void {
    defineOnce(this, tag, registry);
  }

  /** Ids of the ticked steps, in list order. Setting it ticks exactly those steps (and saves them). */
  get checked(): string[] {
    return this.#visibleRows()
      .filter((row) => this.#checked.has(row.id))
      .map((row) => row.id);
  }

  set checked(ids: string[]) {
    if (!Array.isArray(ids)) {
      warnOnce(this, 'checked', ids, 'expected an array of step ids');
      return;
    }
    this.#checked = new Set(ids.filter((id) => typeof id === 'string'));
    this.#persist();
    this.requestUpdate();
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
    if (changed.has('storageKey')) {
      const previous = this.#key;
      const name = text(this.storageKey);
      this.#key = name && `onward:followup-checklist:${name}`;
      if (this.#key !== previous) {
        const saved = this.#key ? savedIds(load(this.localName, this.#key)) : undefined;
        // A first key keeps what the host set through `checked`; a new key starts from its own save.
        if (saved || previous) this.#checked = saved ?? new Set();
        this.#listen();
      }
    }
    // Anything but the key or theme can change the steps.
    if ([...changed.keys()].some((k) => k !== 'storageKey' && k !== 'theme')) this.#rows = undefined;
  }

  #listen(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.isConnected && this.#key ? subscribe(this.#key, this.#onSaved) : undefined;
  }

  #persist(): void {
    if (this.#key) save(this.localName, this.#key, { checked: [...this.#checked] }, this.#onSaved);
  }

  #visibleRows(): Row[] {
    if (this.#rows) return this.#rows;
    const rows = this.#customRows() ?? this.#defaultRows();
    const known = rows.map((row) => row.id);
    const skip = isBlank(this.exclude) ? [] : idList(this, 'exclude', this.exclude, known, []);
    let visible = rows.filter((row) => !skip.includes(row.id));
    if (!visible.length) {
      warnOnce(this, 'exclude', this.exclude, 'it would hide every step; showing them all');
      visible = rows;
    }
    return (this.#rows = visible);
  }

  #defaultRows(): Row[] {
    const contact = text(this.contactName) ?? '';
    const company = text(this.company) ?? '';
    const job = text(this.jobTitle) ?? '';
    const to = email(this, 'contact-email', this.contactEmail);
    const linkedin = safeUrl(this, 'linkedin-url', this.linkedinUrl, ['https:']);
    const jobs = safeUrl(this, 'jobs-url', this.jobsUrl);
    const feedback = safeUrl(this, 'feedback-url', this.feedbackUrl);

    const mail = (feedback: boolean) => {
      if (!to) return undefined;
      const { subject, body } = draft((k, p) => this.t(k, p), {
        contact,
        company,
        job,
        name: text(this.candidateName),
        feedback,
      });
      return mailto(to, subject, body);
    };
    const links: Partial<Record<(typeof DEFAULT_ITEMS)[number], [string | undefined, string, ChecklistKey]>> = {
      'thank-you-email': [mail(false), 'email', 'action.email'],
      'ask-feedback': feedback ? [feedback, 'feedback', 'action.feedback'] : [mail(true), 'feedback', 'action.email'],
      'connect-linkedin': [linkedin, 'linkedin', 'action.linkedin'],
      'keep-applying': [jobs, 'jobs', 'action.jobs'],
    };
    const labels: Partial<Record<(typeof DEFAULT_ITEMS)[number], string>> = {
      'thank-you-email': contact && this.t('thank-you-email.contact', { contact }),
      'connect-linkedin': contact && this.t('connect-linkedin.contact', { contact }),
      'check-in-later': company && this.t('check-in-later.company', { company }),
    };

    return DEFAULT_ITEMS.map((id) => {
      const [href, action, linkKey] = links[id] ?? [];
      return {
        id,
        label: labels[id] || this.t(id),
        description: this.t(`${id}.why` as ChecklistKey),
        href,
        action: action ?? 'link',
        linkText: linkKey && this.t(linkKey),
      };
    });
  }

  #customRows(): Row[] | undefined {
    const raw = this.items;
    if (isBlank(raw)) return undefined;
    let data: unknown = raw;
    if (typeof raw === 'string') {
      try {
        data = JSON.parse(raw);
      } catch {
        data = undefined;
      }
    }
    if (!Array.isArray(data)) {
      warnOnce(this, 'items', raw, 'expected a JSON array of {"id", "label"} objects; using the default steps');
      return undefined;
    }
    const rows: Row[] = [];
    let skipped = data.length > MAX_ITEMS;
    for (const entry of data.slice(0, MAX_ITEMS) as Partial<Record<keyof ChecklistItem, unknown>>[]) {
      const id = typeof entry?.id === 'string' ? text(entry.id) : undefined;
      const label = typeof entry?.label === 'string' ? text(entry.label) : undefined;
      if (!id || !label || rows.some((row) => row.id === id)) {
        skipped = true;
        continue;
      }
      const href = safeUrl(this, 'items', entry.href);
      const action = typeof entry.action === 'string' && ACTION.test(entry.action) ? entry.action : 'link';
      const linkKey = `action.${action}` as ChecklistKey;
      rows.push({
        id,
        label,
        description: typeof entry.description === 'string' ? text(entry.description) : undefined,
        href,
        action,
        linkText: href && this.t(linkKey in strings ? linkKey : 'action.link'),
      });
    }
    if (skipped) {
      warnOnce(this, 'items', raw, `each step needs a unique "id" and a "label" (at most ${MAX_ITEMS}); skipped the rest`);
    }
    if (!rows.length) {
      warnOnce(this, 'items', raw, 'no usable steps; using the default steps');
      return undefined;
    }
    return rows;
  }

  #toggle(row: Row, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const wasComplete = this.#progress().done === this.#progress().total;
    if (checked) this.#checked.add(row.id);
    else this.#checked.delete(row.id);
    this.#persist();
    this.requestUpdate();
    const { done, total } = this.#progress();
    emit(this, 'onward-change', { id: row.id, checked, done, total });
    if (done === total && !wasComplete) emit(this, 'onward-complete', { total });
  }

  async #reset(): Promise<void> {
    this.#checked = new Set();
    this.#persist();
    this.requestUpdate();
    emit(this, 'onward-change', { id: null, checked: false, done: 0, total: this.#progress().total });
    // The button disables itself, so keep keyboard focus in the list instead of losing it.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  #act(row: Row, event: Event): void {
    if (!emit(this, 'onward-action', { action: row.action, id: row.id }, true)) event.preventDefault();
  }

  #progress(): { done: number; total: number } {
    const rows = this.#visibleRows();
    return { done: rows.filter((row) => this.#checked.has(row.id)).length, total: rows.length };
  }

  override render(): TemplateResult {
    const rows = this.#visibleRows();
    const { done, total } = this.#progress();
    const name = text(this.candidateName);
    return html`
      <section part="base" class=${this.baseClass()} aria-labelledby="heading">
        ${heading(
          intInRange(this, 'heading-level', this.headingLevel, 2, 6, 2),
          'heading',
          html`<slot name="heading">${name ? this.t('headingName', { name }) : this.t('heading')}</slot>`,
          'heading',
        )}
        <p class="intro muted">${this.t(this.#key ? 'introSaved' : 'intro')}</p>
        ${this.hideProgress
          ? nothing
          : html`<div part="progress" class="progress">
              <p id="progress-text" role="status">
                ${this.t('progress', { done, total })}${done === total
                  ? html`<span class="complete"> ${this.t('complete')}</span>`
                  : nothing}
              </p>
              <progress
                part="progress-bar"
                max=${total}
                .value=${done}
                aria-label=${this.t('progressLabel')}
              ></progress>
            </div>`}
        <ul part="list" class="list">
          ${rows.map((row, i) => {
            const on = this.#checked.has(row.id);
            return html`<li part="item" class=${on ? 'item done' : 'item'}>
              <input
                part="checkbox"
                type="checkbox"
                id=${`step-${i}`}
                .checked=${on}
                aria-describedby=${row.description ? `why-${i}` : nothing}
                @change=${(e: Event) => this.#toggle(row, e)}
              />
              <div class="text">
                <label part="label" for=${`step-${i}`}>${row.label}</label>
                ${row.description
                  ? html`<p part="description" id=${`why-${i}`} class="muted">${row.description}</p>`
                  : nothing}
                ${row.href
                  ? html`<a
                      part="action"
                      href=${row.href}
                      rel="noreferrer"
                      aria-label=${row.action === 'link' ? `${row.linkText}: ${row.label}` : nothing}
                      @click=${(e: Event) => this.#act(row, e)}
                      >${row.linkText}</a
                    >`
                  : nothing}
              </div>
            </li>`;
          })}
        </ul>
        <div class="footer">
          <button part="reset" type="button" ?disabled=${!done} @click=${() => this.#reset()}>
            ${this.t('reset')}
          </button>
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
