import type { Knex } from 'knex';
import { schoolNameKey } from '../../main/services/directory/schools';

const AT = '2026-09-01T08:00:00.000Z';

async function insertId(db: Knex, table: string, row: object): Promise<number> {
  const [inserted] = await db(table).insert(row).returning('id');
  return typeof inserted === 'object' ? (inserted as { id: number }).id : Number(inserted);
}

/** Rows straight into the tables, so event tests do not depend on the directory's services. */
export async function addSchool(db: Knex, name: string, postalCode = '4020'): Promise<number> {
  return insertId(db, 'schools', {
    name,
    name_key: schoolNameKey(name),
    network: 'communal',
    postal_code: postalCode,
    created_at: AT,
    updated_at: AT,
  });
}

export async function addClass(db: Knex, schoolId: number, name: string, pupilCount = 22, schoolYear = '2026–2027'): Promise<number> {
  return insertId(db, 'school_classes', { school_id: schoolId, school_year: schoolYear, name, pupil_count: pupilCount, created_at: AT, updated_at: AT });
}

export async function addPartner(db: Knex, name: string): Promise<number> {
  return insertId(db, 'partners', { name, kind: 'association', created_at: AT, updated_at: AT });
}

export async function addFacilitator(db: Knex, name: string): Promise<number> {
  return insertId(db, 'facilitators', { name, created_at: AT, updated_at: AT });
}

/** A teacher contact at a school, teaching the given classes, optionally linked to a user account. */
export async function addTeacher(db: Knex, schoolId: number, classIds: number[], userId: number | null): Promise<number> {
  const id = await insertId(db, 'contacts', {
    school_id: schoolId,
    kind: 'teacher',
    first_name: 'Prénom',
    last_name: `Enseignant ${classIds.join('-')}`,
    user_id: userId,
    created_at: AT,
    updated_at: AT,
  });
  if (classIds.length) await db('class_teachers').insert(classIds.map((class_id) => ({ class_id, contact_id: id })));
  return id;
}
