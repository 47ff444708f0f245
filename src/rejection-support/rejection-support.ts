import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The sections' classes, so their tags are typed in the template (define.ts registers them).
import { DEFAULT_ITEMS } from '../followup-checklist/followup-checklist.js';
import '../followup-email/followup-email.js';
import type { EmailTone } from '../followup-email/followup-email.js';
import '../interview-reflection/interview-reflection.js';
import '../rejection-takeaways/rejection-takeaways.js';
import '../resume-cta/resume-cta.js';
import '../search-recap/search-recap.js';
import '../stay-connected/stay-connected.js';
import type { ActionDetail } from '../internal/events.js';
import { OnwardElement, holdsOnward } from '../internal/onward-element.js';
import { MET, reached, trueAt, type Reached, type Stage, type StageTable } from '../internal/stage.js';
import { baseStyles } from '../internal/tokens.js';
import { idList, isBlank, numeric, safeUrl } from '../internal/validation.js';
import { styles } from './rejection-support.styles.js';
import { strings, type SupportKey } from './strings.js';

export const SECTIONS = ['takeaways', 'recap', 'checklist', 'email', 'reflection', 'stay-connected', 'resume'] as const;
export type SupportSection = (typeof SECTIONS)[number];

/** Sections true only at some stages: a thank-you note and interview notes need someone the person talked with. */
const SECTION_STAGES: StageTable<SupportSection> = { email: MET, reflection: MET };
/** The short kit shows these open; every other section is one click away. */
const OPEN: readonly SupportSection[] = ['takeaways', 'checklist'];
/** The short kit's next steps, at most three, for each stage (an unknown stage: what fits every stage). */
const NEXT: Record<Stage, readonly string[]> = {
  applied: ['update-materials', 'keep-applying'],
  screening: ['thank-you-email', 'update-materials', 'keep-applying'],
  interview: ['thank-you-email', 'reflect-interview', 'keep-applying'],
  final: ['thank-you-email', 'check-in-later', 'keep-applying'],
};
const TAGS: Record<SupportSection, string> = {
  takeaways: 'rejection-takeaways',
  recap: 'search-recap',
  checklist: 'followup-checklist',
  email: 'followup-email',
  reflection: 'interview-reflection',
  'stay-connected': 'stay-connected',
  resume: 'resume-cta',
};
/** Every section's element, as one selector. */
const SECTION_TAGS = Object.values(TAGS).join();

/** Runs `task` once the browser has a quiet moment (soon, in any case); returns what cancels it. */
const whenIdle = (task: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
};

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
 * @csspart toggle - Each button that opens or closes a section in the short kit (`aria-expanded`).
 *
 * @cssprop [--rejection-support-gap=var(--onward-space)] - Space between sections.
 *
 * @fires onward-view - From the kit and from each section, the first time each is half on screen.
 * @fires onward-change - From the checklist and the reflection.
 * @fires onward-complete - From the checklist.
 * @fires onward-action - From any section's call to action; cancelable. With the email section shown, the kit itself cancels the checklist's `email` action and moves focus to that draft.
 */
export class RejectionSupportElement extends OnwardElement<SupportKey> {
  static override styles = [baseStyles, styles];
  /** @internal */
  static override messages = { 'rejection-support': strings };
  /** @internal */
  static override tag = 'rejection-support';

  static override get properties(): PropertyDeclarations {
    return {
      sections: {},
      expanded: { type: Boolean },
      candidateName: { attribute: 'candidate-name' },
      company: {},
      jobTitle: { attribute: 'job-title' },
      stage: {},
      runnerUp: { type: Boolean, attribute: 'runner-up' },
      contactName: { attribute: 'contact-name' },
      contactEmail: { attribute: 'contact-email' },
      linkedinUrl: { attribute: 'linkedin-url' },
      jobsUrl: { attribute: 'jobs-url' },
      feedbackUrl: { attribute: 'feedback-url' },
      talentCommunityUrl: { attribute: 'talent-community-url' },
      resumeUrl: { attribute: 'resume-url' },
      storageKey: { attribute: 'storage-key' },
      applications: { converter: numeric },
      screenings: { converter: numeric },
      interviews: { converter: numeric },
      since: {},
      tone: {},
      askFeedback: { type: Boolean, attribute: 'ask-feedback' },
      checkInDays: { attribute: 'check-in-days', converter: numeric },
      reapplyAfter: { attribute: 'reapply-after' },
      headingLevel: { attribute: 'heading-level', converter: numeric },
    };
  }

  /** Which sections to show, open and in order: a comma list of `takeaways`, `recap`, `checklist`, `email`, `reflection`, `stay-connected`, `resume`. Not set: the short kit (takeaways, up to three next steps for the stage, the rest one click away). */
  declare sections: string | undefined;
  /** Shows the full kit with every section open and every step that fits the stage, as `sections` listing them all would. */
  declare expanded: boolean;
  /** The candidate's name. */
  declare candidateName: string | undefined;
  /** The employer's name. */
  declare company: string | undefined;
  /** The job the person applied for. */
  declare jobTitle: string | undefined;
  /** The furthest stage reached: `applied`, `screening`, `interview` or `final`. */
  declare stage: Stage | undefined;
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
  /** Tone of the drafted email: `warm` or `brief`. Not set: warm. */
  declare tone: EmailTone | undefined;
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
    this.expanded = false;
  }

  /** The sections the person opened in the short kit. */
  #open = new Set<SupportSection>();
  /** Sections drawn one at a time: while the kit is first drawn, open ones; later, those one click away (opened once, or drawn while the browser was idle). */
  #drawn = new Set<SupportSection>();
  /** Shown, one click away and not drawn yet, as of the last render. */
  #undrawn: SupportSection[] = [];
  /** Cancels the draw waiting, if one is. */
  #cancelDraw?: () => void;
  /** The sections shown, as of the last render. */
  #shown: SupportSection[] = [];

  /**
   * The kit draws its frame first, then each open section in a task of its own, in reading order;
   * each section one click away follows once the browser is idle. No long task holds up the page,
   * and it answers a tap in between. Hidden, they move nothing; drawn, they open at once and keep
   * what was typed.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#drawNext();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#drawNext();
  }

  /**
   * Each section draws itself in a task of its own: the kit's update is complete when the open
   * sections are all in, and drawn. (A promise chain: written as an async function, it kept the
   * last of 1,000 kits alive in the leak test.)
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return super.getUpdateComplete().then((done) => {
      const sections = [...(this.renderRoot?.querySelectorAll<OnwardElement>(SECTION_TAGS) ?? [])];
      return Promise.all(sections.map((section) => section.updateComplete)).then((settled) => done && !settled.includes(false));
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A kit taken off the page draws nothing more, and nothing waiting holds on to it.
    this.#cancelDraw?.();
    this.#cancelDraw = undefined;
  }

  /** Draws the next section one click away, once the browser is idle. */
  #drawNext(): void {
    const next = this.#undrawn[0];
    if (!next || this.#cancelDraw || !this.isConnected) return;
    this.#cancelDraw = whenIdle(() => {
      this.#cancelDraw = undefined;
      // What is open comes first: a section one click away waits until the kit is drawn whole.
      if (!this.isDrawn) return this.#drawNext();
      this.#drawn.add(next);
      this.requestUpdate();
    });
  }

  async #toggle(section: SupportSection, open = !this.#open.has(section)): Promise<void> {
    this.#open[open ? 'add' : 'delete'](section);
    this.#drawn.add(section);
    this.requestUpdate();
    await this.updateComplete;
  }

  /**
   * The checklist's "Write the email" goes to the draft below, the one the person sees and may have
   * edited, rather than opening a second one without its tone, runner-up line or edits.
   */
  #toEmail(event: CustomEvent<ActionDetail>): void {
    if (event.detail.action !== 'email' || !this.#shown.includes('email')) return;
    // In the short kit the draft is one click away (and may not be drawn yet): the step opens it in place.
    if (this.#short() && !this.#open.has('email')) {
      event.preventDefault();
      void this.#toggle('email', true).then(async () => {
        const email = this.renderRoot.querySelector('followup-email');
        await email?.updateComplete;
        email?.renderRoot.querySelector('input')?.focus();
      });
      return;
    }
    const subject = this.renderRoot.querySelector('followup-email')?.renderRoot.querySelector('input');
    subject?.focus();
    // A section the host hid with CSS takes no focus: the link then opens its own draft.
    if (subject?.matches(':focus')) event.preventDefault();
  }

  /** The short kit: no host order and not `expanded`. */
  #short(): boolean {
    return isBlank(this.sections) && !this.expanded;
  }

  /** Sections shown, open or one click away, at `stage`. */
  #sections(stage: Stage | undefined): SupportSection[] {
    const fallback = SECTIONS.filter(
      (s) =>
        (s !== 'recap' || ['applications', 'screenings', 'interviews', 'since'].some((k) => !isBlank(this[k as 'since']))) &&
        (s !== 'resume' || !isBlank(this.resumeUrl)) &&
        trueAt(SECTION_STAGES[s], stage),
    );
    // A tag another library took would render a stranger, handed the candidate's name and key: it
    // is left out (define() has said so, naming the tag).
    return idList(this, 'sections', this.sections, SECTIONS, fallback).filter((s) => holdsOnward(TAGS[s]));
  }

  /**
   * One section: its element, handed the kit's shared attributes as properties. Bound in the
   * template, so they are there from the first render, on the server too.
   */
  #section(section: SupportSection, level: number, lang: string | undefined, { stage, runnerUp }: Reached): TemplateResult {
    switch (section) {
      case 'takeaways':
        return html`<rejection-takeaways part="takeaways" lang=${ifDefined(lang)} .nested=${true} .theme=${this.theme} .appearance=${this.appearance} .headingLevel=${level}
          .candidateName=${this.candidateName} .company=${this.company} .jobTitle=${this.jobTitle} .stage=${stage}
          .runnerUp=${runnerUp}></rejection-takeaways>`;
      case 'recap':
        return html`<search-recap part="recap" lang=${ifDefined(lang)} .nested=${true} .theme=${this.theme} .appearance=${this.appearance} .headingLevel=${level} .stage=${stage}
          .applications=${this.applications} .screenings=${this.screenings} .interviews=${this.interviews}
          .since=${this.since}></search-recap>`;
      case 'checklist':
        return html`<followup-checklist part="checklist" lang=${ifDefined(lang)} .nested=${true} .theme=${this.theme} .appearance=${this.appearance} .headingLevel=${level}
          .storageKey=${this.storageKey} .candidateName=${this.candidateName} .company=${this.company} .stage=${stage}
          .exclude=${this.#short() || !stage ? this.#notNext(stage) : undefined}
          .jobTitle=${this.jobTitle} .contactName=${this.contactName} .contactEmail=${this.contactEmail}
          .linkedinUrl=${this.linkedinUrl} .jobsUrl=${this.jobsUrl} .feedbackUrl=${this.feedbackUrl}
          .draftOptions=${{ brief: this.tone === 'brief', runnerUp }}
          @onward-action=${this.#toEmail}></followup-checklist>`;
      case 'email':
        return html`<followup-email part="email" lang=${ifDefined(lang)} .nested=${true} .theme=${this.theme} .appearance=${this.appearance} .headingLevel=${level}
          .candidateName=${this.candidateName} .company=${this.company} .jobTitle=${this.jobTitle}
          .contactName=${this.contactName} .contactEmail=${this.contactEmail} .tone=${this.tone} .stage=${stage} .runnerUp=${runnerUp}
          .askFeedback=${this.askFeedback}></followup-email>`;
      case 'reflection':
        return html`<interview-reflection part="reflection" lang=${ifDefined(lang)} .nested=${true} .theme=${this.theme} .appearance=${this.appearance} .headingLevel=${level}
          .storageKey=${this.storageKey} .company=${this.company} .jobTitle=${this.jobTitle}></interview-reflection>`;
      case 'stay-connected':
        return html`<stay-connected part="stay-connected" lang=${ifDefined(lang)} .nested=${true} .theme=${this.theme} .appearance=${this.appearance} .headingLevel=${level}
          .company=${this.company} .contactName=${this.contactName} .runnerUp=${runnerUp}
          .linkedinUrl=${this.linkedinUrl} .talentCommunityUrl=${this.talentCommunityUrl}
          .checkInDays=${this.checkInDays} .reapplyAfter=${this.reapplyAfter}></stay-connected>`;
      default:
        // Checked here, so a bad resume-url is reported under the name the host wrote.
        return html`<resume-cta part="resume" lang=${ifDefined(lang)} variant="banner" .nested=${true} .theme=${this.theme} .appearance=${this.appearance}
          .href=${safeUrl(this, 'resume-url', this.resumeUrl)}></resume-cta>`;
    }
  }

  /** The short kit's checklist, and any checklist at an unknown stage: every step but the next ones for the stage (at most three). */
  #notNext(stage: Stage | undefined): string {
    const next = NEXT[stage ?? 'applied'];
    return DEFAULT_ITEMS.filter((id) => !next.includes(id)).join(',');
  }

  override render(): TemplateResult {
    const sectionLevel = Math.min(this.level() + 1, 6);
    // Every section hears the same stage; a runner-up below the interviews is warned about once, here.
    const reach = reached(this, this.stage, this.runnerUp);
    const shown = this.#sections(reach.stage);
    this.#shown = shown;
    const short = this.#short();
    this.#undrawn = [];
    // Open, not drawn yet: until the kit is drawn whole, one goes in per task. (A server's
    // rendering, hydrated, has every section from the start.)
    const unopened: SupportSection[] = [];
    // Without a host order, every section keeps its own place, shown or not: one that arrives later
    // (the recap, once the numbers load) then moves none of the others, and each keeps what the
    // person did in it.
    // The short kit reads open sections first, then what is one click away.
    const places = !isBlank(this.sections) ? shown : short ? [...OPEN, ...SECTIONS.filter((s) => !OPEN.includes(s))] : SECTIONS;
    // The kit's own `lang`, handed down: a section sees it through the DOM in a browser, but not
    // on a server, where each element renders on its own.
    const lang = this.getAttribute('lang') ?? undefined;
    const section = (s: SupportSection) => {
      if (!shown.includes(s)) return nothing;
      if (!short || OPEN.includes(s)) {
        if (this.isDrawn || this.drawsAtOnce || this.#drawn.has(s)) return this.#section(s, sectionLevel, lang, reach);
        unopened.push(s);
        return nothing;
      }
      // One click away: a real disclosure button, and the section kept (hidden) so nothing typed is lost.
      const open = this.#open.has(s);
      const drawn = open || this.drawsAtOnce || this.#drawn.has(s);
      if (!drawn) this.#undrawn.push(s);
      return html`<div class="fold">
        <button part="toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="panel-${s}" @click=${() => this.#toggle(s)}>
          ${this.t(`open.${s}` as SupportKey)}
        </button>
        <div id="panel-${s}" class="panel" ?hidden=${!open}>${drawn ? this.#section(s, sectionLevel, lang, reach) : nothing}</div>
      </div>`;
    };
    const all = places.map(section);
    const [first] = unopened;
    if (first) this.drawNextTask(() => this.#drawn.add(first));
    return html`
      <section part="base" class=${this.baseClass(short ? 'bare short' : 'bare')} aria-labelledby=${this.landmark()}>
        ${this.heading(this.t('heading'))}
        <div class="sections">${all}</div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rejection-support': RejectionSupportElement;
  }
}
