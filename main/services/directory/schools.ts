import type { Knex } from 'knex';
import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { conflict, fieldError, notFound } from '../../errors';
import {
  countValue,
  foldedKey,
  insertReturningId,
  orderPage,
  pageOf,
  whereInChunks,
  whereSearch,
  type PageRequest,
  type SortColumn,
} from '../../db/query-toolkit';
import type { SchoolDraft } from '../../../shared/api/channels/directory/schools';
import { SCHOOL_LEVELS, type Page, type School, type SchoolLevel, type SchoolNetwork } from '../../../shared/domain/directory';

interface SchoolRow {
  id: number;
  name: string;
  network: SchoolNetwork;
  street: string;
  postal_code: string;
  city: string;
  neighbourhood: string;
  phone: string;
  email: string;
  notes: string;
}

const COLUMNS = ['id', 'name', 'network', 'street', 'postal_code', 'city', 'neighbourhood', 'phone', 'email', 'notes'].map(
  (column) => `schools.${column}`,
);

export interface SchoolFilter {
  search?: string;
  networks?: readonly SchoolNetwork[];
  levels?: readonly SchoolLevel[];
  neighbourhood?: string;
}

export type SchoolSort = 'name' | 'network' | 'postalCode' | 'neighbourhood' | 'classCount';

/** Two schools with the same folded name in the same postal code are the same school. */
export const schoolNameKey = foldedKey;

/** The schools matching a filter, not yet sorted or paged. */
function filteredSchools(db: Db, filter: SchoolFilter): Knex.QueryBuilder {
  const query = db('schools').select(COLUMNS);
  whereSearch(query, { folded: ['schools.name_key'], text: ['schools.postal_code', 'schools.neighbourhood'] }, filter.search);
  if (filter.networks?.length) query.whereIn('schools.network', filter.networks);
  // A school offering any one of the chosen levels.
  if (filter.levels?.length) {
    query.whereIn('schools.id', db('school_levels').whereIn('level', filter.levels).select('school_id'));
  }
  if (filter.neighbourhood) query.whereRaw('lower(schools.neighbourhood) = ?', [filter.neighbourhood.toLowerCase()]);
  return query;
}

async function levelsBySchool(db: Db, ids: readonly number[]): Promise<Map<number, SchoolLevel[]>> {
  const rows = await whereInChunks(ids, (chunk) =>
    db('school_levels').whereIn('school_id', chunk).select<{ school_id: number; level: SchoolLevel }[]>('school_id', 'level'),
  );
  const map = new Map<number, SchoolLevel[]>();
  for (const row of rows) map.set(row.school_id, [...(map.get(row.school_id) ?? []), row.level]);
  // The contract's order, whatever the insertion order.
  for (const [id, levels] of map) map.set(id, SCHOOL_LEVELS.filter((level) => levels.includes(level)));
  return map;
}

async function classCounts(db: Db, ids: readonly number[]): Promise<Map<number, number>> {
  const rows = await whereInChunks<{ school_id: number; n: number | string }>(ids, async (chunk) =>
    db('school_classes').whereIn('school_id', chunk).groupBy('school_id').select('school_id').count({ n: '*' }),
  );
  return new Map(rows.map((row) => [row.school_id, Number(row.n)]));
}

/** Rows → schools, with levels and class counts in one batched query each (never one per school). */
async function toSchools(db: Db, rows: readonly SchoolRow[]): Promise<School[]> {
  const ids = rows.map((row) => row.id);
  const [levels, counts] = await Promise.all([levelsBySchool(db, ids), classCounts(db, ids)]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    network: row.network,
    levels: levels.get(row.id) ?? [],
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    neighbourhood: row.neighbourhood,
    phone: row.phone,
    email: row.email,
    notes: row.notes,
    classCount: counts.get(row.id) ?? 0,
  }));
}

const SORT_COLUMNS: Record<Exclude<SchoolSort, 'classCount'>, SortColumn[]> = {
  name: ['schools.name_key'],
  network: ['schools.network', 'schools.name_key'],
  postalCode: ['schools.postal_code', 'schools.name_key'],
  neighbourhood: [{ lower: 'schools.neighbourhood' }, 'schools.name_key'],
};

export async function listSchools(db: Db, input: SchoolFilter & PageRequest & { sortBy?: SchoolSort }): Promise<Page<School>> {
  const query = filteredSchools(db, input);
  if (input.sortBy === 'classCount') {
    // Only this sort needs every school's count in SQL; the page's counts are read in batch otherwise.
    const counts = db('school_classes').select('school_id').count({ n: '*' }).groupBy('school_id').as('class_counts');
    query.leftJoin(counts, 'class_counts.school_id', 'schools.id').select(db.raw('coalesce(class_counts.n, 0) as class_count'));
    orderPage(query, ['class_count', 'schools.name_key'], 'schools.id', input.sortDirection);
  } else {
    orderPage(query, SORT_COLUMNS[input.sortBy ?? 'name'], 'schools.id', input.sortDirection);
  }
  const page = await pageOf<SchoolRow>(query, input);
  return { rows: await toSchools(db, page.rows), total: page.total };
}

/** Every school matching the filter, by name: for the CSV export. */
export async function allSchools(db: Db, filter: SchoolFilter): Promise<School[]> {
  const query = filteredSchools(db, filter);
  orderPage(query, ['schools.name_key'], 'schools.id');
  return toSchools(db, await query);
}

export async function getSchool(db: Db, id: number): Promise<School> {
  const row: SchoolRow | undefined = await db('schools').where({ id }).first(COLUMNS);
  if (!row) throw notFound('school');
  const [school] = await toSchools(db, [row]);
  if (!school) throw notFound('school');
  return school;
}

/** Refuses a second school with the same name (case and accents aside) in the same postal code. */
async function assertNotDuplicate(db: Db, draft: Pick<SchoolDraft, 'name' | 'postalCode'>, exceptId?: number): Promise<void> {
  const query = db('schools').where({ name_key: schoolNameKey(draft.name), postal_code: draft.postalCode });
  if (exceptId !== undefined) query.whereNot('id', exceptId);
  if (await query.first('id')) throw fieldError('name', 'duplicate');
}

/** The columns of a school as written; shared with the import so both store the same thing. */
export function schoolColumns(draft: SchoolDraft, now: string): Record<string, string> {
  return {
    name: draft.name,
    name_key: schoolNameKey(draft.name),
    network: draft.network,
    street: draft.street,
    postal_code: draft.postalCode,
    city: draft.city,
    neighbourhood: draft.neighbourhood,
    phone: draft.phone,
    email: draft.email,
    notes: draft.notes,
    updated_at: now,
  };
}

export async function createSchool({ db, now }: ServiceContext, draft: SchoolDraft): Promise<School> {
  await assertNotDuplicate(db, draft);
  const at = now.toISOString();
  const id = await insertReturningId(db, 'schools', { ...schoolColumns(draft, at), created_at: at });
  await db('school_levels').insert(draft.levels.map((level) => ({ school_id: id, level })));
  return getSchool(db, id);
}

export async function updateSchool({ db, now }: ServiceContext, input: SchoolDraft & { id: number }): Promise<School> {
  if (!(await db('schools').where({ id: input.id }).first('id'))) throw notFound('school');
  await assertNotDuplicate(db, input, input.id);
  await db('schools').where({ id: input.id }).update(schoolColumns(input, now.toISOString()));
  await db('school_levels').where({ school_id: input.id }).delete();
  await db('school_levels').insert(input.levels.map((level) => ({ school_id: input.id, level })));
  return getSchool(db, input.id);
}

/**
 * Deletes a school with its classes; its contacts stay, unlinked. Refused while events refer to the school
 * or to one of its classes: deleting them would rewrite the programme's history.
 */
export async function deleteSchool(db: Db, id: number): Promise<void> {
  if (!(await db('schools').where({ id }).first('id'))) throw notFound('school');
  const classesOfSchool = db('school_classes').where({ school_id: id }).select('id');
  const events = await db('events')
    .where({ school_id: id })
    .orWhereIn('id', db('event_classes').whereIn('class_id', classesOfSchool).select('event_id'))
    .count({ n: '*' })
    .first();
  const count = countValue(events);
  if (count > 0) throw conflict('schoolHasEvents', { count });
  await db('schools').where({ id }).delete();
}
