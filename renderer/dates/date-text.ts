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

/**
 * French writes the first of the month "1er" everywhere, as the French documents do: "lundi 1er février",
 * "1er mars 2027", "1er–5 mars". A lone "1" is only ever a day in these texts (years have four digits).
 */
export function firstOfMonth(text: string, date: string, language: Language): string {
  return language === 'fr' && date.slice(8, 10) === '01' ? text.replace(/(^|[\s–])1(?=[\s–])/, (_, before: string) => `${before}1er`) : text;
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

/** "12–23 janvier 2026", "28 février – 1er mars 2026": both ends, the shared parts written once. */
export function formatDateRange(from: string, to: string, language: Language): string {
  const format = formatter(language, 'range', { day: 'numeric', month: 'long', year: 'numeric' });
  if (from === to) return firstOfMonth(format.format(noon(from)), from, language);
  const text = format.formatRange(noon(from), noon(to));
  // The start's day comes first in the text, the end's last: each end gets its own "1er".
  const withFrom = firstOfMonth(text, from, language);
  if (language !== 'fr' || to.slice(8, 10) !== '01') return withFrom;
  // The last lone "1" (the spaces around the dash may be thin or non-breaking ones).
  const ones = [...withFrom.matchAll(/(?<=^|[\s–])1(?=[\s–])/g)];
  const last = ones.at(-1)?.index;
  return last === undefined ? withFrom : `${withFrom.slice(0, last)}1er${withFrom.slice(last + 1)}`;
}

/** "1er mars 2027" / "1 March 2027": one day with its year, wherever a date stands alone. */
export function formatFullDate(date: string, language: Language): string {
  return formatDayMonth(date, language);
}

/** "1er mars 2027" / "1 Mar 2027": the short month of lists and tables. */
export function formatShortDate(date: string, language: Language): string {
  return firstOfMonth(formatter(language, 'short', { day: 'numeric', month: 'short', year: 'numeric' }).format(noon(date)), date, language);
}

/** "janv." / "Jan": a month column of the availability grid. */
export function formatShortMonth(yearMonth: string, language: Language): string {
  return formatter(language, 'month', { month: 'short' }).format(noon(`${yearMonth.slice(0, 7)}-15`));
}

/** "janvier 2026" / "January 2026". */
export function formatLongMonth(yearMonth: string, language: Language): string {
  return formatter(language, 'monthYear', { month: 'long', year: 'numeric' }).format(noon(`${yearMonth.slice(0, 7)}-15`));
}

/** The language of a locale the older helpers were given ("fr-BE" → fr, "en-GB" → en). */
export function languageOfLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
