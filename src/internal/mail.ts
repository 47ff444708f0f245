/**
 * A `mailto:` link whose subject and body survive the trip into any mail app: line breaks become
 * CRLF (`%0D%0A`) as RFC 6068 asks, everything else is percent-encoded. `to` must already be a
 * validated address (see `email()`), or empty to let the person choose.
 */
export function mailto(to: string | undefined, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to ?? ''}?subject=${enc(subject)}&body=${enc(body)}`;
}
