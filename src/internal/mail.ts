import { controlsToSpaces } from './validation.js';

/**
 * A `mailto:` link whose subject and body survive the trip into any mail app: line breaks become
 * CRLF (`%0D%0A`) as RFC 6068 asks, everything else is percent-encoded. `to` must already be a
 * validated address (see `email()`), or empty to let the person choose.
 */
export function mailto(to: string | undefined, subject: string, body: string): string {
  // The body keeps its line breaks, as CRLF; the subject is one header line. In neither can a
  // control character from a word table start a header of its own.
  const lines = (s: string) => s.split(/\r\n|[\r\n\u2028\u2029]/).map(controlsToSpaces).join('\r\n');
  return `mailto:${to ?? ''}?subject=${encodeURIComponent(controlsToSpaces(subject))}&body=${encodeURIComponent(lines(body))}`;
}
