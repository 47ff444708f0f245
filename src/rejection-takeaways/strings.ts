import type { PhraseKey } from '../internal/strings.js';

/** English words of `<rejection-takeaways>`. Other locales translate these keys. */
export const strings = {
  heading: 'What you’re taking with you',
  headingName: '{name}, here’s what you’re taking with you',
  intro: 'You didn’t get {role} this time, and it’s okay to feel let down. Your work still counts. Here’s what it gave you.',
  hiredTitle: 'You’ve laid the groundwork',
  hiredBody:
    'Your resume is fresh, your profiles are set up, and you’ve practiced writing about yourself and researching employers. That makes the next role easier to find, and you easier to find.',
  practiceTitle: 'You got real practice',
  practiceBody: 'Every step, from the application to each call, was practice. The more you do it, the more natural it feels.',
  practiceApplied:
    'Writing this application was practice in itself: you explained your strengths in a few clear lines. Each one gets easier.',
  practiceScreening:
    'You got through a screening call and talked about your work with someone new. Each call like that makes the next one calmer.',
  practiceInterview:
    'You prepared, studied the role and answered real interview questions. Your next interview will feel more familiar.',
  practiceFinal:
    'You reached the final round, so you prepared for and handled several interviews in a row. That practice will show next time.',
  connectionsTitle: 'You made connections',
  connectionsBody:
    'The people you met now know your name and your work. A short thank-you and a LinkedIn invite help them think of you when something opens up.',
  connectionsFinal:
    'Reaching the last round means {team} saw real potential in you. People remember candidates like that, and a kind follow-up keeps you in mind.',
  connectionsRunnerUp:
    'You were one of the last people in the running. If the first choice falls through, or a similar role opens, {team} may come back to you first.',
  closing: 'Many people hear no before they hear yes. You showed up and did the work, and that’s worth being proud of.',
};

export type TakeawaysKey = keyof typeof strings | PhraseKey;
