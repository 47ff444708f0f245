// Side-effect free: the classes and their types. Import `onward-elements/<tag>.js` to register a tag.
export { RejectionTakeawaysElement } from './rejection-takeaways/rejection-takeaways.js';
export type { Stage, Takeaway, TakeawaysLayout } from './rejection-takeaways/rejection-takeaways.js';
export { FollowupChecklistElement } from './followup-checklist/followup-checklist.js';
export type { ChecklistItem } from './followup-checklist/followup-checklist.js';
export type {
  ActionDetail,
  ChecklistChangeDetail,
  CompleteDetail,
  OnwardEventMap,
} from './internal/events.js';
