import type { Params } from './localize.js';

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
export type Translate = (key: PhraseKey, params?: Params) => string;

/** "the Designer role at Acme", "the role at Acme", "the Designer role" or "the role". */
export const role = (t: Translate, company = '', job = ''): string =>
  t(company && job ? 'roleBoth' : job ? 'roleJob' : company ? 'roleCompany' : 'roleNone', { company, job });

/** "the team at Acme" or "the team". */
export const team = (t: Translate, company = ''): string => t(company ? 'teamCompany' : 'teamNone', { company });
