/** Saves `text` as a file through a temporary `blob:` URL: nothing leaves the browser. */
export function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
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
