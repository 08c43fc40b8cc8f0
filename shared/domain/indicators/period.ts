import { addDays, daysBetween } from '../dates';
import { lastMondayOfAugust, parseSchoolYearLabel, schoolYearLabel, schoolYearStarting } from '../school-year';

/**
 * The period an indicator covers (issue 16, points 1 and 2): a school year, as the City counts its activities
 * ("2025–2026": every activity and loan whose start falls in that school year, summer included), or any span
 * of whole days, both included.
 */
export type IndicatorPeriod =
  | { kind: 'schoolYear'; schoolYear: string }
  | { kind: 'range'; from: string; to: string };

/** A range covers at most this many years: enough for a decade's report, not a runaway query. */
export const MAX_PERIOD_YEARS = 10;
/** Ten years of 365 days plus the leap days they may hold. */
export const MAX_PERIOD_DAYS = MAX_PERIOD_YEARS * 365 + 3;

/** A period with its first and last day spelled out, as the service and the documents use it. */
export interface ResolvedPeriod {
  period: IndicatorPeriod;
  /** "2025–2026", or null for a range. */
  schoolYear: string | null;
  /**
   * First and last day, "YYYY-MM-DD", both included. A school year runs from its last Monday of August to the
   * day before the next one's: the summer belongs to the year just ended, as `schoolYearOf` counts it.
   */
  from: string;
  to: string;
}

/** The same day one year earlier; 29 February becomes 28 February. */
export function sameDayYearBefore(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  const monthDay = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

export function resolvePeriod(period: IndicatorPeriod): ResolvedPeriod {
  if (period.kind === 'range') return { period, schoolYear: null, from: period.from, to: period.to };
  const startYear = parseSchoolYearLabel(period.schoolYear);
  if (startYear === null) throw new Error('not a school year label');
  const year = schoolYearStarting(startYear);
  return {
    period: { kind: 'schoolYear', schoolYear: year.label },
    schoolYear: year.label,
    from: year.firstDay,
    to: addDays(lastMondayOfAugust(startYear + 1), -1),
  };
}

/**
 * The period the council compares with: the school year before, or the same days one year earlier.
 */
export function previousPeriod(period: IndicatorPeriod): IndicatorPeriod {
  if (period.kind === 'range') return { kind: 'range', from: sameDayYearBefore(period.from), to: sameDayYearBefore(period.to) };
  const startYear = parseSchoolYearLabel(period.schoolYear);
  if (startYear === null) throw new Error('not a school year label');
  return { kind: 'schoolYear', schoolYear: schoolYearLabel(startYear - 1) };
}

/** Why a range is refused, or null: its end before its start, or longer than MAX_PERIOD_YEARS. */
export function rangeProblem(from: string, to: string): 'period_reversed' | 'period_too_long' | null {
  if (to < from) return 'period_reversed';
  return daysBetween(from, to) + 1 > MAX_PERIOD_DAYS ? 'period_too_long' : null;
}

/** The days of a span, both included (used for weeks on loan). */
export function daysIncluded(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}
