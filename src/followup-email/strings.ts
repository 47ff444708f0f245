import type { DraftKey, PhraseKey } from '../internal/strings.js';

/** English words of `<followup-email>`. Other locales translate these keys. */
export const strings = {
  heading: 'A thank-you note, ready to send',
  intro: 'A short thank-you keeps you in mind. Change anything you like, then copy it or open it in your email app.',
  subject: 'Subject',
  message: 'Message',
  copy: 'Copy message',
  open: 'Open in email app',
  reset: 'Restore draft',
  copied: 'Copied. Paste it into your email app.',
  copyFailed: 'Couldn’t copy. The message is selected: press Ctrl+C (⌘C on a Mac).',
  restored: 'Draft restored.',
  signHint: 'Add your name at the end before you send it.',
};

export type EmailKey = keyof typeof strings | PhraseKey | DraftKey;
