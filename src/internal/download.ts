const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name any system accepts as one plain file: words from a locale table or a host's `strings`
 * lose control, format and bidi characters (which can disguise `txt.exe` as `exe.txt`), path
 * separators, dots (so no `..`, hidden file or second extension), and characters Windows refuses;
 * Windows' device names (`CON`) and an empty result become `onward`. Then `ext`, which is ours.
 */
export function fileName(base: string, ext: string): string {
  const name = [...base.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '').replace(/[\s./\\:*?"<>|~]+/g, '-')]
    .slice(0, 60)
    .join('')
    .replace(/^-+|-+$/g, '');
  return `${name && !RESERVED.test(name) ? name : 'onward'}.${ext}`;
}

/** Saves `text` as `<base>.<ext>` through a temporary `blob:` URL: nothing leaves the browser. */
export function download(base: string, ext: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(base, ext);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file-name-safe slug: "Northwind Studio!" becomes "northwind-studio". */
export const slug = (text = ''): string =>
  text
    // Accents come apart from their letters (é is e and a mark); the marks go, the letters stay.
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // Cut first, so a cut at a space never leaves a trailing hyphen.
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
