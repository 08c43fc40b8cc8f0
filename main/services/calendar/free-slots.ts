import type { Db } from '../../db/connection';
import { addDays } from '../../../shared/domain/dates';
import { findConflicts, normaliseLocation } from '../../../shared/domain/calendar/event-conflicts';
import { freeSlotSearchWindow, nearestFreeSlots, type TimeSlot } from '../../../shared/domain/calendar/free-slots';
import { nonSchoolDayOf } from '../../../shared/domain/calendar/non-school-days';
import { listHolidays } from './holidays';
import { schedulableEvents } from './schedulable-events';

/**
 * The slots proposed with a schedule refusal: the nearest ones where the same classes, facilitator and place
 * are all free (shared/domain/calendar/free-slots.ts), on school days, from today on. Only the activities
 * around the refused slot that share one of them are read.
 */
export async function freeSlotsNear(
  db: Db,
  eventId: number | null,
  wanted: { start: string; end: string; classIds: readonly number[]; facilitatorId: number | null; location: string },
  today: string,
): Promise<TimeSlot[]> {
  const window = freeSlotSearchWindow(wanted);
  const place = normaliseLocation(wanted.location);
  const rows: { id: number; starts_at: string; ends_at: string; facilitator_id: number | null; location: string }[] = await db('events')
    .where('starts_at', '<', `${addDays(window.to, 1)}T00:00`)
    .andWhere('ends_at', '>', `${window.from}T00:00`)
    .whereNot('status', 'cancelled')
    .modify((query) => {
      if (eventId !== null) query.whereNot('id', eventId);
    })
    .andWhere((shared) => {
      shared.whereIn('id', db('event_classes').whereIn('class_id', [...wanted.classIds]).select('event_id'));
      if (wanted.facilitatorId !== null) shared.orWhere('facilitator_id', wanted.facilitatorId);
      if (place !== '') shared.orWhere('location_key', place);
    })
    .select('id', 'starts_at', 'ends_at', 'facilitator_id', 'location');
  const others = await schedulableEvents(db, rows);
  const closures = await listHolidays(db, window.from, window.to);
  const candidate = { id: eventId, cancelled: false, classIds: [...wanted.classIds], facilitatorId: wanted.facilitatorId, location: wanted.location };
  return nearestFreeSlots(wanted, (slot) => findConflicts({ ...candidate, ...slot }, others).length === 0, {
    schoolDay: (date) => nonSchoolDayOf(date, closures) === null,
    notBefore: today,
  });
}
