/**
 * English words of `<search-recap>`. Other locales translate these keys. A counted word lists a form
 * per `Intl.PluralRules` category the language uses, `category: words | ...` (English: one, other;
 * Polish adds few and many; Japanese has only other).
 */
export const strings = {
  heading: 'What you’ve built so far',
  intro: 'Every part of a search builds something. Here’s what yours adds up to.',
  started: 'Since {date}, here’s what your search has built.',
  applications: 'one: application sent | other: applications sent',
  'applications.skill': 'Each one sharpened how you present your work.',
  screenings: 'one: screening call | other: screening calls',
  'screenings.skill': 'You’ve learned to make a clear first impression.',
  interviews: 'one: interview | other: interviews',
  'interviews.skill': 'Each one makes the next feel more familiar.',
  'stage.applied': 'You took the first step and applied.',
  'stage.screening': 'You got as far as a screening call.',
  'stage.interview': 'You made it to the interview stage.',
  'stage.final': 'You made it all the way to the final round.',
  none: 'A search builds skills even when it doesn’t feel like it: writing about yourself, researching employers, keeping going. Those stay with you.',
};

export type RecapKey = keyof typeof strings;
