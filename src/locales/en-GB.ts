import type { LocaleTable } from '../internal/registry.js';

/**
 * British English: only the words that differ from the built-in (American) English, which fills in
 * every other word: a CV, not a resume; "practise" as a verb; start again, not over.
 */
export default {
  'followup-checklist': {
    reset: 'Start again',
    'update-materials': 'Update your CV and profiles',
  },
  'interview-reflection': {
    'practice-next': 'What’s one thing to practise next?',
  },
  'resume-cta': {
    label: 'Share your CV',
    description: 'Keep your CV here, ready for the next role that fits.',
  },
} satisfies LocaleTable;

/**
 * Other regions whose job seekers send a CV: they take these words too. Australia and India mostly
 * say resume, so they keep the built-in words (with their own dates), as any other region does.
 */
export const regions = ['en-IE', 'en-NZ', 'en-ZA'];
