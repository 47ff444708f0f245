import { sentences, type Params } from './localize.js';
import { role } from './phrases.js';
import type { DraftKey } from './strings.js';


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
