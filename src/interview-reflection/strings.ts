import type { PhraseKey } from '../internal/strings.js';

/** English words of `<interview-reflection>`. Other locales translate these keys. */
export const strings = {
  heading: 'Turn the interview into practice',
  intro: 'A few notes now make the next interview easier. Only you can see them. Ten minutes is enough; then let it go.',
  saved: 'They stay in this browser; nothing is sent.',
  pageOnly: 'They stay on this page only; nothing is sent.',
  'went-well': 'What went well?',
  'went-well.hint': 'An answer that landed, a moment you felt at ease, something they liked.',
  'answer-differently': 'Which question would you answer differently?',
  'answer-differently.hint': 'Write the answer you’d give now, ready for next time.',
  learned: 'What did you learn about the work?',
  'learned.hint': 'The role, the tools, the team, the pace: things that help you judge the next fit.',
  'practice-next': 'What’s one thing to practice next?',
  'practice-next.hint': 'Small and specific, like telling one project story in two minutes.',
  download: 'Download notes',
  clear: 'Clear notes',
  confirm: 'Clear all your notes? This can’t be undone.',
  confirmYes: 'Yes, clear them',
  confirmNo: 'Keep them',
  cleared: 'Notes cleared.',
  fileTitle: 'My interview notes',
  fileNoAnswer: '(nothing yet)',
  fileName: 'interview-notes',
};

export type ReflectionKey = keyof typeof strings | PhraseKey;
