import { addDays, daysBetween } from '../../shared/domain/dates';

/**
 * Days as whole numbers for the full-scale housing plan (tens of thousands of dates compared and added): day 0
 * is 1970-01-01, and each number is turned back into "YYYY-MM-DD" once.
 */
const texts = new Map<number, string>();

export function dayNumber(date: string): number {
  return daysBetween('1970-01-01', date);
}

export function dayText(day: number): string {
  let text = texts.get(day);
  if (text === undefined) texts.set(day, (text = addDays('1970-01-01', day)));
  return text;
}

/** The moment a worker recorded something on that day (10:00 in Liège), as housing-context.ts's actingOn. */
export function recordedAt(day: number): string {
  return `${dayText(day)}T09:00:00.000Z`;
}
