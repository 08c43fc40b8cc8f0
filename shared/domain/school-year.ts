/**
 * School years of the Wallonia–Brussels Federation (since 2022): from the last Monday of August to the first
 * Friday of July. Labelled "2025–2026" (en dash), as the City writes them.
 *
 * Dates here are calendar dates ("YYYY-MM-DD") in Belgian local time; no time zone arithmetic is involved.
 */

export interface SchoolYear {
  /** Calendar year in which the school year starts: 2025 for 2025–2026. */
  startYear: number;
  label: string;
  /** Last Monday of August of startYear. */
  firstDay: string;
  /** First Friday of July of startYear + 1. */
  lastDay: string;
}

function iso(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/** Day of week of a UTC date, 0 = Sunday. */
function weekday(year: number, monthIndex: number, day: number): number {
  return new Date(Date.UTC(year, monthIndex, day)).getUTCDay();
}

export function lastMondayOfAugust(year: number): string {
  const offset = (weekday(year, 7, 31) + 6) % 7; // days back from 31 August to a Monday
  return iso(year, 7, 31 - offset);
}

export function firstFridayOfJuly(year: number): string {
  const offset = (5 - weekday(year, 6, 1) + 7) % 7;
  return iso(year, 6, 1 + offset);
}

export function schoolYearLabel(startYear: number): string {
  return `${startYear}–${startYear + 1}`;
}

export function schoolYearStarting(startYear: number): SchoolYear {
  return {
    startYear,
    label: schoolYearLabel(startYear),
    firstDay: lastMondayOfAugust(startYear),
    lastDay: firstFridayOfJuly(startYear + 1),
  };
}

/**
 * The school year a date belongs to. Summer days (after the first Friday of July, before the last Monday of
 * August) belong to the year that has just ended, so a July event still counts in that year's report.
 */
export function schoolYearOf(date: string): SchoolYear {
  const year = Number(date.slice(0, 4));
  return schoolYearStarting(date.slice(0, 10) >= lastMondayOfAugust(year) ? year : year - 1);
}

/** Parses "2025–2026" or "2025-2026" into its start year, or null. */
export function parseSchoolYearLabel(label: string): number | null {
  const match = /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(label.trim());
  if (!match) return null;
  const start = Number(match[1]);
  return Number(match[2]) === start + 1 ? start : null;
}
