import { controlsToSpaces } from './validation.js';

// A one-event iCalendar file (RFC 5545) that Google Calendar, Outlook and Apple Calendar import:
// CRLF line endings, escaped text, lines folded at 75 octets, a UID, a DTSTAMP, an all-day date.

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
/**
 * TEXT as RFC 5545 writes it: `\\ ; ,` escaped, every line break (CRLF, LF or a lone CR) as `\\n`,
 * and any other control character or line separator as a space, so no word can start a line of its own.
 */
const escape = (s: string) => controlsToSpaces(s.replace(/[\\;,]/g, '\\$&').replace(/\r\n|[\r\n]/g, '\\n'));
const encoder = new TextEncoder();

/** Folds a content line so no physical line passes 75 octets, never splitting a character. */
function fold(line: string): string {
  let out = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > 75) {
      out += '\r\n ';
      size = 1;
    }
    out += ch;
    size += n;
  }
  return out;
}

/** A random UID that works outside secure contexts too (where `crypto.randomUUID` is missing). */
const uid = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export interface CalendarEvent {
  /** The day of the event, at local midnight. */
  date: Date;
  summary: string;
  description: string;
}

export function calendar({ date, summary, description }: CalendarEvent, now = new Date()): string {
  const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Onward//onward-elements//EN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid()}@onward-elements`,
    `DTSTAMP:${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}`,
    `DTSTART;VALUE=DATE:${day(date)}`,
    `DTEND;VALUE=DATE:${day(next)}`,
    `SUMMARY:${escape(summary)}`,
    `DESCRIPTION:${escape(description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escape(summary)}`,
    // 9:00 on the day of an all-day event.
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
