import type { PhraseKey } from '../internal/strings.js';

/** English words of `<stay-connected>`. Other locales translate these keys. */
export const strings = {
  heading: 'Keep the door open',
  body: 'A no today isn’t a no forever. Teams grow and plans change, and a short hello now and then keeps the connection warm.',
  bodyRunnerUp:
    'You came close. If a similar role opens, {team} may think of people they already know, so a friendly hello now and then is worth it.',
  community: 'Join the talent community',
  remind: 'Remind me to check in',
  remindHint: 'Saves a calendar reminder for {date}.',
  reapply: 'You can apply again from {date}.',
  reapplyNow: 'You can apply again whenever you’re ready.',
  icsSummary: 'Check in with {team}',
  icsDescription: 'Send a friendly hello: ask how things are going, share what you’ve learned, and say you’re still interested.',
  icsFile: 'check-in',
};

export type StayKey = keyof typeof strings | PhraseKey;
