import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { OnwardElement } from '../internal/onward-element.js';
import { formatDate, formatNumber, shared } from '../internal/localize.js';
import { STAGES, type Stage } from '../internal/stage.js';
import { baseStyles } from '../internal/tokens.js';
import { MAX_COUNT, date, intInRange, numeric, oneOf, warnOnce } from '../internal/validation.js';
import { styles } from './search-recap.styles.js';
import { strings, type RecapKey } from './strings.js';

const COUNTS = ['applications', 'screenings', 'interviews'] as const;
/**
 * @tagname search-recap
 * @summary A small, encouraging summary of what the person's search has already built, from the
 * numbers the platform knows: applications, screenings, interviews, the furthest stage and when
 * they started.
 *
 * @slot heading - Replaces the heading text.
 *
 * @csspart base - The outer card, a labelled `<section>`.
 * @csspart heading - The heading.
 * @csspart list - The list of counts.
 * @csspart stat - Each count.
 * @csspart number - The number of each count.
 * @csspart skill - The line under each count on what it built.
 * @csspart stage - The line about the furthest stage reached.
 *
 * @cssprop [--search-recap-number-color=var(--onward-color-accent)] - Colour of the big numbers.
 *
 * @fires {CustomEvent<null>} onward-view - The first time at least half of the element is on screen.
 */
export class SearchRecapElement extends OnwardElement<RecapKey> {
  static override styles = [baseStyles, styles];
  /** @internal */
  static override messages = { 'search-recap': strings };
  /** @internal */
  static override tag = 'search-recap';

  static override get properties(): PropertyDeclarations {
    return {
      applications: { converter: numeric },
      screenings: { converter: numeric },
      interviews: { converter: numeric },
      stage: {},
      since: {},
      headingLevel: { attribute: 'heading-level', converter: numeric },
    };
  }

  /** Applications sent: a whole number. Missing, negative or fractional values are left out. */
  declare applications: number | undefined;
  /** Screening calls had. */
  declare screenings: number | undefined;
  /** Interviews had. */
  declare interviews: number | undefined;
  /** The furthest stage reached: `applied`, `screening`, `interview` or `final`. */
  declare stage: Stage | undefined;
  /** When the search started, as `YYYY-MM-DD`; a time after `T` or a space is allowed and ignored. */
  declare since: string | undefined;
  /**
   * Level of the heading, 2 to 6.
   * @default 2
   */
  declare headingLevel: number;


  override render(): TemplateResult {
    const locale = this.locale;
    const plural = shared(`plural ${locale}`, () => new Intl.PluralRules(locale));
    // Zero is a true count but not an encouraging one: it is simply not shown.
    const counts = COUNTS.map((id) => [id, intInRange(this, id, this[id], 0, MAX_COUNT)] as const).filter(
      (c): c is readonly [(typeof COUNTS)[number], number] => !!c[1],
    );
    const stage = oneOf<Stage | ''>(this, 'stage', this.stage, STAGES, '');
    let since = date(this, 'since', this.since);
    if (since && since.getTime() > Date.now()) {
      warnOnce(this, 'since', 'is in the future; leaving it out');
      since = undefined;
    }
    // "one: application sent | other: applications sent": the form for this number, else `other`. A
    // host's word with no forms at all serves every number; one whose forms leave this number out
    // ("one:" alone) gives way to the English word, which always has `other`.
    const word = (id: RecapKey, n: number, words = this.t(id)): string => {
      const forms = Object.fromEntries(words.split('|').map((form) => form.split(/:(.*)/s).map((x) => x.trim())));
      return forms[plural.select(n)] || forms.other || (words.includes(':') ? word(id, n, strings[id]) : words);
    };
    return html`
      <section part="base" class=${this.baseClass()} aria-labelledby=${this.landmark()}>
        ${this.heading(this.t('heading'))}
        <p class="intro muted">
          ${since && counts.length ? this.t('started', { date: formatDate(locale, since) }) : this.t(counts.length ? 'intro' : 'none')}
        </p>
        ${counts.length
          ? html`<ul part="list" class="list">
              ${counts.map(
                ([id, n]) => html`<li part="stat" class="stat">
                  <span part="number" class="number">${formatNumber(locale, n)}</span>
                  <span class="label">${word(id, n)}</span>
                  <span part="skill" class="skill muted">${this.t(`${id}.skill` as RecapKey)}</span>
                </li>`,
              )}
            </ul>`
          : nothing}
        ${stage ? html`<p part="stage" class="stage">${this.t(`stage.${stage}`)}</p>` : nothing}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'search-recap': SearchRecapElement;
  }
}
