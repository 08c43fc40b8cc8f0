import { schoolYearOf, schoolYearStarting } from '../../../../shared/domain/school-year';
import { addDays } from '../model/local-datetime';

/**
 * The holidays of a school year, summer included: from its first day to the day before the next year
 * starts (the channel lists what overlaps this range).
 */
export function holidayRangeOf(startYear: number): { from: string; to: string } {
  return { from: schoolYearStarting(startYear).firstDay, to: addDays(schoolYearStarting(startYear + 1).firstDay, -1) };
}

/** The previous, current and next school years around a date. */
export function schoolYearChoices(today: string): { startYear: number; label: string }[] {
  const current = schoolYearOf(today).startYear;
  return [current - 1, current, current + 1].map((startYear) => ({ startYear, label: schoolYearStarting(startYear).label }));
}
