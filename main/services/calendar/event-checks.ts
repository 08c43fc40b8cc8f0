import type { Db } from '../../db/connection';
import { AppError, fieldErrors } from '../../errors';
import type { FieldError, ConflictDetail } from '../../../shared/api/result';
import type { EventStatus, EventWarning } from '../../../shared/domain/calendar/events';
import { findConflicts, normaliseLocation } from '../../../shared/domain/calendar/event-conflicts';
import { freeSlotsNear } from './free-slots';
import { schedulableEvents } from './schedulable-events';

export interface EventDraft {
  schoolId: number;
  classIds: number[];
  partnerIds: number[];
  facilitatorId: number | null;
  location: string;
  start: string;
  end: string;
  status: EventStatus;
  cancelReason: string;
  pupilsPresent: number | null;
  teachersPresent: number | null;
}

/**
 * The rules the schema cannot express, all checked before anything is written so the user sees every refused
 * field at once: times in order, records that exist and belong together, a reason for a cancellation, and
 * attendance only once the event is held.
 */
export async function checkEventFields(db: Db, draft: EventDraft): Promise<void> {
  const errors: FieldError[] = [];
  if (draft.end <= draft.start) errors.push({ path: 'end', issue: 'end_before_start' });
  if (!(await db('schools').where({ id: draft.schoolId }).first('id'))) errors.push({ path: 'schoolId', issue: 'not_found' });

  if (draft.classIds.length > 0) {
    const classes: { id: number; school_id: number }[] = await db('school_classes').whereIn('id', draft.classIds).select('id', 'school_id');
    if (classes.length !== new Set(draft.classIds).size) errors.push({ path: 'classIds', issue: 'not_found' });
    else if (classes.some((item) => item.school_id !== draft.schoolId)) errors.push({ path: 'classIds', issue: 'not_of_school' });
  }
  if (draft.partnerIds.length > 0) {
    const found = await db('partners').whereIn('id', draft.partnerIds).count({ n: '*' }).first();
    if (Number(found?.n ?? 0) !== new Set(draft.partnerIds).size) errors.push({ path: 'partnerIds', issue: 'not_found' });
  }
  if (draft.facilitatorId !== null && !(await db('facilitators').where({ id: draft.facilitatorId }).first('id'))) {
    errors.push({ path: 'facilitatorId', issue: 'not_found' });
  }
  if (draft.status === 'cancelled' && draft.cancelReason.trim() === '') errors.push({ path: 'cancelReason', issue: 'required' });
  if (draft.status !== 'held') {
    if (draft.pupilsPresent !== null) errors.push({ path: 'pupilsPresent', issue: 'only_when_held' });
    if (draft.teachersPresent !== null) errors.push({ path: 'teachersPresent', issue: 'only_when_held' });
  }
  if (errors.length > 0) throw fieldErrors(errors);
}

/**
 * Refuses a time slot where one of the event's classes, its facilitator or its place is already taken, says
 * by which event, and proposes the nearest free slots from `today` on (`alternatives`, as loans do). Only
 * events that overlap the slot are loaded.
 */
export async function checkScheduleConflicts(db: Db, eventId: number | null, draft: EventDraft, today: string): Promise<void> {
  if (draft.status === 'cancelled') return;
  // The caller (saveEvent) holds the schedule's lock since its first read: a concurrent booking of the same
  // class or facilitator waits there, then reads this one here.
  const overlapping: { id: number; title: string; school_name: string; starts_at: string; ends_at: string; facilitator_id: number | null; facilitator_name: string | null; location: string }[] =
    await db('events')
      .join('schools', 'schools.id', 'events.school_id')
      .leftJoin('facilitators', 'facilitators.id', 'events.facilitator_id')
      .where('events.starts_at', '<', draft.end)
      .andWhere('events.ends_at', '>', draft.start)
      .whereNot('events.status', 'cancelled')
      .modify((query) => {
        if (eventId !== null) query.whereNot('events.id', eventId);
      })
      .select('events.id', 'events.title', 'schools.name as school_name', 'events.starts_at', 'events.ends_at', 'events.facilitator_id', 'facilitators.name as facilitator_name', 'events.location');
  if (overlapping.length === 0) return;

  const others = await schedulableEvents(db, overlapping);
  const conflicts = findConflicts({ id: eventId, cancelled: false, ...draft }, others);
  if (conflicts.length === 0) return;

  const classNames = new Map<number, string>(
    (await db('school_classes').whereIn('id', draft.classIds).select('id', 'name')).map((row: { id: number; name: string }) => [row.id, row.name]),
  );
  const details: ConflictDetail[] = conflicts.map((conflict) => {
    const other = overlapping.find((row) => row.id === conflict.otherEventId)!;
    const subject =
      conflict.kind === 'class'
        ? classNames.get(conflict.classId!) ?? ''
        : conflict.kind === 'facilitator'
          ? other.facilitator_name ?? ''
          : draft.location.trim();
    return {
      kind: conflict.kind,
      otherId: other.id,
      otherLabel: `${other.title} — ${other.school_name}`,
      start: other.starts_at,
      end: other.ends_at,
      subject,
    };
  });
  const alternatives = await freeSlotsNear(db, eventId, draft, today);
  throw new AppError('CONFLICT', 'schedule conflict', { reason: 'scheduleConflict', conflicts: details, alternatives });
}

/** More pupils present than the classes have: saved (a visiting group may join) but pointed out. */
export async function attendanceWarnings(db: Db, draft: EventDraft): Promise<EventWarning[]> {
  if (draft.pupilsPresent === null || draft.classIds.length === 0) return [];
  const row = await db('school_classes').whereIn('id', draft.classIds).sum({ total: 'pupil_count' }).first();
  const capacity = Number(row?.total ?? 0);
  return draft.pupilsPresent > capacity
    ? [{ kind: 'pupilsAboveClassSize', params: { present: draft.pupilsPresent, capacity } }]
    : [];
}

export function locationKey(location: string): string {
  return normaliseLocation(location);
}
