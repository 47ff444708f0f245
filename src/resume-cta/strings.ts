/** English words of `<resume-cta>`. Other locales translate these keys. */
export const strings = {
  label: 'Share your resume',
  description: 'Looking for work? Share your resume and let the right roles find you.',
};

export type ResumeKey = keyof typeof strings;
