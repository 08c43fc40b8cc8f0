import type { Db } from '../../db/connection';
import type { EventStatus, EventTheme, EventType, SchoolEvent } from '../../../shared/domain/calendar/events';
import type { SessionUser } from '../../../shared/domain/users';
import { EVENT_THEMES } from '../../../shared/domain/calendar/events';

export interface EventRow {
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
export function eventsQuery(db: Db) {
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
export async function hydrateEvents(db: Db, rows: EventRow[]): Promise<SchoolEvent[]> {
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
