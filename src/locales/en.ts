// Every English word, by namespace: the reference each locale translates, key for key. Each
// element looks words up under its own tag, then in the shared `phrases` and `mail` tables.
import { strings as checklist } from '../followup-checklist/strings.js';
import { strings as email } from '../followup-email/strings.js';
import { mailStrings, phrases } from '../internal/strings.js';
import { strings as reflection } from '../interview-reflection/strings.js';
import { strings as support } from '../rejection-support/strings.js';
import { strings as takeaways } from '../rejection-takeaways/strings.js';
import { strings as resume } from '../resume-cta/strings.js';
import { strings as recap } from '../search-recap/strings.js';
import { strings as stay } from '../stay-connected/strings.js';

export const en = {
  phrases,
  mail: mailStrings,
  'rejection-takeaways': takeaways,
  'followup-checklist': checklist,
  'followup-email': email,
  'interview-reflection': reflection,
  'stay-connected': stay,
  'search-recap': recap,
  'resume-cta': resume,
  'rejection-support': support,
};

/** A complete translation: every namespace and key of English, nothing more. */
export type Locale = { [ns in keyof typeof en]: { [key in keyof (typeof en)[ns]]: string } };
