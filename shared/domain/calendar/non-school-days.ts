import { addDays } from '../dates';
import type { HolidayKind } from './events';

/**
 * Days without school inside an activity: weekends, public holidays and school breaks (the `holidays`
 * table, pre-filled with the Wallonia-Brussels Federation calendar, the same data the calendar shades).
 * Such a day is allowed (a Saturday training exists) but only once the user has confirmed it: the form and
 * a drag ask, and the server refuses an unconfirmed one with a field issue so that no caller skips the question.
 */

export type NonSchoolDayKind = 'weekend' | HolidayKind;

export interface NonSchoolDay {
  /** "YYYY-MM-DD". */
  date: string;
  kind: NonSchoolDayKind;
  /** The holiday's name ("Vacances d'hiver"), '' for a weekend. */
  label: string;
}

export interface Closure {
  kind: HolidayKind;
  label: string;
  startDate: string;
  endDate: string;
}

/** The field issue that asks for the confirmation, by kind of day. */
export const NON_SCHOOL_DAY_ISSUES = {
  weekend: 'on_weekend',
  public_holiday: 'on_public_holiday',
  school_break: 'in_school_break',
} as const satisfies Record<NonSchoolDayKind, string>;

export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The calendar days an activity touches; an end at midnight does not touch its day. */
export function daysOfActivity(start: string, end: string): string[] {
  const first = start.slice(0, 10);
  let last = end.slice(0, 10);
  if (end.slice(11) === '00:00' && last > first) last = addDays(last, -1);
  const days: string[] = [];
  // Capped so that a mistyped year (2026 → 2062) cannot make a long loop; the schema bounds the dates anyway.
  for (let day = first; day <= last && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

/** What a day is when it is not a school day: a public holiday first (it names the day), then a break, then a weekend. */
export function nonSchoolDayOf(date: string, closures: readonly Closure[]): NonSchoolDay | null {
  const covering = closures.filter((closure) => closure.startDate <= date && date <= closure.endDate);
  const holiday = covering.find((closure) => closure.kind === 'public_holiday') ?? covering.find((closure) => closure.kind === 'school_break');
  if (holiday) return { date, kind: holiday.kind, label: holiday.label };
  return isWeekend(date) ? { date, kind: 'weekend', label: '' } : null;
}

/** Every day of the activity without school, in order. */
export function nonSchoolDays(slot: { start: string; end: string }, closures: readonly Closure[]): NonSchoolDay[] {
  return daysOfActivity(slot.start, slot.end)
    .map((date) => nonSchoolDayOf(date, closures))
    .filter((day): day is NonSchoolDay => day !== null);
}
