/** English words of `<rejection-support>`. Other locales translate these keys. */
export const strings = {
  heading: 'Moving forward',
};

export type SupportKey = keyof typeof strings;
