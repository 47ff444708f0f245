/** English words of `<resume-cta>`. Other locales translate these keys. */
export const strings = {
  label: 'Share your resume',
  description: 'Keep your resume here, ready for the next role that fits.',
};

export type ResumeKey = keyof typeof strings;
