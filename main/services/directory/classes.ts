import type { Knex } from 'knex';
import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { conflict, fieldErrors, notFound } from '../../errors';
import { countValue, foldedKey, insertReturningId, orderPage, pageOf, whereInChunks, whereSearch, type PageRequest, type SortColumn } from '../../db/query-toolkit';
import type { FieldError } from '../../../shared/api/result';
import type { Page, SchoolClass } from '../../../shared/domain/directory';

interface ClassRow {
  id: number;
  school_id: number;
  school_name: string;
  school_year: string;
  name: string;
  grade: string;
  pupil_count: number;
}

export interface ClassFilter {
  schoolId?: number;
  schoolYear?: string;
  search?: string;
}

export type ClassSort = 'name' | 'schoolName' | 'schoolYear' | 'grade' | 'pupilCount';

export interface ClassDraftInput {
  schoolId: number;
  schoolYear: string;
  name: string;
  grade: string;
  pupilCount: number;
  teacherIds: number[];
}

function filteredClasses(db: Db, filter: ClassFilter): Knex.QueryBuilder {
  const query = db('school_classes')
    .join('schools', 'schools.id', 'school_classes.school_id')
    .select(
      'school_classes.id',
      'school_classes.school_id',
      'schools.name as school_name',
      'school_classes.school_year',
      'school_classes.name',
      'school_classes.grade',
      'school_classes.pupil_count',
    );
  if (filter.schoolId !== undefined) query.where('school_classes.school_id', filter.schoolId);
  if (filter.schoolYear !== undefined) query.where('school_classes.school_year', filter.schoolYear);
  whereSearch(query, { text: ['school_classes.name', 'school_classes.grade'], folded: ['schools.name_key'] }, filter.search);
  return query;
}

/** Teachers of each class, by contact id, in one query per chunk of classes. */
async function teacherIdsByClass(db: Db, classIds: readonly number[]): Promise<Map<number, number[]>> {
  const rows = await whereInChunks<{ class_id: number; contact_id: number }>(classIds, async (chunk) =>
    db('class_teachers').whereIn('class_id', chunk).orderBy('contact_id').select('class_id', 'contact_id'),
  );
  const map = new Map<number, number[]>();
  for (const row of rows) map.set(row.class_id, [...(map.get(row.class_id) ?? []), row.contact_id]);
  return map;
}

async function toClasses(db: Db, rows: readonly ClassRow[]): Promise<SchoolClass[]> {
  const teachers = await teacherIdsByClass(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    schoolId: row.school_id,
    schoolName: row.school_name,
    schoolYear: row.school_year,
    name: row.name,
    grade: row.grade,
    pupilCount: row.pupil_count,
    teacherIds: teachers.get(row.id) ?? [],
  }));
}

const SORT_COLUMNS: Record<ClassSort, SortColumn[]> = {
  name: [{ lower: 'school_classes.name' }, 'schools.name_key'],
  schoolName: ['schools.name_key', { lower: 'school_classes.name' }],
  schoolYear: ['school_classes.school_year', 'schools.name_key', { lower: 'school_classes.name' }],
  grade: [{ lower: 'school_classes.grade' }, { lower: 'school_classes.name' }],
  pupilCount: ['school_classes.pupil_count', { lower: 'school_classes.name' }],
};

export async function listClasses(db: Db, input: ClassFilter & PageRequest & { sortBy?: ClassSort }): Promise<Page<SchoolClass>> {
  const query = filteredClasses(db, input);
  orderPage(query, SORT_COLUMNS[input.sortBy ?? 'name'], 'school_classes.id', input.sortDirection);
  const page = await pageOf<ClassRow>(query, input);
  return { rows: await toClasses(db, page.rows), total: page.total };
}

/** Every class matching the filter, by name then school: for the CSV export. */
export async function allClasses(db: Db, filter: ClassFilter): Promise<SchoolClass[]> {
  const query = filteredClasses(db, filter);
  orderPage(query, SORT_COLUMNS.name, 'school_classes.id');
  return toClasses(db, await query);
}

async function getClass(db: Db, id: number): Promise<SchoolClass> {
  const [row] = await filteredClasses(db, {}).where('school_classes.id', id);
  if (!row) throw notFound('class');
  const [found] = await toClasses(db, [row]);
  if (!found) throw notFound('class');
  return found;
}

/**
 * The folded names of the classes already in one school and year: class names are compared without case
 * or accents, here and in the import ("5e primaire B" and "5E Primaire b" are one class).
 */
async function classNameKeys(db: Db, schoolId: number, schoolYear: string, exceptId?: number): Promise<Set<string>> {
  const query = db('school_classes').where({ school_id: schoolId, school_year: schoolYear }).select('name');
  if (exceptId !== undefined) query.whereNot('id', exceptId);
  const rows: { name: string }[] = await query;
  return new Set(rows.map((row) => foldedKey(row.name)));
}

/** Every reason the draft cannot be saved, each on its field; an empty list when it can. */
async function classProblems(db: Db, draft: ClassDraftInput, exceptId?: number): Promise<FieldError[]> {
  if (!(await db('schools').where({ id: draft.schoolId }).first('id'))) return [{ path: 'schoolId', issue: 'not_found' }];
  const problems: FieldError[] = [];
  if ((await classNameKeys(db, draft.schoolId, draft.schoolYear, exceptId)).has(foldedKey(draft.name))) {
    problems.push({ path: 'name', issue: 'duplicate' });
  }
  const teacherIds = [...new Set(draft.teacherIds)];
  if (teacherIds.length > 0) {
    const contacts: { id: number; school_id: number | null }[] = await db('contacts').whereIn('id', teacherIds).select('id', 'school_id');
    if (contacts.length < teacherIds.length) problems.push({ path: 'teacherIds', issue: 'not_found' });
    else if (contacts.some((contact) => contact.school_id !== draft.schoolId)) problems.push({ path: 'teacherIds', issue: 'not_of_school' });
  }
  return problems;
}

/** The columns of a class as written; shared with the import. */
export function classColumns(draft: Omit<ClassDraftInput, 'teacherIds'>, now: string): Record<string, string | number> {
  return {
    school_id: draft.schoolId,
    school_year: draft.schoolYear,
    name: draft.name,
    grade: draft.grade,
    pupil_count: draft.pupilCount,
    updated_at: now,
  };
}

async function replaceTeachers(db: Db, classId: number, teacherIds: readonly number[]): Promise<void> {
  await db('class_teachers').where({ class_id: classId }).delete();
  const unique = [...new Set(teacherIds)];
  if (unique.length > 0) await db('class_teachers').insert(unique.map((contactId) => ({ class_id: classId, contact_id: contactId })));
}

export async function createClass({ db, now }: ServiceContext, draft: ClassDraftInput): Promise<SchoolClass> {
  const problems = await classProblems(db, draft);
  if (problems.length > 0) throw fieldErrors(problems);
  const at = now.toISOString();
  const id = await insertReturningId(db, 'school_classes', { ...classColumns(draft, at), created_at: at });
  await replaceTeachers(db, id, draft.teacherIds);
  return getClass(db, id);
}

async function eventCount(db: Db, classId: number): Promise<number> {
  return countValue(await db('event_classes').where({ class_id: classId }).count({ n: '*' }).first());
}

export async function updateClass({ db, now }: ServiceContext, input: ClassDraftInput & { id: number }): Promise<SchoolClass> {
  const before: { school_id: number } | undefined = await db('school_classes').where({ id: input.id }).first('school_id');
  if (!before) throw notFound('class');
  // Events name the class with its school: moving it to another school would contradict them.
  if (before.school_id !== input.schoolId) {
    const count = await eventCount(db, input.id);
    if (count > 0) throw conflict('classHasEvents', { count });
  }
  const problems = await classProblems(db, input, input.id);
  if (problems.length > 0) throw fieldErrors(problems);
  await db('school_classes').where({ id: input.id }).update(classColumns(input, now.toISOString()));
  await replaceTeachers(db, input.id, input.teacherIds);
  return getClass(db, input.id);
}

/** Refused while events name the class: its attendance belongs to the programme's history. */
export async function deleteClass(db: Db, id: number): Promise<void> {
  if (!(await db('school_classes').where({ id }).first('id'))) throw notFound('class');
  const count = await eventCount(db, id);
  if (count > 0) throw conflict('classHasEvents', { count });
  // A class taken out of an event keeps the questionnaires it answered there.
  const questionnaires = countValue(await db('questionnaire_administrations').where({ class_id: id }).count({ n: '*' }).first());
  if (questionnaires > 0) throw conflict('classHasQuestionnaires', { count: questionnaires });
  await db('school_classes').where({ id }).delete();
}
