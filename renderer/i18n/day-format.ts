import type { i18n as I18n } from 'i18next';
import { formatShortDate } from '../dates/date-text';
import { DEFAULT_LANGUAGE, isLanguage } from './language';

/** "3 déc. 2026" / "3 Dec 2026" ("1er déc. 2026") for a calendar day "2026-12-03"; anything else unchanged (a sentence never breaks on a value). */
function formatCalendarDay(value: unknown, lng: string | undefined): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return String(value);
  return formatShortDate(value, isLanguage(lng) ? lng : DEFAULT_LANGUAGE);
}

/**
 * `{{date, day}}` in a translation: the server sends days as "2026-12-03" (field issues' params); users read
 * them in their language. Added after init, as i18next requires for custom formatters.
 */
export function addDayFormat(instance: I18n): void {
  instance.services.formatter?.add('day', (value: unknown, lng: string | undefined) => formatCalendarDay(value, lng));
}
