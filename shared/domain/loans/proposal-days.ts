import { schoolDayTest } from '../calendar/school-days';
import type { Span } from './booking-rules';

/** A day the calendar closes (holidays table): a school break or a public holiday. */
export interface Closure {
  kind: 'school_break' | 'public_holiday';
  startDate: string;
  endDate: string;
}

/**
 * Which free periods may be proposed for a refused loan request (nearestFreePeriods), from the calendar's
 * school breaks and public holidays. The exhibition is delivered and picked up on working days: not a
 * weekend, nor a public holiday. For a school, never a day of a school break either, from delivery to pick-up:
 * nobody is there to receive, show or hand it back. Another venue is open in the school breaks.
 */
export function proposalDays(
  closures: readonly Closure[],
  forSchool: boolean,
): { usableDay: (date: string) => boolean; spanFits: (span: Span) => boolean } {
  const breaks = closures.filter((closure) => closure.kind === 'school_break');
  const usableDay = schoolDayTest(forSchool ? closures : closures.filter((closure) => closure.kind === 'public_holiday'));
  const spanFits = (span: Span) => !forSchool || !breaks.some((closure) => closure.startDate <= span.end && closure.endDate >= span.start);
  return { usableDay, spanFits };
}
