import { localeOf, type Language } from '../../../i18n/language';
import { firstOfMonth } from '../../../dates/date-text';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, withYear: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withYear}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: withYear ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * "mardi 3 décembre" / "Tuesday 3 December" for a wall-clock date; the year is added when it is not
 * `referenceYear` (by default, always added).
 */
export function formatDay(date: string, language: Language, referenceYear?: number): string {
  const withYear = referenceYear === undefined || Number(date.slice(0, 4)) !== referenceYear;
  return firstOfMonth(formatter(language, withYear).format(new Date(`${date.slice(0, 10)}T12:00:00Z`)), date, language);
}

const shortDates = new Map<Language, Intl.DateTimeFormat>();

/** "20 oct. 2025" / "20 Oct 2025" for a wall-clock date. */
export function formatShortDate(date: string, language: Language): string {
  let format = shortDates.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    shortDates.set(language, format);
  }
  return firstOfMonth(format.format(new Date(`${date.slice(0, 10)}T12:00:00Z`)), date, language);
}
