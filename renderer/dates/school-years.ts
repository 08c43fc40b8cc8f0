import { schoolYearLabel, schoolYearOf } from '../../shared/domain/school-year';
import { localToday } from './local-today';

/** The current school year, as "2025–2026". */
export function currentSchoolYear(now = new Date()): string {
  return schoolYearOf(localToday(now)).label;
}

/** One year ahead and a few back, most recent first; a value outside them (an old class) is kept. */
export function schoolYearChoices(current: string, keep?: string | null): string[] {
  const start = Number(current.slice(0, 4));
  const years = [1, 0, -1, -2, -3, -4].map((offset) => schoolYearLabel(start + offset));
  return keep && !years.includes(keep) ? [...years, keep] : years;
}
