// Side-effect free: the classes and their types. Import `onward-elements/<tag>.js` to register a tag.
export { RejectionTakeawaysElement } from './rejection-takeaways/rejection-takeaways.js';
export type { Takeaway, TakeawaysLayout } from './rejection-takeaways/rejection-takeaways.js';
export { FollowupChecklistElement } from './followup-checklist/followup-checklist.js';
export type { ChecklistItem } from './followup-checklist/followup-checklist.js';
export { FollowupEmailElement } from './followup-email/followup-email.js';
export type { EmailTone } from './followup-email/followup-email.js';
export { InterviewReflectionElement } from './interview-reflection/interview-reflection.js';
export type { ReflectionAnswers, ReflectionPrompt } from './interview-reflection/interview-reflection.js';
export { StayConnectedElement } from './stay-connected/stay-connected.js';
export { SearchRecapElement } from './search-recap/search-recap.js';
export { ResumeCtaElement } from './resume-cta/resume-cta.js';
export type { ResumeVariant } from './resume-cta/resume-cta.js';
export { RejectionSupportElement } from './rejection-support/rejection-support.js';
export type { SupportSection } from './rejection-support/rejection-support.js';
export type { Stage } from './internal/stage.js';
export { registerLocale } from './internal/registry.js';
export type { LocaleTable } from './internal/registry.js';
export type {
  ActionDetail,
  ChecklistChangeDetail,
  CompleteDetail,
  OnwardEventMap,
  ReflectionChangeDetail,
} from './internal/events.js';
