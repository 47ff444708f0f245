import { sentences, type Params } from './localize.js';
import { role, type PhraseKey } from './phrases.js';

/** The words of the drafted thank-you email, shared by `<followup-email>` and the checklist's email step. */
export const mailStrings = {
  mailSubject: 'Thank you for your time',
  mailSubjectJob: 'Thank you: {job} role',
  mailHi: 'Hi {contact},',
  mailHello: 'Hello,',
  mailBrief: 'Thank you for letting me know about {role}, and for your time.',
  mailWarm:
    'Thank you for letting me know about {role}. I’m disappointed, of course, but grateful for the time you and the team gave me. I learned a lot from our talks.',
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

export interface DraftOptions {
  contact?: string;
  company?: string;
  job?: string;
  name?: string;
  brief?: boolean;
  runnerUp?: boolean;
  feedback?: boolean;
}

/**
 * A short, natural email from whatever is known. Missing names drop out whole ("Hello," instead of
 * "Hi ,"), and each option adds or swaps a sentence rather than filling a blank.
 */
export function draft(t: (key: DraftKey, params?: Params) => string, o: DraftOptions): { subject: string; body: string } {
  const b = o.brief;
  const about = role(t, o.company, o.job);
  const parts = [
    o.contact ? t('mailHi', { contact: o.contact }) : t('mailHello'),
    b
      ? t('mailBrief', { role: about })
      : sentences(t('mailWarm', { role: about }), o.company ? t('mailWarmCompany', { company: o.company }) : t('mailWarmNone')),
    o.runnerUp && t(b ? 'mailRunnerUpBrief' : 'mailRunnerUp'),
    o.feedback && t(b ? 'mailFeedbackBrief' : 'mailFeedback'),
    [t(b ? 'mailSignoffBrief' : 'mailSignoff'), o.name].filter(Boolean).join('\n'),
  ];
  return {
    subject: o.job ? t('mailSubjectJob', { job: o.job }) : t('mailSubject'),
    body: parts.filter(Boolean).join('\n\n'),
  };
}
