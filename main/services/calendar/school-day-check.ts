import type { Db } from '../../db/connection';
import { fieldError } from '../../errors';
import { NON_SCHOOL_DAY_ISSUES, nonSchoolDays } from '../../../shared/domain/calendar/non-school-days';
import { listHolidays } from './holidays';

/**
 * An activity on a weekend, a public holiday or in a school break is saved only when the caller says the user
 * confirmed it (`nonSchoolDayConfirmed`): the form and a drag ask first, and a direct call cannot skip the
 * question. Only a new activity or new days are asked about, so editing a Saturday training's notes does not
 * ask again; a cancelled activity holds no day and is not asked about.
 */
export async function checkSchoolDays(
  db: Db,
  eventId: number | null,
  slot: { start: string; end: string; status: string },
  confirmed: boolean,
): Promise<void> {
  if (confirmed || slot.status === 'cancelled') return;
  if (eventId !== null) {
    const stored: { starts_at: string; ends_at: string } | undefined = await db('events').where({ id: eventId }).first('starts_at', 'ends_at');
    if (stored && stored.starts_at.slice(0, 10) === slot.start.slice(0, 10) && stored.ends_at.slice(0, 10) === slot.end.slice(0, 10)) return;
  }
  const [first] = nonSchoolDays(slot, await listHolidays(db, slot.start.slice(0, 10), slot.end.slice(0, 10)));
  if (!first) return;
  throw fieldError('start', NON_SCHOOL_DAY_ISSUES[first.kind], { date: first.date, label: first.label });
}
