import type { Knex } from 'knex';
import type { Db } from '../../db/connection';
import type { ClassRow, NeighbourhoodReach, ReachIndicators, SchoolRow, TeacherRow } from '../../../shared/domain/indicators/indicators';
import type { ResolvedPeriod } from '../../../shared/domain/indicators/period';
import { narrowEvents } from './period-filter';

/**
 * Who the programme reached (issue 16, point 1): only held activities count (a planned or cancelled one reached
 * nobody). Schools are the held activities' schools; classes the classes taking part in them; teachers the
 * classes' teachers in the directory. Pupils are participations: the pupils present when recorded on the
 * activity, else the sizes of its classes (see `ReachIndicators`).
 */

interface HeldEvent {
  id: number;
  school_id: number;
  pupils_present: number | null;
  teachers_present: number | null;
}
interface ReachedClass {
  id: number;
  name: string;
  school_id: number;
  school_name: string;
  pupil_count: number;
}
interface ReachedSchool {
  id: number;
  name: string;
  postal_code: string;
  neighbourhood: string;
}
interface TeacherLink {
  class_id: number;
  contact_id: number;
  first_name: string;
  last_name: string;
}

/** What the reach figures and the lists behind them are computed from. */
export interface ReachData {
  events: HeldEvent[];
  links: { event_id: number; class_id: number }[];
  classes: Map<number, ReachedClass>;
  schools: Map<number, ReachedSchool>;
  teachers: TeacherLink[];
}

export async function readReach(db: Db, period: ResolvedPeriod): Promise<ReachData> {
  // Subqueries rather than id lists: ten years hold thousands of activities, beyond a statement's parameters.
  const heldIds = (): Knex.QueryBuilder => narrowEvents(db('events as e').where('e.status', 'held'), period, 'e').select('e.id');
  const classIds = (): Knex.QueryBuilder => db('event_classes as ec').whereIn('ec.event_id', heldIds()).select('ec.class_id');
  const events: HeldEvent[] = await narrowEvents(db('events as e').where('e.status', 'held'), period, 'e')
    .select('e.id', 'e.school_id', 'e.pupils_present', 'e.teachers_present')
    .orderBy('e.id');
  const links: { event_id: number; class_id: number }[] = await db('event_classes as ec')
    .whereIn('ec.event_id', heldIds())
    .select('ec.event_id', 'ec.class_id');
  const classes: ReachedClass[] = await db('school_classes as c')
    .join('schools as cs', 'cs.id', 'c.school_id')
    .whereIn('c.id', classIds())
    .select('c.id', 'c.name', 'c.school_id', 'cs.name as school_name', 'c.pupil_count');
  const schools: ReachedSchool[] = await db('schools as s')
    .whereIn('s.id', narrowEvents(db('events as e').where('e.status', 'held'), period, 'e').select('e.school_id'))
    .select('s.id', 's.name', 's.postal_code', 's.neighbourhood');
  const teachers: TeacherLink[] = await db('class_teachers as ct')
    .join('contacts as co', 'co.id', 'ct.contact_id')
    .whereIn('ct.class_id', classIds())
    .select('ct.class_id', 'ct.contact_id', 'co.first_name', 'co.last_name');
  return {
    events,
    links,
    classes: new Map(classes.map((row) => [row.id, row])),
    schools: new Map(schools.map((row) => [row.id, row])),
    teachers,
  };
}

/** A school's area: its neighbourhood as recorded, else its postal code. */
export function areaOf(school: ReachedSchool): { label: string; kind: NeighbourhoodReach['kind'] } {
  const neighbourhood = school.neighbourhood.trim();
  return neighbourhood === '' ? { label: school.postal_code, kind: 'postalCode' } : { label: neighbourhood, kind: 'neighbourhood' };
}

function classesOfEvents(data: ReachData): Map<number, number[]> {
  const byEvent = new Map<number, number[]>();
  for (const link of data.links) {
    const list = byEvent.get(link.event_id);
    if (list) list.push(link.class_id);
    else byEvent.set(link.event_id, [link.class_id]);
  }
  return byEvent;
}

export function reachIndicators(data: ReachData): ReachIndicators {
  const byEvent = classesOfEvents(data);
  let pupilsRecorded = 0;
  let pupilsEstimated = 0;
  let heldWithoutPupilsRecorded = 0;
  let teachersPresent = 0;
  for (const event of data.events) {
    if (event.pupils_present !== null) pupilsRecorded += event.pupils_present;
    else {
      heldWithoutPupilsRecorded += 1;
      for (const classId of byEvent.get(event.id) ?? []) pupilsEstimated += data.classes.get(classId)?.pupil_count ?? 0;
    }
    teachersPresent += event.teachers_present ?? 0;
  }
  let pupilsInClassesReached = 0;
  for (const row of data.classes.values()) pupilsInClassesReached += row.pupil_count;

  const areas = new Map<string, NeighbourhoodReach>();
  const areaOfSchool = new Map<number, NeighbourhoodReach>();
  for (const school of data.schools.values()) {
    const { label, kind } = areaOf(school);
    const key = `${kind}:${label}`;
    let area = areas.get(key);
    if (!area) {
      area = { label, kind, schools: 0, classes: 0, heldActivities: 0 };
      areas.set(key, area);
    }
    area.schools += 1;
    areaOfSchool.set(school.id, area);
  }
  for (const event of data.events) {
    const area = areaOfSchool.get(event.school_id);
    if (area) area.heldActivities += 1;
  }
  for (const row of data.classes.values()) {
    const area = areaOfSchool.get(row.school_id);
    if (area) area.classes += 1;
  }

  return {
    schools: data.schools.size,
    classes: data.classes.size,
    pupils: pupilsRecorded + pupilsEstimated,
    pupilsRecorded,
    pupilsEstimated,
    heldWithoutPupilsRecorded,
    pupilsInClassesReached,
    teachers: new Set(data.teachers.map((link) => link.contact_id)).size,
    teachersPresent,
    neighbourhoods: [...areas.values()].sort((a, b) => b.schools - a.schools || a.label.localeCompare(b.label, 'fr')),
  };
}

/** The schools reached, by name; `neighbourhood` keeps those of one area (its label). */
export function schoolRows(data: ReachData, neighbourhood: string | null): SchoolRow[] {
  const held = new Map<number, number>();
  for (const event of data.events) held.set(event.school_id, (held.get(event.school_id) ?? 0) + 1);
  return [...data.schools.values()]
    .filter((school) => neighbourhood === null || areaOf(school).label === neighbourhood)
    .map((school) => ({
      id: school.id,
      name: school.name,
      postalCode: school.postal_code,
      neighbourhood: school.neighbourhood,
      count: held.get(school.id) ?? 0,
    }))
    .sort(byName);
}

export function classRows(data: ReachData): ClassRow[] {
  const held = new Map<number, number>();
  for (const link of data.links) held.set(link.class_id, (held.get(link.class_id) ?? 0) + 1);
  return [...data.classes.values()]
    .map((row) => ({
      id: row.id,
      name: row.name,
      schoolId: row.school_id,
      schoolName: row.school_name,
      pupilCount: row.pupil_count,
      heldActivities: held.get(row.id) ?? 0,
    }))
    .sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'fr') || a.name.localeCompare(b.name, 'fr') || a.id - b.id);
}

/** The teachers of the classes reached, by last name; their school is that of their first class reached. */
export function teacherRows(data: ReachData): TeacherRow[] {
  const byContact = new Map<number, { link: TeacherLink; classes: number }>();
  for (const link of [...data.teachers].sort((a, b) => a.class_id - b.class_id)) {
    const entry = byContact.get(link.contact_id);
    if (entry) entry.classes += 1;
    else byContact.set(link.contact_id, { link, classes: 1 });
  }
  return [...byContact.values()]
    .map(({ link, classes }) => ({
      id: link.contact_id,
      firstName: link.first_name,
      lastName: link.last_name,
      schoolName: data.classes.get(link.class_id)?.school_name ?? '',
      classes,
    }))
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr') || a.id - b.id);
}

function byName(a: { name: string; id: number }, b: { name: string; id: number }): number {
  return a.name.localeCompare(b.name, 'fr') || a.id - b.id;
}
