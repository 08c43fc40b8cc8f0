import type { Db } from '../../db/connection';
import { conflict, fieldError, notFound } from '../../errors';
import { countValue } from '../../db/query-toolkit';
import { schoolYearOf } from '../../../shared/domain/school-year';
import type { EventStatus, EventTheme, EventType, SchoolEvent } from '../../../shared/domain/calendar/events';
import type { SessionUser } from '../../../shared/domain/users';
import { eventsQuery, hydrateEvents, visibleClassIdsQuery, type EventRow } from './events-read';
import { attendanceWarnings, checkEventFields, checkScheduleConflicts, locationKey, type EventDraft } from './event-checks';
import type { SavedEvent } from '../../../shared/api/channels/calendar/events';

export interface EventInput extends EventDraft {
  type: EventType;
  title: string;
  themes: EventTheme[];
  pupilsExpected: number | null;
  teachersExpected: number | null;
  notes: string;
}

export interface CalendarFilter {
  from: string;
  to: string;
  schoolIds?: number[];
  types?: EventType[];
  partnerIds?: number[];
  statuses?: EventStatus[];
}

/** The calendar shows at most a school year and a bit at once; wider requests are a mistake or an abuse. */
const MAX_RANGE_DAYS = 430;

function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export async function listEvents(db: Db, user: SessionUser, filter: CalendarFilter): Promise<SchoolEvent[]> {
  if (filter.to < filter.from) throw fieldError('to', 'end_before_start');
  const days = (Date.parse(filter.to) - Date.parse(filter.from)) / 86_400_000;
  if (days > MAX_RANGE_DAYS) throw fieldError('to', 'too_big', { limit: MAX_RANGE_DAYS });

  const query = eventsQuery(db)
    .where('events.starts_at', '<', `${dayAfter(filter.to)}T00:00`)
    .andWhere('events.ends_at', '>', `${filter.from}T00:00`)
    .orderBy([{ column: 'events.starts_at' }, { column: 'events.id' }]);
  const visible = visibleClassIdsQuery(db, user);
  if (visible) query.whereIn('events.id', db('event_classes').whereIn('class_id', visible).select('event_id'));
  if (filter.schoolIds?.length) query.whereIn('events.school_id', filter.schoolIds);
  if (filter.types?.length) query.whereIn('events.type', filter.types);
  if (filter.statuses?.length) query.whereIn('events.status', filter.statuses);
  if (filter.partnerIds?.length) {
    query.whereIn('events.id', db('event_partners').whereIn('partner_id', filter.partnerIds).select('event_id'));
  }
  return hydrateEvents(db, (await query) as EventRow[]);
}

/** An event the user may not see answers NOT_FOUND, so its existence is not revealed either. */
export async function getEvent(db: Db, user: SessionUser | null, id: number): Promise<SchoolEvent> {
  const query = eventsQuery(db).where('events.id', id);
  const visible = user ? visibleClassIdsQuery(db, user) : null;
  if (visible) query.whereIn('events.id', db('event_classes').whereIn('class_id', visible).select('event_id'));
  const row = (await query.first()) as EventRow | undefined;
  if (!row) throw notFound('event');
  const [event] = await hydrateEvents(db, [row]);
  return event!;
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

export async function saveEvent(db: Db, id: number | null, input: EventInput, at: Date): Promise<SavedEvent> {
  if (id !== null && !(await db('events').where({ id }).first('id'))) throw notFound('event');
  if (id !== null) await checkKeptQuestionnaireClasses(db, id, input.classIds);
  await checkEventFields(db, input);
  await checkScheduleConflicts(db, id, input);
  const now = at.toISOString();
  let eventId = id;
  if (eventId === null) {
    const [inserted] = await db('events').insert({ ...columns(input, now), created_at: now }).returning('id');
    eventId = typeof inserted === 'object' ? (inserted as { id: number }).id : Number(inserted);
  } else {
    await db('events').where({ id: eventId }).update(columns(input, now));
  }
  await replaceLinks(db, eventId, input);
  return { event: await getEvent(db, null, eventId), warnings: await attendanceWarnings(db, input) };
}

/** A drag, a resize or the keyboard move form: the event keeps everything but its times. */
export async function moveEvent(db: Db, id: number, start: string, end: string, at: Date): Promise<SavedEvent> {
  const current = await getEvent(db, null, id);
  const input: EventInput = { ...current, start, end };
  return saveEvent(db, id, input, at);
}

/** Refused while questionnaires were given for the event: their answers are the programme's evidence. */
export async function deleteEvent(db: Db, id: number): Promise<void> {
  if (!(await db('events').where({ id }).first('id'))) throw notFound('event');
  const count = countValue(await db('questionnaire_administrations').where({ event_id: id }).count({ n: '*' }).first());
  if (count > 0) throw conflict('eventHasQuestionnaires', { count });
  await db('events').where({ id }).delete();
}
