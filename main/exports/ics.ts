import type { SchoolEvent } from '../../shared/domain/calendar/events';
import { contactLine, NO_REACH, type EventReach } from '../../shared/domain/calendar/event-reach';

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
  contact: string;
  schoolPhone: string;
}

/**
 * LOCATION is where to go: the activity's own place if it has one, then the school and its address.
 * DESCRIPTION adds whom to call: the teachers (or the school's contact) with their phone, and the school's phone.
 */
export function buildIcs(
  events: readonly SchoolEvent[],
  generatedAt: Date,
  labels: IcsLabels,
  reachOf: (event: SchoolEvent) => EventReach = () => NO_REACH,
): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...BRUSSELS_TIMEZONE];
  for (const event of events) {
    const reach = reachOf(event);
    const description = [
      labels.type(event),
      event.classes.length ? `${labels.classes} : ${event.classes.map((item) => item.name).join(', ')}` : '',
      event.facilitatorName ? `${labels.facilitator} : ${event.facilitatorName}` : '',
      ...reach.contacts.map((contact) => `${labels.contact} : ${contactLine(contact)}`),
      reach.schoolPhone.trim() ? `${labels.schoolPhone} : ${reach.schoolPhone.trim()}` : '',
    ].filter(Boolean);
    // "Salle de gym — École Les Hirondelles, Rue Saint-Léonard 12, 4020 Liège": the place typed, then the school's.
    const school = [event.schoolName, reach.address].filter(Boolean).join(', ');
    const location = event.location.trim() ? `${event.location.trim()} — ${school}` : school;
    lines.push(
      'BEGIN:VEVENT',
      `UID:event-${event.id}@${UID_DOMAIN}`,
      `DTSTAMP:${utcStamp(generatedAt)}`,
      `DTSTART;TZID=Europe/Brussels:${localStamp(event.start)}`,
      `DTEND;TZID=Europe/Brussels:${localStamp(event.end)}`,
      `SUMMARY:${escapeText(`${event.title} — ${event.schoolName}`)}`,
      `LOCATION:${escapeText(location)}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      `STATUS:${STATUS[event.status]}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
