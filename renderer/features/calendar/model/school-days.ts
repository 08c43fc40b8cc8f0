import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/api/result';
import { NON_SCHOOL_DAY_ISSUES, nonSchoolDays, type Closure, type NonSchoolDay, type NonSchoolDayKind } from '../../../../shared/domain/calendar/non-school-days';
import type { Language } from '../../../i18n/language';
import { formatDay } from './format-day';
import { isValidLocalDateTime } from './local-datetime';

/**
 * The question "plan on a day without school?" as the form, the move form and a drag ask it. The days come
 * from the shared rule (shared/domain/calendar/non-school-days.ts) and the holidays the calendar shades; the
 * server asks the same (a field issue) when the interface could not, e.g. holidays not loaded yet.
 */

/** Days that need a confirmation: a new activity's, or an activity's new days (unchanged days were confirmed). */
export function daysToConfirm(
  slot: { start: string; end: string },
  closures: readonly Closure[],
  saved: { start: string; end: string } | null,
): NonSchoolDay[] {
  if (!isValidLocalDateTime(slot.start) || !isValidLocalDateTime(slot.end) || slot.end <= slot.start) return [];
  if (saved && saved.start.slice(0, 10) === slot.start.slice(0, 10) && saved.end.slice(0, 10) === slot.end.slice(0, 10)) return [];
  return nonSchoolDays(slot, closures);
}

const KIND_OF_ISSUE = new Map<string, NonSchoolDayKind>(
  (Object.entries(NON_SCHOOL_DAY_ISSUES) as [NonSchoolDayKind, string][]).map(([kind, issue]) => [issue, kind]),
);

/** The server's "confirm this day" answer as days, or [] for any other refusal. */
export function nonSchoolDaysOfError(error: ApiError): NonSchoolDay[] {
  if (error.code !== 'VALIDATION') return [];
  return (error.fields ?? []).flatMap((field) => {
    const kind = KIND_OF_ISSUE.get(field.issue);
    return kind ? [{ date: String(field.params?.date ?? ''), kind, label: String(field.params?.label ?? '') }] : [];
  });
}

/** "samedi 5 décembre 2026 : week-end", "mardi 22 décembre 2026 : congés scolaires (Vacances d'hiver)". */
export function nonSchoolDayText(t: TFunction, day: NonSchoolDay, language: Language): string {
  return t(`calendar:schoolDays.${day.kind}`, { day: formatDay(day.date, language), label: day.label });
}

