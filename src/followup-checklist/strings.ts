import type { DraftKey, PhraseKey } from '../internal/strings.js';

/** English words of `<followup-checklist>`. Other locales translate these keys. */
export const strings = {
  heading: 'Your next steps',
  headingName: 'Next steps for {name}',
  intro: 'Small steps that keep doors open, at your own pace.',
  saved: 'Your progress is saved in this browser.',
  pageOnly: 'Your progress stays on this page only.',
  progress: '{done} of {total} done',
  complete: '{done} of {total} done. That’s real follow-through.',
  reset: 'Start over',

  'thank-you-email': 'Send a thank-you email',
  'thank-you-email.contact': 'Send {contact} a thank-you email',
  'thank-you-email.why': 'A kind note after a no is rare, and it gets remembered.',
  'ask-feedback': 'Ask for feedback',
  'ask-feedback.why': 'A few honest pointers can sharpen your next interview.',
  'connect-linkedin.why': 'Staying in touch keeps you in mind for new roles.',
  'reflect-interview': 'Write down how it went',
  'reflect-interview.why': 'Notes made while it’s fresh are the best prep.',
  'update-materials': 'Update your resume and profiles',
  'update-materials.why': 'Add what you learned, so your next application is ready.',
  'keep-applying': 'Apply to one new role this week',
  'keep-applying.why': 'Steady momentum brings the next yes closer.',
  'check-in-later': 'Check in again in a month',
  'check-in-later.why': 'A friendly hello can turn up a role that was never posted.',

  'action.email': 'Write the email',
  'action.feedback': 'Request feedback',
  'action.linkedin': 'Open LinkedIn',
  'action.jobs': 'Browse open roles',
  'action.link': 'Open link',

};

export type ChecklistKey = keyof typeof strings | PhraseKey | DraftKey;
