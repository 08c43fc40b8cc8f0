import type { Core } from '../../main/core';
import type { InputOf, PasserelleApi } from '../../shared/api/contract';
import { ok } from './api';

/** Row counts of the directory's tables (and the audit), to prove a refused call wrote nothing. */
export async function directoryCounts(core: Core): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['schools', 'school_levels', 'school_classes', 'class_teachers', 'contacts', 'partners', 'facilitators', 'audit_events']) {
    const row = await core.db(table).count({ n: '*' }).first();
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

export type SchoolInput = InputOf<'schools', 'create'>;
export type ContactInput = InputOf<'contacts', 'create'>;
export type ClassInput = InputOf<'classes', 'create'>;

export const schoolInput = (overrides: Partial<SchoolInput> = {}): SchoolInput => ({
  name: 'École Sainte-Marguerite',
  network: 'libre',
  levels: ['primaire'],
  street: 'Rue Sainte-Marguerite 51',
  postalCode: '4000',
  city: 'Liège',
  neighbourhood: 'Sainte-Marguerite',
  phone: '04 223 12 34',
  email: '',
  notes: '',
  ...overrides,
});

export async function createSchool(api: PasserelleApi, overrides: Partial<SchoolInput> = {}): Promise<number> {
  return ok(await api.schools.create(schoolInput(overrides))).id;
}

export async function createContact(api: PasserelleApi, overrides: Partial<ContactInput> = {}): Promise<number> {
  const input: ContactInput = { schoolId: null, kind: 'teacher', firstName: 'Nadia', lastName: 'Verlaine', email: '', phone: '', userId: null, notes: '', ...overrides };
  return ok(await api.contacts.create(input)).id;
}

export async function createClass(api: PasserelleApi, schoolId: number, overrides: Partial<ClassInput> = {}): Promise<number> {
  const input: ClassInput = { schoolId, schoolYear: '2026–2027', name: '5e primaire B', grade: '5P', pupilCount: 22, teacherIds: [], ...overrides };
  return ok(await api.classes.create(input)).id;
}

/**
 * An event written straight to its tables: the directory's tests only need one to exist, and must not
 * depend on the events service being written alongside them.
 */
export async function insertEvent(
  core: Core,
  links: { schoolId: number; classIds?: number[]; partnerIds?: number[]; facilitatorId?: number | null },
): Promise<number> {
  const now = '2026-11-28T09:00:00.000Z';
  const [inserted] = await core
    .db('events')
    .insert({
      type: 'workshop',
      title: 'Atelier vivre ensemble',
      school_id: links.schoolId,
      facilitator_id: links.facilitatorId ?? null,
      starts_at: '2026-12-03T09:00',
      ends_at: '2026-12-03T11:00',
      school_year: '2026–2027',
      status: 'planned',
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  const eventId = typeof inserted === 'object' ? Number((inserted as { id: number }).id) : Number(inserted);
  for (const classId of links.classIds ?? []) await core.db('event_classes').insert({ event_id: eventId, class_id: classId });
  for (const partnerId of links.partnerIds ?? []) await core.db('event_partners').insert({ event_id: eventId, partner_id: partnerId });
  return eventId;
}

export const base64 = (content: string | Buffer): string => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64');
