import type { Db } from '../../db/connection';
import { fieldError, notFound } from '../../errors';
import type { EventStatus, EventTheme, EventType, SchoolEvent } from '../../../shared/domain/calendar/events';
import type { SessionUser } from '../../../shared/domain/users';
import { EVENT_THEMES } from '../../../shared/domain/calendar/events';

/**
 * Reading events: the base query, what a teacher may see, rows to events, and the calendar's list and the
 * single event built on them. Writing them: events.ts.
 */

interface EventRow {
  id: number;
  type: EventType;
  title: string;
  school_id: number;
  school_name: string;
  facilitator_id: number | null;
  facilitator_name: string | null;
  location: string;
  starts_at: string;
  ends_at: string;
  school_year: string;
  status: EventStatus;
  cancel_reason: string;
  pupils_expected: number | null;
  teachers_expected: number | null;
  pupils_present: number | null;
  teachers_present: number | null;
  notes: string;
}

/** The base query of every event read, with the names shown beside ids. */
function eventsQuery(db: Db) {
  return db('events')
    .join('schools', 'schools.id', 'events.school_id')
    .leftJoin('facilitators', 'facilitators.id', 'events.facilitator_id')
    .select('events.*', 'schools.name as school_name', 'facilitators.name as facilitator_name');
}

/**
 * A user who is a teacher and not a coordinator sees only the events of classes they teach (through the
 * contact linked to their account). Returns null when the user sees every event.
 */
export function visibleClassIdsQuery(db: Db, user: SessionUser) {
  if (user.roles.includes('coordinator')) return null;
  return db('class_teachers')
    .join('contacts', 'contacts.id', 'class_teachers.contact_id')
    .where('contacts.user_id', user.id)
    .select('class_teachers.class_id');
}

/** Turns rows into events with their classes, partners and themes, in three batched queries. */
async function hydrateEvents(db: Db, rows: EventRow[]): Promise<SchoolEvent[]> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const classes: { event_id: number; id: number; name: string; pupil_count: number }[] = await db('event_classes')
    .join('school_classes', 'school_classes.id', 'event_classes.class_id')
    .whereIn('event_classes.event_id', ids)
    .orderBy('school_classes.name')
    .select('event_classes.event_id', 'school_classes.id', 'school_classes.name', 'school_classes.pupil_count');
  const partners: { event_id: number; id: number; name: string }[] = await db('event_partners')
    .join('partners', 'partners.id', 'event_partners.partner_id')
    .whereIn('event_partners.event_id', ids)
    .orderBy('partners.name')
    .select('event_partners.event_id', 'partners.id', 'partners.name');
  const themes: { event_id: number; theme: EventTheme }[] = await db('event_themes').whereIn('event_id', ids).select('event_id', 'theme');

  const group = <T extends { event_id: number }>(items: T[]): Map<number, T[]> => {
    const map = new Map<number, T[]>();
    for (const item of items) map.set(item.event_id, [...(map.get(item.event_id) ?? []), item]);
    return map;
  };
  const classesBy = group(classes);
  const partnersBy = group(partners);
  const themesBy = group(themes);

  return rows.map((row) => {
    const eventClasses = classesBy.get(row.id) ?? [];
    const eventPartners = partnersBy.get(row.id) ?? [];
    const eventThemes = (themesBy.get(row.id) ?? []).map((item) => item.theme);
    return {
      id: row.id,
      type: row.type,
      title: row.title,
      themes: EVENT_THEMES.filter((theme) => eventThemes.includes(theme)),
      schoolId: row.school_id,
      schoolName: row.school_name,
      classIds: eventClasses.map((item) => item.id),
      partnerIds: eventPartners.map((item) => item.id),
      facilitatorId: row.facilitator_id,
      classes: eventClasses.map((item) => ({ id: item.id, name: item.name, pupilCount: item.pupil_count })),
      partners: eventPartners.map((item) => ({ id: item.id, name: item.name })),
      facilitatorName: row.facilitator_name,
      location: row.location,
      start: row.starts_at,
      end: row.ends_at,
      status: row.status,
      cancelReason: row.cancel_reason,
      pupilsExpected: row.pupils_expected,
      teachersExpected: row.teachers_expected,
      pupilsPresent: row.pupils_present,
      teachersPresent: row.teachers_present,
      notes: row.notes,
      schoolYear: row.school_year,
    };
  });
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
