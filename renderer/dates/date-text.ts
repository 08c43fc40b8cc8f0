import { localeOf, type Language } from '../i18n/language';

/**
 * Calendar days as people read them: "lundi 12 janvier", "12–23 janvier 2026", "janv.". Days are
 * "YYYY-MM-DD" strings, formatted at noon UTC in UTC, so no time zone can shift them.
 */

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${language}:${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: 'UTC' });
    cache.set(id, format);
  }
  return format;
}

function noon(date: string): Date {
  return new Date(`${date.slice(0, 10)}T12:00:00Z`);
}

/** French writes the first of the month "1er": "lundi 1er février", "1er mars 2027". */
function firstOfMonth(text: string, date: string, language: Language): string {
  return language === 'fr' && date.slice(8, 10) === '01' ? text.replace(/(^|\s)1(?=\s)/, (_, before: string) => `${before}1er`) : text;
}

/** "12 janvier" / "12 January"; with the year when it is not `referenceYear` (always without a reference). */
export function formatDayMonth(date: string, language: Language, referenceYear?: number): string {
  const withYear = referenceYear === undefined || Number(date.slice(0, 4)) !== referenceYear;
  const key = withYear ? 'dmy' : 'dm';
  return firstOfMonth(formatter(language, key, { day: 'numeric', month: 'long', year: withYear ? 'numeric' : undefined }).format(noon(date)), date, language);
}

/** "lundi 12 janvier" / "Monday 12 January", with the year when it is not `referenceYear`. */
export function formatWeekdayDate(date: string, language: Language, referenceYear?: number): string {
  const withYear = referenceYear === undefined || Number(date.slice(0, 4)) !== referenceYear;
  const text = formatter(language, withYear ? 'wdmy' : 'wdm', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: withYear ? 'numeric' : undefined,
  }).format(noon(date));
  return firstOfMonth(text, date, language);
}

/** "12–23 janvier 2026", "28 janvier – 6 février 2026": both ends, the shared parts written once. */
export function formatDateRange(from: string, to: string, language: Language): string {
  const format = formatter(language, 'range', { day: 'numeric', month: 'long', year: 'numeric' });
  if (from === to) return format.format(noon(from));
  return format.formatRange(noon(from), noon(to));
}

/** "janv." / "Jan": a month column of the availability grid. */
export function formatShortMonth(yearMonth: string, language: Language): string {
  return formatter(language, 'month', { month: 'short' }).format(noon(`${yearMonth.slice(0, 7)}-15`));
}

/** "janvier 2026" / "January 2026". */
export function formatLongMonth(yearMonth: string, language: Language): string {
  return formatter(language, 'monthYear', { month: 'long', year: 'numeric' }).format(noon(`${yearMonth.slice(0, 7)}-15`));
}
