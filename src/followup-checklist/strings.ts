import { draftStrings } from '../internal/draft.js';

/** English words of `<followup-checklist>`. Other locales translate these keys. */
export const strings = {
  ...draftStrings,
  heading: 'Your next steps',
  headingName: 'Next steps for {name}',
  intro: 'Small moves that keep doors open. Go at your own pace.',
  introSaved: 'Small moves that keep doors open. Go at your own pace: your progress is saved in this browser.',
  progress: '{done} of {total} done',
  progressLabel: 'Follow-up progress',
  complete: 'All done. That’s real follow-through, and it will be remembered.',
  reset: 'Start over',

  'thank-you-email': 'Send a thank-you email',
  'thank-you-email.contact': 'Send {contact} a thank-you email',
  'thank-you-email.why': 'A short, kind note after a no is rare, and people remember it.',
  'ask-feedback': 'Ask for feedback',
  'ask-feedback.why': 'One or two honest pointers can sharpen your next interview.',
  'connect-linkedin': 'Connect on LinkedIn',
  'connect-linkedin.contact': 'Connect with {contact} on LinkedIn',
  'connect-linkedin.why': 'Staying in touch keeps you in mind when a new role opens.',
  'reflect-interview': 'Write down how it went',
  'reflect-interview.why': 'Notes made while it’s fresh are the best prep for next time.',
  'update-materials': 'Update your resume and profiles',
  'update-materials.why': 'Add what you learned so your next application is ready to send.',
  'keep-applying': 'Apply to one new role this week',
  'keep-applying.why': 'A little steady momentum brings the next yes closer.',
  'check-in-later': 'Check in with the team in a month',
  'check-in-later.company': 'Check in with {company} in a month',
  'check-in-later.why': 'A friendly hello later can turn up a role that was never posted.',

  'action.email': 'Write the email',
  'action.feedback': 'Request feedback',
  'action.linkedin': 'Open LinkedIn',
  'action.jobs': 'Browse open roles',
  'action.link': 'Open link',

};

export type ChecklistKey = keyof typeof strings;
