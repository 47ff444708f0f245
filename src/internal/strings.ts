// Words more than one element uses, in one module that imports nothing, so every strings table and
// locale can take their keys without importing the code that builds sentences from them.

/** Phrases several elements build sentences from, so each is translated once. */
export const phrases = {
  roleBoth: 'the {job} role at {company}',
  roleJob: 'the {job} role',
  roleCompany: 'the role at {company}',
  roleNone: 'the role',
  teamCompany: 'the team at {company}',
  teamNone: 'the team',
  linkedin: 'Connect on LinkedIn',
  linkedinContact: 'Connect with {contact} on LinkedIn',
};

export type PhraseKey = keyof typeof phrases;

/** The words of the drafted thank-you email, shared by `<followup-email>` and the checklist's email step. */
export const mailStrings = {
  mailSubject: 'Thank you for your time',
  mailSubjectJob: 'Thank you: {job} role',
  mailSubjectBoth: 'Thank you: {job} role at {company}',
  mailHi: 'Hi {contact},',
  mailHello: 'Hello,',
  mailBrief: 'Thank you for letting me know your decision on {role}, and for your time.',
  mailWarm: 'Thank you for letting me know your decision on {role}.',
  // After a conversation (screening onwards), then after interviews: see MAIL_STAGES.
  mailTime: 'I’m disappointed, of course, but grateful for the time you and the team gave me.',
  mailTalks: 'I learned a lot from our conversations.',
  mailWarmCompany: 'I enjoyed getting to know {company}, and I’d be glad to stay in touch.',
  mailWarmNone: 'I’d be glad to stay in touch.',
  mailRunnerUp: 'If anything changes, or a similar role opens up, I’d love to be considered.',
  mailRunnerUpBrief: 'If a similar role opens up, I’d love to hear from you.',
  mailFeedback: 'If you have a moment, I’d value a line or two on what would have made me a stronger candidate.',
  mailFeedbackBrief: 'Any feedback you can share would help me a lot.',
  mailSignoff: 'All the best,',
  mailSignoffBrief: 'Best,',
};

export type DraftKey = keyof typeof mailStrings | PhraseKey;
