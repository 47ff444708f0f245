import { sentences, type Params } from './localize.js';
import { role } from './phrases.js';
import { INTERVIEWED, MET, trueAt, type Stage } from './stage.js';
import type { DraftKey } from './strings.js';


export interface DraftOptions {
  contact?: string;
  company?: string;
  job?: string;
  name?: string;
  brief?: boolean;
  runnerUp?: boolean;
  feedback?: boolean;
  /** How far the person got: the draft thanks for time and conversations only when there were some. */
  stage?: Stage;
}

/** The draft's sentences true only at some stages. */
export const MAIL_STAGES = { mailTime: MET, mailTalks: INTERVIEWED, mailWarmCompany: MET } as const;

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
      ? // Brief, but still the point of the note: staying in touch.
        sentences(t('mailBrief', { role: about }), t('mailWarmNone'))
      : sentences(
          t('mailWarm', { role: about }),
          trueAt(MAIL_STAGES.mailTime, o.stage) && t('mailTime'),
          trueAt(MAIL_STAGES.mailTalks, o.stage) && t('mailTalks'),
          o.company && trueAt(MAIL_STAGES.mailWarmCompany, o.stage) ? t('mailWarmCompany', { company: o.company }) : t('mailWarmNone'),
        ),
    o.runnerUp && t(b ? 'mailRunnerUpBrief' : 'mailRunnerUp'),
    o.feedback && t(b ? 'mailFeedbackBrief' : 'mailFeedback'),
    [t(b ? 'mailSignoffBrief' : 'mailSignoff'), o.name].filter(Boolean).join('\n'),
  ];
  return {
    subject: o.job ? (o.company ? t('mailSubjectBoth', { job: o.job, company: o.company }) : t('mailSubjectJob', { job: o.job })) : t('mailSubject'),
    body: parts.filter(Boolean).join('\n\n'),
  };
}
