import { MET, type StageTable } from '../internal/stage.js';
import type { DraftKey, PhraseKey } from '../internal/strings.js';

/** English words of `<followup-checklist>`. Other locales translate these keys. */
export const strings = {
  heading: 'Your next steps',
  headingName: 'Next steps for {name}',
  intro: 'Small steps that keep doors open, at your own pace.',
  saved: 'Your progress is saved in this browser.',
  pageOnly: 'Your progress stays on this page only.',
  progress: '{done} of {total} done',
  complete: 'All {total} done.',
  reset: 'Start over',
  resetConfirm: 'Untick every step?',
  resetYes: 'Untick all',
  resetNo: 'Keep them',

  'thank-you-email': 'Send a thank-you email',
  'thank-you-email.contact': 'Send {contact} a thank-you email',
  'thank-you-email.why': 'Send it within two days, and name one moment you enjoyed.',
  'ask-feedback': 'Ask for feedback',
  'ask-feedback.why': 'A few honest pointers can sharpen your next interview. Many employers can’t share any, so no reply isn’t a verdict.',
  'connect-linkedin.why': 'Add a line saying you enjoyed meeting them.',
  'reflect-interview': 'Write down how it went',
  'reflect-interview.why': 'Notes made while it’s fresh are the best prep.',
  'update-materials': 'Update your resume and profiles',
  'update-materials.why': 'Add what you learned, so your next application is ready.',
  'keep-applying': 'Apply to one new role this week',
  'keep-applying.why': 'One at a time is enough.',
  'check-in-later': 'Check in again in a month',
  'check-in-later.why': 'A friendly hello can turn up a role that was never posted.',

  'action.email': 'Write the email',
  'action.feedbackEmail': 'Write the request',
  'action.feedback': 'Request feedback',
  'action.linkedin': 'Open LinkedIn',
  'action.jobs': 'Browse open roles',
  'action.link': 'Open link',

};

/** Steps that fit only some stages, shown there when the stage is given (see `StageTable`). */
export const stages: StageTable<(typeof DEFAULT_STEPS)[number]> = {
  'thank-you-email': MET,
  'ask-feedback': MET,
  'connect-linkedin': MET,
  'reflect-interview': MET,
  'check-in-later': MET,
};

/** The default steps, in order. */
export const DEFAULT_STEPS = [
  'thank-you-email',
  'ask-feedback',
  'connect-linkedin',
  'reflect-interview',
  'update-materials',
  'keep-applying',
  'check-in-later',
] as const;

export type ChecklistKey = keyof typeof strings | PhraseKey | DraftKey;
