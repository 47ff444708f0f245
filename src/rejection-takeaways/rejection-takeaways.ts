import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import { subheading } from '../internal/heading.js';
import { OnwardElement } from '../internal/onward-element.js';
import type { Params } from '../internal/localize.js';
import { role, team } from '../internal/phrases.js';
import { phrases } from '../internal/strings.js';
import { STAGES, reached, trueAt, type Stage } from '../internal/stage.js';
import { baseStyles } from '../internal/tokens.js';
import { idList, numeric, oneOf, text } from '../internal/validation.js';
import { styles } from './rejection-takeaways.styles.js';
import { stages, strings, type TakeawaysKey } from './strings.js';

export { STAGES, type Stage };
export const TAKEAWAYS = ['hired', 'practice', 'connections'] as const;
export const LAYOUTS = ['stack', 'cards', 'compact'] as const;

// One shared default string, not a new one per instance.

export type Takeaway = (typeof TAKEAWAYS)[number];
export type TakeawaysLayout = (typeof LAYOUTS)[number];

const PRACTICE: Record<Stage, TakeawaysKey> = {
  applied: 'practiceApplied',
  screening: 'practiceScreening',
  interview: 'practiceInterview',
  final: 'practiceFinal',
};

/**
 * @tagname rejection-takeaways
 * @summary The three good things a job search leaves behind, told to the person who just heard
 * "no": the groundwork they laid, the practice they got and the people they met, in words that
 * follow how far they got.
 *
 * @slot heading - Replaces the heading text (the heading element and its level stay).
 * @slot intro - Replaces the opening paragraph.
 * @slot footer - Content after the closing line, such as a link to similar jobs.
 *
 * @csspart base - The outer card, a labelled `<section>`.
 * @csspart heading - The heading.
 * @csspart list - The ordered list of takeaways.
 * @csspart takeaway - Each takeaway.
 * @csspart takeaway-title - The title of each takeaway.
 * @csspart takeaway-body - The text of each takeaway.
 * @csspart closing - The closing line.
 *
 * @cssprop [--rejection-takeaways-gap=var(--onward-space)] - Space between takeaways.
 * @cssprop [--rejection-takeaways-badge-background=var(--onward-color-accent)] - Background of the number badges.
 * @cssprop [--rejection-takeaways-badge-color=var(--onward-color-on-accent)] - Colour of the numbers in the badges.
 * @cssprop [--rejection-takeaways-card-background=accent tinted 7% into the surface] - Background of each takeaway in the `cards` layout.
 *
 * @fires {CustomEvent<null>} onward-view - The first time at least half of the element is on screen.
 */
export class RejectionTakeawaysElement extends OnwardElement<TakeawaysKey> {
  static override styles = [baseStyles, styles];
  /** @internal */
  static override messages = { 'rejection-takeaways': strings, phrases };
  /** @internal */
  static override tag = 'rejection-takeaways';

  static override get properties(): PropertyDeclarations {
    return {
      candidateName: { attribute: 'candidate-name' },
      company: {},
      jobTitle: { attribute: 'job-title' },
      stage: {},
      runnerUp: { type: Boolean, attribute: 'runner-up' },
      takeaways: {},
      layout: {},
      headingLevel: { attribute: 'heading-level', converter: numeric },
      hideClosing: { type: Boolean, attribute: 'hide-closing' },
    };
  }

  /** The candidate's name, used in the heading. Leave it out for a heading without a name. */
  declare candidateName: string | undefined;
  /** The employer's name. */
  declare company: string | undefined;
  /** The job the person applied for. */
  declare jobTitle: string | undefined;
  /** The furthest stage reached: `applied`, `screening`, `interview` or `final`. Shapes the wording. */
  declare stage: Stage | undefined;
  /** The person was a runner-up: stresses that they may be next in line. */
  declare runnerUp: boolean;
  /** Which takeaways to show, in order: a comma list of `hired`, `practice`, `connections`. Not set: all three. */
  declare takeaways: string | undefined;
  /** `stack` (default), `cards` side by side when there is room, or `compact`. */
  declare layout: TakeawaysLayout;
  /**
   * Level of the heading, 2 to 6; each takeaway's title is one level below.
   * @default 2
   */
  declare headingLevel: number;
  /** Hides the closing line. */
  declare hideClosing: boolean;

  constructor() {
    super();
    this.runnerUp = false;
    this.layout = 'stack';
    this.hideClosing = false;
  }


  override render(): TemplateResult {
    const { stage, runnerUp } = reached(this, this.stage, this.runnerUp);
    const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'stack');
    // Connections need someone the person met: none after an application alone, or at an unknown stage.
    const ids = idList(this, 'takeaways', this.takeaways, TAKEAWAYS, TAKEAWAYS).filter(
      (id) => id !== 'connections' || trueAt(stages.connectionsTitle, stage),
    );
    const company = text(this.company) ?? '';
    const job = text(this.jobTitle) ?? '';
    const t = (key: TakeawaysKey, params?: Params) => this.t(key, params);
    const teamName = team(t, company);
    const content: Record<Takeaway, [TakeawaysKey, TakeawaysKey]> = {
      hired: ['hiredTitle', 'hiredBody'],
      practice: ['practiceTitle', stage ? PRACTICE[stage] : 'practiceBody'],
      connections: [
        'connectionsTitle',
        runnerUp ? 'connectionsRunnerUp' : stage === 'final' ? 'connectionsFinal' : 'connectionsBody',
      ],
    };

    return html`
      <section part="base" class=${this.baseClass(layout)} aria-labelledby=${this.landmark()}>
        ${this.heading(this.personalHeading())}
        <slot name="intro"><p class="intro">${this.t('intro', { role: role(t, company, job) })}</p></slot>
        <ol part="list" class="list">
          ${ids.map(
            (id) => html`<li part="takeaway" class="takeaway">
              ${subheading(this.level(), 'takeaway-title', this.t(content[id][0]))}
              <p part="takeaway-body">${this.t(content[id][1], { team: teamName })}</p>
            </li>`,
          )}
        </ol>
        <p part="closing" class="closing" ?hidden=${this.hideClosing}>${this.t('closing')}</p>
        <slot name="footer"></slot>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rejection-takeaways': RejectionTakeawaysElement;
  }
}
