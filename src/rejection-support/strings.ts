/** English words of `<rejection-support>`. Other locales translate these keys. */
export const strings = {
  heading: 'Moving forward',
  // The buttons that open the sections the short kit keeps one click away.
  'open.email': 'Draft a thank-you note',
  'open.reflection': 'Questions to look back on',
  'open.stay-connected': 'Ways to stay in touch',
  'open.recap': 'See what your search has built',
  'open.resume': 'Keep your resume ready',
};

export type SupportKey = keyof typeof strings;
