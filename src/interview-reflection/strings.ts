import { phrases } from '../internal/phrases.js';

/** English words of `<interview-reflection>`. Other locales translate these keys. */
export const strings = {
  ...phrases,
  heading: 'Turn the interview into practice',
  intro: 'A few notes now make the next interview easier. Only you can see them.',
  introSaved: 'A few notes now make the next interview easier. They’re saved in this browser only, and nothing is sent anywhere.',
  'went-well': 'What went well?',
  'went-well.hint': 'A question you answered clearly, a moment you felt at ease, something they liked.',
  'answer-differently': 'Which question would you answer differently?',
  'answer-differently.hint': 'Write the answer you’d give now, so it’s ready when the question comes up again.',
  learned: 'What did you learn about the work?',
  'learned.hint': 'The role, the tools, the team, the pace: details that help you judge the next fit.',
  'practice-next': 'What’s one thing to practice next?',
  'practice-next.hint': 'Keep it small and specific, like telling one project story in two minutes.',
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

export type ReflectionKey = keyof typeof strings;
