import type { SchoolEvent } from '../../shared/domain/calendar/events';

/**
 * iCalendar (RFC 5545) export of events, so teachers can add sessions to their own calendars. Times are
 * Belgian local times, written with TZID=Europe/Brussels and the zone's definition, which strict parsers
 * require. Lines end in CRLF and are folded at 75 octets.
 */

const PRODUCT_ID = '-//Ville de Liège//Passerelle//FR';
const UID_DOMAIN = 'passerelle.liege.be';

/** Europe/Brussels since 1996: CET/CEST, last Sunday of March and of October. */
const BRUSSELS_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Brussels',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function localStamp(value: string): string {
  return `${value.replace(/[-:]/g, '')}00`;
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const STATUS: Record<SchoolEvent['status'], string> = {
  planned: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  held: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

export interface IcsLabels {
  type(event: SchoolEvent): string;
  classes: string;
  facilitator: string;
}

export function buildIcs(events: readonly SchoolEvent[], generatedAt: Date, labels: IcsLabels): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...BRUSSELS_TIMEZONE];
  for (const event of events) {
    const description = [
      labels.type(event),
      event.classes.length ? `${labels.classes} : ${event.classes.map((item) => item.name).join(', ')}` : '',
      event.facilitatorName ? `${labels.facilitator} : ${event.facilitatorName}` : '',
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:event-${event.id}@${UID_DOMAIN}`,
      `DTSTAMP:${utcStamp(generatedAt)}`,
      `DTSTART;TZID=Europe/Brussels:${localStamp(event.start)}`,
      `DTEND;TZID=Europe/Brussels:${localStamp(event.end)}`,
      `SUMMARY:${escapeText(`${event.title} — ${event.schoolName}`)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      `STATUS:${STATUS[event.status]}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
