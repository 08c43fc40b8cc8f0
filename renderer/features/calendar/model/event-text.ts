import type { TFunction } from 'i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import type { Language } from '../../../i18n/language';
import { formatDay } from './format-day';
import { shortTime } from './local-datetime';

/** "9:00–10:40", or both days when the event spans midnight. */
export function timeRange(start: string, end: string, language: Language, referenceYear?: number): string {
  if (start.slice(0, 10) === end.slice(0, 10)) return `${shortTime(start)}–${shortTime(end)}`;
  return `${formatDay(start, language, referenceYear)} ${shortTime(start)} – ${formatDay(end, language, referenceYear)} ${shortTime(end)}`;
}

/** "mardi 3 décembre 2026, 9:00–10:40". */
export function eventWhen(event: Pick<SchoolEvent, 'start' | 'end'>, language: Language, referenceYear?: number): string {
  if (event.start.slice(0, 10) !== event.end.slice(0, 10)) return timeRange(event.start, event.end, language, referenceYear);
  return `${formatDay(event.start, language, referenceYear)}, ${timeRange(event.start, event.end, language)}`;
}

/**
 * "Atelier : Préjugés", or the title alone when it already starts with its type ("Formation des enseignants",
 * not "Formation : Formation des enseignants"): a screen reader says each thing once.
 */
export function typeAndTitle(t: TFunction, event: Pick<SchoolEvent, 'type' | 'title'>): string {
  const type = t(`calendar:types.${event.type}`);
  const startsWithType = event.title.trim().toLocaleLowerCase().startsWith(type.toLocaleLowerCase());
  return startsWithType ? event.title : t('calendar:event.typeAndTitle', { type, title: event.title });
}

/**
 * What a screen reader announces for an event in the grid: type, title, status, when and where, so the
 * colours and symbols are never the only carriers of meaning.
 */
export function eventSummary(t: TFunction, event: SchoolEvent, language: Language): string {
  return [
    typeAndTitle(t, event),
    t(`calendar:statuses.${event.status}`),
    eventWhen(event, language),
    event.schoolName,
  ]
    .filter(Boolean)
    .join(' — ');
}
