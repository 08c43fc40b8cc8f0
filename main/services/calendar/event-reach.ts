import type { Db } from '../../db/connection';
import { whereInChunks } from '../../db/query-toolkit';
import { NO_REACH, schoolAddress, type EventReach } from '../../../shared/domain/calendar/event-reach';
import type { SchoolEvent } from '../../../shared/domain/calendar/events';

/** At most this many people per activity: a sheet and a calendar entry stay short. */
const MAX_CONTACTS = 3;
/** When no class has a teacher on record: the school's director first, then the others. */
const KIND_ORDER: Record<string, number> = { director: 0, teacher: 1, educator: 2, other: 3 };

interface ContactRow {
  id: number;
  school_id: number | null;
  kind: string;
  first_name: string;
  last_name: string;
  phone: string;
}

const CONTACT_COLUMNS = ['contacts.id', 'contacts.school_id', 'contacts.kind', 'contacts.first_name', 'contacts.last_name', 'contacts.phone'];

function person(row: ContactRow): { name: string; phone: string } {
  return { name: `${row.first_name} ${row.last_name}`.trim(), phone: row.phone };
}

/**
 * Each event's school address, people to call and school phone (see `EventReach`), read in a few queries for
 * any number of events. Only what the caller may already see: the events come from `listEvents`/`getEvent`.
 */
export async function eventsReach(db: Db, events: readonly SchoolEvent[]): Promise<Map<number, EventReach>> {
  const schoolIds = [...new Set(events.map((event) => event.schoolId))];
  const classIds = [...new Set(events.flatMap((event) => event.classes.map((item) => item.id)))];
  const schools = await whereInChunks<{ id: number; street: string; postal_code: string; city: string; phone: string }>(schoolIds, async (chunk) =>
    db('schools').whereIn('id', chunk).select('id', 'street', 'postal_code', 'city', 'phone'),
  );
  const teachers = await whereInChunks<ContactRow & { class_id: number }>(classIds, async (chunk) =>
    db('class_teachers')
      .join('contacts', 'contacts.id', 'class_teachers.contact_id')
      .whereIn('class_teachers.class_id', chunk)
      .orderBy('contacts.id')
      .select('class_teachers.class_id', ...CONTACT_COLUMNS),
  );
  const schoolContacts = await whereInChunks<ContactRow>(schoolIds, async (chunk) =>
    db('contacts').whereIn('contacts.school_id', chunk).orderBy('contacts.id').select(...CONTACT_COLUMNS),
  );

  const schoolById = new Map(schools.map((row) => [row.id, row]));
  const reach = new Map<number, EventReach>();
  for (const event of events) {
    const school = schoolById.get(event.schoolId);
    if (!school) {
      reach.set(event.id, NO_REACH);
      continue;
    }
    const seen = new Set<number>();
    const people: ContactRow[] = [];
    for (const item of event.classes) {
      for (const row of teachers.filter((teacher) => teacher.class_id === item.id)) {
        if (!seen.has(row.id)) people.push(row);
        seen.add(row.id);
      }
    }
    if (people.length === 0) {
      people.push(
        ...schoolContacts
          .filter((row) => row.school_id === event.schoolId)
          .sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || a.id - b.id),
      );
    }
    reach.set(event.id, {
      address: schoolAddress({ street: school.street, postalCode: school.postal_code, city: school.city }),
      contacts: people.slice(0, MAX_CONTACTS).map(person),
      schoolPhone: school.phone,
    });
  }
  return reach;
}
