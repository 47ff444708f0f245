import type { Params } from './localize.js';
import type { PhraseKey } from './strings.js';

export type Translate = (key: PhraseKey, params?: Params) => string;

/** "the Designer role at Acme", "the role at Acme", "the Designer role" or "the role". */
export const role = (t: Translate, company = '', job = ''): string =>
  t(company && job ? 'roleBoth' : job ? 'roleJob' : company ? 'roleCompany' : 'roleNone', { company, job });

/** "the team at Acme" or "the team". */
export const team = (t: Translate, company = ''): string => t(company ? 'teamCompany' : 'teamNone', { company });
