import type { Knex } from 'knex';
import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { fieldErrors, notFound } from '../../errors';
import { insertReturningId, orderPage, pageOf, whereInChunks, whereSearch, type PageRequest, type SortColumn } from '../../db/query-toolkit';
import type { FieldError } from '../../../shared/api/result';
import type { Contact, ContactKind, Page } from '../../../shared/domain/directory';

interface ContactRow {
  id: number;
  school_id: number | null;
  school_name: string | null;
  kind: ContactKind;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  user_id: number | null;
  notes: string;
}

export interface ContactFilter {
  schoolId?: number;
  kinds?: readonly ContactKind[];
  search?: string;
}

export type ContactSort = 'lastName' | 'schoolName' | 'kind';

export type ContactDraft = Omit<Contact, 'id' | 'schoolName'>;

function filteredContacts(db: Db, filter: ContactFilter): Knex.QueryBuilder {
  const query = db('contacts')
    .leftJoin('schools', 'schools.id', 'contacts.school_id')
    .select(
      'contacts.id',
      'contacts.school_id',
      'schools.name as school_name',
      'contacts.kind',
      'contacts.first_name',
      'contacts.last_name',
      'contacts.email',
      'contacts.phone',
      'contacts.user_id',
      'contacts.notes',
    );
  if (filter.schoolId !== undefined) query.where('contacts.school_id', filter.schoolId);
  if (filter.kinds?.length) query.whereIn('contacts.kind', filter.kinds);
  whereSearch(query, { text: ['contacts.first_name', 'contacts.last_name', 'contacts.email'] }, filter.search);
  return query;
}

function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    schoolId: row.school_id,
    schoolName: row.school_name,
    kind: row.kind,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    userId: row.user_id,
    notes: row.notes,
  };
}

const BY_NAME: SortColumn[] = [{ lower: 'contacts.last_name' }, { lower: 'contacts.first_name' }];
const SORT_COLUMNS: Record<ContactSort, SortColumn[]> = {
  lastName: BY_NAME,
  schoolName: ['schools.name_key', ...BY_NAME],
  kind: ['contacts.kind', ...BY_NAME],
};

export async function listContacts(db: Db, input: ContactFilter & PageRequest & { sortBy?: ContactSort }): Promise<Page<Contact>> {
  const query = filteredContacts(db, input);
  orderPage(query, SORT_COLUMNS[input.sortBy ?? 'lastName'], 'contacts.id', input.sortDirection);
  const page = await pageOf<ContactRow>(query, input);
  return { rows: page.rows.map(toContact), total: page.total };
}

/** Every contact matching the filter, by last and first name: for the CSV export. */
export async function allContacts(db: Db, filter: ContactFilter): Promise<Contact[]> {
  const query = filteredContacts(db, filter);
  orderPage(query, BY_NAME, 'contacts.id');
  const rows: ContactRow[] = await query;
  return rows.map(toContact);
}

async function getContact(db: Db, id: number): Promise<Contact> {
  const [row] = await filteredContacts(db, {}).where('contacts.id', id);
  if (!row) throw notFound('contact');
  return toContact(row);
}

async function userIsTeacher(db: Db, userId: number): Promise<'missing' | 'notTeacher' | 'teacher'> {
  if (!(await db('users').where({ id: userId }).first('id'))) return 'missing';
  return (await db('user_roles').where({ user_id: userId, role: 'teacher' }).first('user_id')) ? 'teacher' : 'notTeacher';
}

/** Every reason the draft cannot be saved, each on its field. */
async function contactProblems(db: Db, draft: ContactDraft, exceptId?: number): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  if (draft.schoolId !== null && !(await db('schools').where({ id: draft.schoolId }).first('id'))) {
    problems.push({ path: 'schoolId', issue: 'not_found' });
  }
  if (draft.userId !== null) {
    const account = await userIsTeacher(db, draft.userId);
    if (account === 'missing') problems.push({ path: 'userId', issue: 'not_found' });
    // The link gives this account the contact's classes in the calendar: only a teacher account may have it.
    else if (account === 'notTeacher') problems.push({ path: 'userId', issue: 'invalid_value' });
    else {
      const other = db('contacts').where({ user_id: draft.userId });
      if (exceptId !== undefined) other.whereNot('id', exceptId);
      if (await other.first('id')) problems.push({ path: 'userId', issue: 'taken' });
    }
  }
  return problems;
}

function contactColumns(draft: ContactDraft, now: string): Record<string, string | number | null> {
  return {
    school_id: draft.schoolId,
    kind: draft.kind,
    first_name: draft.firstName,
    last_name: draft.lastName,
    email: draft.email,
    phone: draft.phone,
    user_id: draft.userId,
    notes: draft.notes,
    updated_at: now,
  };
}

export async function createContact({ db, now }: ServiceContext, draft: ContactDraft): Promise<Contact> {
  const problems = await contactProblems(db, draft);
  if (problems.length > 0) throw fieldErrors(problems);
  const at = now.toISOString();
  const id = await insertReturningId(db, 'contacts', { ...contactColumns(draft, at), created_at: at });
  return getContact(db, id);
}

export async function updateContact({ db, now }: ServiceContext, input: ContactDraft & { id: number }): Promise<Contact> {
  if (!(await db('contacts').where({ id: input.id }).first('id'))) throw notFound('contact');
  const problems = await contactProblems(db, input, input.id);
  if (problems.length > 0) throw fieldErrors(problems);
  await db('contacts').where({ id: input.id }).update(contactColumns(input, now.toISOString()));
  // A teacher who moves to another school no longer teaches the classes of the former one.
  const otherSchoolsClasses = db('school_classes').select('id');
  if (input.schoolId !== null) otherSchoolsClasses.whereNot('school_id', input.schoolId);
  await db('class_teachers').where({ contact_id: input.id }).whereIn('class_id', otherSchoolsClasses).delete();
  return getContact(db, input.id);
}

/** Contacts go freely: their class links go with them, events never name them. */
export async function deleteContact(db: Db, id: number): Promise<void> {
  const deleted = await db('contacts').where({ id }).delete();
  if (deleted === 0) throw notFound('contact');
}

/** Active accounts holding the teacher role, with the contact each is linked to: nothing else about them. */
export async function listTeacherAccounts(db: Db): Promise<{ id: number; displayName: string; contactId: number | null }[]> {
  const rows: { id: number; display_name: string; contact_id: number | null }[] = await db('users')
    .join('user_roles', 'user_roles.user_id', 'users.id')
    .leftJoin('contacts', 'contacts.user_id', 'users.id')
    .where({ 'users.active': true, 'user_roles.role': 'teacher' })
    .orderBy('users.display_name')
    .orderBy('users.id')
    .select('users.id', 'users.display_name', 'contacts.id as contact_id');
  return rows.map((row) => ({ id: row.id, displayName: row.display_name, contactId: row.contact_id }));
}

/** "Prénom Nom" of each contact, for exports that list a class's teachers. */
export async function contactNames(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await whereInChunks<{ id: number; first_name: string; last_name: string }>(ids, async (chunk) =>
    db('contacts').whereIn('id', chunk).select('id', 'first_name', 'last_name'),
  );
  return new Map(rows.map((row) => [row.id, `${row.first_name} ${row.last_name}`]));
}
