import { addDays } from '../dates';

/**
 * Days on which a school can receive or hand back an exhibition: Monday to Friday outside the breaks and
 * public holidays of the calendar (editable data). Used so that proposed loan periods never start in the
 * Christmas break, by the server (refused bookings) and by the "dates first" panel alike.
 */
export function schoolDayTest(closures: readonly { startDate: string; endDate: string }[]): (date: string) => boolean {
  const closed = new Set<string>();
  for (const closure of closures) {
    for (let day = closure.startDate; day <= closure.endDate; day = addDays(day, 1)) closed.add(day);
  }
  return (date) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !closed.has(date);
  };
}
