import type { Knex } from 'knex';
import type { DemoRandom } from './random';
import { LIEGE_NEIGHBOURHOODS } from './liege';
import { EVENT_TITLES, FIRST_NAMES, LAST_NAMES, PARTNERS, SCHOOL_NAMES, SCHOOL_PREFIXES } from './school-names';
import { schoolYearStarting } from '../../shared/domain/school-year';
import { findConflicts, normaliseLocation, type SchedulableEvent } from '../../shared/domain/calendar/event-conflicts';
import { schoolNameKey } from '../services/directory/schools';
import { EVENT_THEMES, EVENT_TYPES, type EventType } from '../../shared/domain/calendar/events';

export interface SchoolProgrammeSummary {
  schools: number;
  classes: number;
  contacts: number;
  partners: number;
  events: number;
}

const SLOTS = [
  ['08:30', '10:10'],
  ['10:30', '12:10'],
  ['13:30', '15:10'],
  ['09:00', '12:00'],
] as const;
const PRIMARY_CLASSES = ['1re primaire', '2e primaire', '3e primaire', '4e primaire', '5e primaire', '6e primaire'];
const SECONDARY_CLASSES = ['1re secondaire', '2e secondaire', '3e secondaire', '4e secondaire'];

/** Inserts rows in batches and returns their ids, in order (shared by the demo generators). */
export async function insertIds(db: Knex, table: string, rows: object[]): Promise<number[]> {
  const ids: number[] = [];
  // Batches keep SQLite's bound-parameter limit far away while staying one transaction.
  for (let index = 0; index < rows.length; index += 200) {
    const inserted = await db(table).insert(rows.slice(index, index + 200)).returning('id');
    ids.push(...inserted.map((item: unknown) => (typeof item === 'object' ? (item as { id: number }).id : Number(item))));
  }
  return ids;
}

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/**
 * Schools in real Liège neighbourhoods with invented names, their classes for each school year, teachers,
 * partners, facilitators and a programme of events per year that respects the scheduling rules (no class,
 * facilitator or place twice at once) and avoids weekends and school holidays. Past events are held (with
 * attendance) or cancelled; future ones planned or confirmed.
 */
export async function generateSchoolProgramme(
  db: Knex,
  random: DemoRandom,
  options: {
    years: number;
    today: Date;
    teacherUserId: number | null;
    /** Events aimed at per school year (160 in the default demo; scale.ts raises it for the full-scale data). */
    eventsPerYear?: number;
    /** Pupils per class, from … to (14–26 in the default demo). */
    pupilsPerClass?: readonly [number, number];
    /** At most this many classes of a school at one event (2 in the default demo). */
    classesPerEvent?: number;
  },
): Promise<SchoolProgrammeSummary> {
  const [fewestPupils, mostPupils] = options.pupilsPerClass ?? [14, 26];
  const mostClasses = options.classesPerEvent ?? 2;
  const at = options.today.toISOString();
  const todayDate = at.slice(0, 10);
  const currentStart = Number(todayDate.slice(0, 4)) - (todayDate.slice(5) < '08-25' ? 1 : 0);
  const years = Array.from({ length: Math.max(1, options.years) }, (_, index) => schoolYearStarting(currentStart - options.years + 1 + index));

  const schools = SCHOOL_NAMES.map((name, index) => {
    const kind = SCHOOL_PREFIXES[index % SCHOOL_PREFIXES.length]!;
    const place = LIEGE_NEIGHBOURHOODS[index % LIEGE_NEIGHBOURHOODS.length]!;
    const fullName = `${kind.prefix} ${name}`;
    return {
      row: {
        name: fullName,
        name_key: schoolNameKey(fullName),
        network: kind.network,
        street: `${random.pick(place.streets)} ${random.int(1, 180)}`,
        postal_code: place.postalCode,
        city: 'Liège',
        neighbourhood: place.name,
        phone: `04 ${random.int(200, 399)} ${String(random.int(10, 99))} ${String(random.int(10, 99))}`,
        email: `direction.${index + 1}@ecoles-demo.example`,
        notes: '',
        created_at: at,
        updated_at: at,
      },
      levels: kind.levels,
    };
  });
  const schoolIds = await insertIds(db, 'schools', schools.map((school) => school.row));
  await db.batchInsert(
    'school_levels',
    schools.flatMap((school, index) => school.levels.map((level) => ({ school_id: schoolIds[index], level }))),
    200,
  );

  const personName = (): [string, string] => [random.pick(FIRST_NAMES), random.pick(LAST_NAMES)];
  const contactRows = schoolIds.flatMap((schoolId) => {
    const people = [{ kind: 'director' }, { kind: 'teacher' }, { kind: 'teacher' }, { kind: 'teacher' }];
    return people.map(({ kind }) => {
      const [first, last] = personName();
      return {
        school_id: schoolId,
        kind,
        first_name: first,
        last_name: last,
        email: `${first}.${last}@ecoles-demo.example`.toLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, ''),
        phone: '',
        user_id: null as number | null,
        notes: '',
        created_at: at,
        updated_at: at,
      };
    });
  });
  // The demo teacher account teaches at the first school, so it has events to see.
  if (options.teacherUserId !== null) contactRows[1]!.user_id = options.teacherUserId;
  const contactIds = await insertIds(db, 'contacts', contactRows);
  const teachersBySchool = new Map<number, number[]>();
  contactRows.forEach((row, index) => {
    if (row.kind === 'teacher') teachersBySchool.set(row.school_id, [...(teachersBySchool.get(row.school_id) ?? []), contactIds[index]!]);
  });

  const partnerIds = await insertIds(db, 'partners', PARTNERS.map((partner) => ({
    name: partner.name,
    kind: partner.kind,
    contact_name: partner.contactName,
    email: `contact@${partner.name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.example`,
    phone: '',
    notes: '',
    created_at: at,
    updated_at: at,
  })));
  const facilitatorIds = await insertIds(db, 'facilitators', Array.from({ length: 8 }, (_, index) => ({
    name: personName().join(' '),
    partner_id: partnerIds[index % partnerIds.length],
    email: '',
    phone: '',
    created_at: at,
    updated_at: at,
  })));

  const holidays: { start_date: string; end_date: string }[] = await db('holidays').select('start_date', 'end_date');
  const isSchoolDay = (date: string): boolean => {
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    return day !== 0 && day !== 6 && !holidays.some((holiday) => holiday.start_date <= date && date <= holiday.end_date);
  };

  let classCount = 0;
  let eventCount = 0;
  for (const year of years) {
    const classRows = schoolIds.flatMap((schoolId, index) => {
      const names = (schools[index]!.levels as readonly string[]).includes('secondaire') ? SECONDARY_CLASSES : PRIMARY_CLASSES;
      return names.slice(0, random.int(3, names.length)).map((base) => ({
        school_id: schoolId,
        school_year: year.label,
        name: `${base} ${random.pick(['A', 'B', 'C'])}`,
        grade: base.replace(/\D/g, '') + (base.includes('primaire') ? 'P' : 'S'),
        pupil_count: random.int(fewestPupils, mostPupils),
        created_at: at,
        updated_at: at,
      }));
    }).filter((row, index, all) => all.findIndex((other) => other.school_id === row.school_id && other.name === row.name) === index);
    const classIds = await insertIds(db, 'school_classes', classRows);
    classCount += classIds.length;
    await db.batchInsert('class_teachers', classRows.map((row, index) => ({
      class_id: classIds[index],
      contact_id: random.pick(teachersBySchool.get(row.school_id)!),
    })), 200);
    const classesBySchool = new Map<number, { id: number; pupils: number }[]>();
    classRows.forEach((row, index) => classesBySchool.set(row.school_id, [...(classesBySchool.get(row.school_id) ?? []), { id: classIds[index]!, pupils: row.pupil_count }]));

    const scheduled: SchedulableEvent[] = [];
    const events: { row: Record<string, unknown>; classIds: number[]; partnerIds: number[]; themes: string[] }[] = [];
    const target = options.eventsPerYear ?? 160;
    for (let attempt = 0; attempt < target * 4 && events.length < target; attempt += 1) {
      const date = addDays(year.firstDay, random.int(7, 300));
      if (date > year.lastDay || !isSchoolDay(date)) continue;
      const schoolIndex = random.int(0, schoolIds.length - 1);
      const schoolId = schoolIds[schoolIndex]!;
      const type: EventType = random.pick(EVENT_TYPES);
      const [from, to] = random.pick(SLOTS);
      const classes = classesBySchool.get(schoolId) ?? [];
      const chosen = classes.slice(random.int(0, Math.max(0, classes.length - 2))).slice(0, random.int(1, mostClasses));
      const atVenue = type === 'guided_visit' || type === 'exhibition_visit';
      const location = atVenue ? 'Cité Miroir' : type === 'theatre' ? 'Théâtre des Rives' : `${schools[schoolIndex]!.row.name}, salle polyvalente`;
      const candidate: SchedulableEvent = {
        id: events.length + 1,
        start: `${date}T${from}`,
        end: `${date}T${to}`,
        cancelled: false,
        classIds: chosen.map((item) => item.id),
        facilitatorId: type === 'training' ? null : random.pick(facilitatorIds),
        location,
      };
      if (findConflicts(candidate, scheduled).length > 0) continue;
      const past = date < todayDate;
      const cancelled = random.next() < 0.06;
      const capacity = chosen.reduce((sum, item) => sum + item.pupils, 0);
      const status = cancelled ? 'cancelled' : past ? 'held' : random.next() < 0.5 ? 'confirmed' : 'planned';
      if (!cancelled) scheduled.push(candidate);
      events.push({
        row: {
          type,
          title: random.pick(EVENT_TITLES[type]!),
          school_id: schoolId,
          facilitator_id: candidate.facilitatorId,
          location,
          location_key: normaliseLocation(location),
          starts_at: candidate.start,
          ends_at: candidate.end,
          school_year: year.label,
          status,
          cancel_reason: cancelled ? random.pick(['Grève des transports', 'Classe en excursion', 'Intervenant malade']) : '',
          pupils_expected: capacity,
          teachers_expected: chosen.length,
          pupils_present: status === 'held' ? Math.max(0, capacity - random.int(0, 4)) : null,
          teachers_present: status === 'held' ? chosen.length : null,
          notes: '',
          created_at: at,
          updated_at: at,
        },
        classIds: candidate.classIds as number[],
        partnerIds: atVenue ? [partnerIds[1]!] : [random.pick(partnerIds)],
        themes: [random.pick(EVENT_THEMES.slice(0, 6)), random.pick(EVENT_THEMES.slice(0, 6))].filter((theme, index, all) => all.indexOf(theme) === index),
      });
    }
    const eventIds = await insertIds(db, 'events', events.map((event) => event.row));
    await db.batchInsert('event_classes', events.flatMap((event, index) => event.classIds.map((class_id) => ({ event_id: eventIds[index], class_id }))), 200);
    await db.batchInsert('event_partners', events.flatMap((event, index) => event.partnerIds.map((partner_id) => ({ event_id: eventIds[index], partner_id }))), 200);
    await db.batchInsert('event_themes', events.flatMap((event, index) => event.themes.map((theme) => ({ event_id: eventIds[index], theme }))), 200);
    eventCount += eventIds.length;
  }

  return { schools: schoolIds.length, classes: classCount, contacts: contactIds.length, partners: partnerIds.length, events: eventCount };
}
