import { INTERVIEWED, MET, type StageTable } from '../internal/stage.js';
import type { PhraseKey } from '../internal/strings.js';

/** English words of `<rejection-takeaways>`. Other locales translate these keys. */
export const strings = {
  heading: 'What you’re taking with you',
  headingName: '{name}, here’s what you’re taking with you',
  intro: 'You didn’t get {role} this time, and it’s okay to feel let down. Your work still counts. Here’s what it gave you.',
  hiredTitle: 'You’ve laid the groundwork',
  hiredBody:
    'What you wrote for this application, and what you found out about the employer, is yours to reuse. The next application starts from here, not from zero.',
  practiceTitle: 'You got real practice',
  practiceBody: 'Every step of this application was practice. The more you do it, the more natural it feels.',
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
    'Reaching the last round means {team} got to know you and your work well. If something opens up later, that can count.',
  connectionsRunnerUp:
    'You were one of the last people in the running, so {team} saw real potential in you. If a similar role opens, they may think of you.',
  closing: 'Many people hear no before they hear yes. You’re not alone in this.',
};

/** Words true only at some stages (see `StageTable`); the rest are true at every stage. */
export const stages: StageTable<keyof typeof strings> = {
  practiceScreening: ['screening'],
  practiceInterview: ['interview'],
  practiceFinal: ['final'],
  connectionsTitle: MET,
  connectionsBody: ['screening', 'interview'],
  connectionsFinal: ['final'],
  connectionsRunnerUp: INTERVIEWED,
};

export type TakeawaysKey = keyof typeof strings | PhraseKey;
