/**
 * A `mailto:` link whose subject and body survive the trip into any mail app: line breaks become
 * CRLF (`%0D%0A`) as RFC 6068 asks, everything else is percent-encoded. `to` must already be a
 * validated address (see `email()`), or empty to let the person choose.
 */
export function mailto(to: string | undefined, subject: string, body: string): string {
  // The subject is one header line: no break or control character from a word table may start another.
  const line = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  const lines = (s: string) => s.split(/\r\n|[\r\n\u2028\u2029]/).map(line).join('\r\n');
  return `mailto:${to ?? ''}?subject=${encodeURIComponent(line(subject))}&body=${encodeURIComponent(lines(body))}`;
}
