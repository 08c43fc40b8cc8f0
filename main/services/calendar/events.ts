import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { conflict, fieldError, notFound } from '../../errors';
import { countValue } from '../../db/query-toolkit';
import { schoolYearOf } from '../../../shared/domain/school-year';
import type { EventTheme, EventType } from '../../../shared/domain/calendar/events';
import { getEvent } from './events-read';
import { attendanceWarnings, checkEventFields, checkScheduleConflicts, locationKey, type EventDraft } from './event-checks';
import type { SavedEvent } from '../../../shared/api/channels/calendar/events';
import { checkSchoolDays } from './school-day-check';
import { serialiseRule } from '../../db/rule-lock';

/** Writing events: creating, editing, moving and deleting them. Reading them: events-read.ts. */

export interface EventInput extends EventDraft {
  type: EventType;
  title: string;
  themes: EventTheme[];
  pupilsExpected: number | null;
  teachersExpected: number | null;
  notes: string;
}

/** What the user confirmed before saving (asked by the form or the drag; see school-day-check.ts). */
export interface SaveConfirmations {
  nonSchoolDayConfirmed?: boolean;
}

function columns(input: EventInput, at: string) {
  return {
    type: input.type,
    title: input.title,
    school_id: input.schoolId,
    facilitator_id: input.facilitatorId,
    location: input.location,
    location_key: locationKey(input.location),
    starts_at: input.start,
    ends_at: input.end,
    school_year: schoolYearOf(input.start).label,
    status: input.status,
    cancel_reason: input.status === 'cancelled' ? input.cancelReason : '',
    pupils_expected: input.pupilsExpected,
    teachers_expected: input.teachersExpected,
    pupils_present: input.pupilsPresent,
    teachers_present: input.teachersPresent,
    notes: input.notes,
    updated_at: at,
  };
}

async function replaceLinks(db: Db, eventId: number, input: EventInput): Promise<void> {
  await db('event_classes').where({ event_id: eventId }).delete();
  await db('event_partners').where({ event_id: eventId }).delete();
  await db('event_themes').where({ event_id: eventId }).delete();
  const classIds = [...new Set(input.classIds)];
  const partnerIds = [...new Set(input.partnerIds)];
  const themes = [...new Set(input.themes)];
  if (classIds.length) await db('event_classes').insert(classIds.map((class_id) => ({ event_id: eventId, class_id })));
  if (partnerIds.length) await db('event_partners').insert(partnerIds.map((partner_id) => ({ event_id: eventId, partner_id })));
  if (themes.length) await db('event_themes').insert(themes.map((theme) => ({ event_id: eventId, theme })));
}

/**
 * A class whose pupils answered questionnaires for this event stays in it: removing it would leave answers
 * attached to an activity the class no longer took part in.
 */
async function checkKeptQuestionnaireClasses(db: Db, eventId: number, classIds: readonly number[]): Promise<void> {
  const dropped: { name: string } | undefined = await db('questionnaire_administrations')
    .join('school_classes', 'school_classes.id', 'questionnaire_administrations.class_id')
    .where('questionnaire_administrations.event_id', eventId)
    .whereNotIn('questionnaire_administrations.class_id', [...classIds])
    .orderBy('school_classes.name')
    .first('school_classes.name');
  if (dropped) throw fieldError('classIds', 'has_questionnaires', { className: dropped.name });
}

export async function saveEvent(
  { db, now, today }: ServiceContext,
  id: number | null,
  input: EventInput,
  confirmations: SaveConfirmations = {},
): Promise<SavedEvent> {
  // CONCURRENCY: the schedule's lock (a class or a facilitator in one activity at a time) comes before the
  // first read, not just before the schedule is read: on SQLite a transaction that has read and then waits
  // for the write lock finds its snapshot stale once the other process commits, and answers `databaseBusy`
  // instead of the ordinary conflict. main/db/rule-lock.ts; tests/api/concurrent-rules.test.ts.
  await serialiseRule(db, 'schedule');
  if (id !== null && !(await db('events').where({ id }).first('id'))) throw notFound('event');
  if (id !== null) await checkKeptQuestionnaireClasses(db, id, input.classIds);
  await checkEventFields(db, input);
  await checkSchoolDays(db, id, input, confirmations.nonSchoolDayConfirmed === true);
  await checkScheduleConflicts(db, id, input, today);
  const at = now.toISOString();
  let eventId = id;
  if (eventId === null) {
    const [inserted] = await db('events').insert({ ...columns(input, at), created_at: at }).returning('id');
    eventId = typeof inserted === 'object' ? (inserted as { id: number }).id : Number(inserted);
  } else {
    await db('events').where({ id: eventId }).update(columns(input, at));
  }
  await replaceLinks(db, eventId, input);
  return { event: await getEvent(db, null, eventId), warnings: await attendanceWarnings(db, input) };
}

/** A drag, a resize or the keyboard move form: the event keeps everything but its times. */
export async function moveEvent(
  ctx: ServiceContext,
  id: number,
  start: string,
  end: string,
  confirmations: SaveConfirmations = {},
  ifStillAt?: { start: string; end: string },
): Promise<SavedEvent> {
  // Before reading the event it moves, for the reason saveEvent gives (taken again there: the same lock).
  await serialiseRule(ctx.db, 'schedule');
  const current = await getEvent(ctx.db, null, id);
  // Undoing a move: someone moved it again (or edited its times) meanwhile; their change stays.
  if (ifStillAt && (current.start !== ifStillAt.start || current.end !== ifStillAt.end)) throw conflict('eventChangedSince');
  const input: EventInput = { ...current, start, end };
  return saveEvent(ctx, id, input, confirmations);
}

/** Refused while questionnaires were given for the event: their answers are the programme's evidence. */
export async function deleteEvent(db: Db, id: number): Promise<void> {
  if (!(await db('events').where({ id }).first('id'))) throw notFound('event');
  const count = countValue(await db('questionnaire_administrations').where({ event_id: id }).count({ n: '*' }).first());
  if (count > 0) throw conflict('eventHasQuestionnaires', { count });
  await db('events').where({ id }).delete();
}
