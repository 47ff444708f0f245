import { html, type PropertyDeclarations, type ReactiveElement, type TemplateResult } from 'lit';
import { OnwardElement } from '../internal/onward-element.js';
import { baseStyles } from '../internal/tokens.js';
import { idList, intInRange, isBlank, numeric, safeUrl } from '../internal/validation.js';
import { styles } from './rejection-support.styles.js';
import { strings, type SupportKey } from './strings.js';

export const SECTIONS = ['takeaways', 'recap', 'checklist', 'email', 'reflection', 'stay-connected', 'resume'] as const;
export type SupportSection = (typeof SECTIONS)[number];

// Each section is one element; the kit renders it and hands it the shared attributes.
const TEMPLATES: Record<SupportSection, TemplateResult> = {
  takeaways: html`<rejection-takeaways part="takeaways"></rejection-takeaways>`,
  recap: html`<search-recap part="recap"></search-recap>`,
  checklist: html`<followup-checklist part="checklist"></followup-checklist>`,
  email: html`<followup-email part="email"></followup-email>`,
  reflection: html`<interview-reflection part="reflection"></interview-reflection>`,
  'stay-connected': html`<stay-connected part="stay-connected"></stay-connected>`,
  resume: html`<resume-cta part="resume" variant="banner"></resume-cta>`,
};

const shared = (attribute: string, type?: BooleanConstructor) => ({ attribute, type });

/**
 * @tagname rejection-support
 * @summary The whole kit in one tag: takeaways, a recap of the search, the follow-up checklist, a
 * drafted thank-you email, interview reflection, staying in touch and a way back into the search.
 * Shared attributes are set once and passed down, and stay in sync when they change.
 *
 * @slot heading - Replaces the kit's heading text.
 *
 * @csspart base - The wrapper, a labelled `<section>`.
 * @csspart heading - The kit's heading.
 * @csspart takeaways - The `<rejection-takeaways>` section.
 * @csspart recap - The `<search-recap>` section.
 * @csspart checklist - The `<followup-checklist>` section.
 * @csspart email - The `<followup-email>` section.
 * @csspart reflection - The `<interview-reflection>` section.
 * @csspart stay-connected - The `<stay-connected>` section.
 * @csspart resume - The `<resume-cta>` section.
 *
 * @cssprop [--rejection-support-gap=var(--onward-space)] - Space between sections.
 *
 * @fires onward-view - From the kit and from each section, the first time each is half on screen.
 * @fires onward-change - From the checklist and the reflection.
 * @fires onward-complete - From the checklist.
 * @fires onward-action - From any section's call to action; cancelable.
 */
export class RejectionSupportElement extends OnwardElement<SupportKey> {
  static override styles = [baseStyles, styles];
  /** @internal */
  static override messages = { 'rejection-support': strings };
  /** @internal */
  static override tag = 'rejection-support';

  static override properties: PropertyDeclarations = {
    sections: {},
    candidateName: shared('candidate-name'),
    company: {},
    jobTitle: shared('job-title'),
    stage: {},
    runnerUp: shared('runner-up', Boolean),
    contactName: shared('contact-name'),
    contactEmail: shared('contact-email'),
    linkedinUrl: shared('linkedin-url'),
    jobsUrl: shared('jobs-url'),
    feedbackUrl: shared('feedback-url'),
    talentCommunityUrl: shared('talent-community-url'),
    resumeUrl: shared('resume-url'),
    storageKey: shared('storage-key'),
    applications: { converter: numeric },
    screenings: { converter: numeric },
    interviews: { converter: numeric },
    since: {},
    tone: {},
    askFeedback: shared('ask-feedback', Boolean),
    checkInDays: { attribute: 'check-in-days', converter: numeric },
    reapplyAfter: shared('reapply-after'),
    headingLevel: { attribute: 'heading-level', converter: numeric },
  };

  /** Which sections to show, in order: a comma list of `takeaways`, `recap`, `checklist`, `email`, `reflection`, `stay-connected`, `resume`. Default: all, with the recap only when numbers are given and the resume call to action only with `resume-url`. */
  declare sections: string | undefined;
  /** The candidate's name. */
  declare candidateName: string | undefined;
  /** The employer's name. */
  declare company: string | undefined;
  /** The job the person applied for. */
  declare jobTitle: string | undefined;
  /** The furthest stage reached: `applied`, `screening`, `interview` or `final`. */
  declare stage: string | undefined;
  /** The person was a runner-up. */
  declare runnerUp: boolean;
  /** The recruiter or hiring manager. */
  declare contactName: string | undefined;
  /** Their email address. */
  declare contactEmail: string | undefined;
  /** Their LinkedIn profile (`https:` only). */
  declare linkedinUrl: string | undefined;
  /** Where to browse open roles. */
  declare jobsUrl: string | undefined;
  /** The employer's feedback form. */
  declare feedbackUrl: string | undefined;
  /** Where to join the employer's talent community. */
  declare talentCommunityUrl: string | undefined;
  /** Where to share a resume; adds the resume section. */
  declare resumeUrl: string | undefined;
  /** One key for all saved state: the checklist and the reflection each save under their own `onward:<tag>:<key>`. */
  declare storageKey: string | undefined;
  /** Applications sent (for the recap). */
  declare applications: number | undefined;
  /** Screening calls had (for the recap). */
  declare screenings: number | undefined;
  /** Interviews had (for the recap). */
  declare interviews: number | undefined;
  /** When the search started, `YYYY-MM-DD` (for the recap). */
  declare since: string | undefined;
  /** Tone of the drafted email: `warm` or `brief`. */
  declare tone: string | undefined;
  /** Adds a feedback request to the drafted email. */
  declare askFeedback: boolean;
  /** Days until the check-in reminder. */
  declare checkInDays: number | undefined;
  /** When the person may apply again, `YYYY-MM-DD`. */
  declare reapplyAfter: string | undefined;
  /**
   * Level of the kit's heading, 2 to 6; each section's heading is one level below.
   * @default 2
   */
  declare headingLevel: number;

  constructor() {
    super();
    this.runnerUp = false;
    this.askFeedback = false;
  }


  #level(): number {
    return intInRange(this, 'heading-level', this.headingLevel, 2, 6, 2);
  }

  #sections(): SupportSection[] {
    const fallback = SECTIONS.filter(
      (s) =>
        (s !== 'recap' || ['applications', 'screenings', 'interviews', 'since'].some((k) => !isBlank(this[k as 'since']))) &&
        (s !== 'resume' || !isBlank(this.resumeUrl)),
    );
    return idList(this, 'sections', this.sections, SECTIONS, fallback);
  }

  protected override updated(): void {
    const kit = (this.constructor as typeof ReactiveElement).elementProperties;
    for (const child of this.renderRoot.querySelectorAll<ReactiveElement>('[part]:not([part~="base"],[part~="heading"])')) {
      const target = child as unknown as Record<string, unknown>;
      for (const name of (child.constructor as typeof ReactiveElement).elementProperties.keys()) {
        // The kit's own words and its heading level are its own; everything else it shares.
        if (name === 'headingLevel') target[name] = Math.min(this.#level() + 1, 6);
        // Checked here, so a bad resume-url is reported under the name the host wrote.
        else if (name === 'href') target[name] = safeUrl(this, 'resume-url', this.resumeUrl);
        else if (name !== 'strings' && kit.has(name)) target[name as string] = this[name as keyof this];
      }
    }
  }

  override render(): TemplateResult {
    return html`
      <section part="base" class=${this.baseClass('bare')} aria-labelledby="heading">
        ${this.head(this.t('heading'))}
        <div class="sections">${this.#sections().map((s) => TEMPLATES[s])}</div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rejection-support': RejectionSupportElement;
  }
}
