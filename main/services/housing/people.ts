import { randomInt } from 'node:crypto';
import type { Db } from '../../db/connection';
import type { FieldCipher } from '../../crypto/field-cipher';
import { notFound } from '../../errors';
import { blankRegistrationsOf } from './registration-cipher';
import { blankPrivateNotesOfHousehold } from './private-notes-erasure';
import { recordHousingAudit } from './access-log';
import type { ServiceContext } from '../context';
import { recordErasure } from '../privacy/erasures';
import type { ErasureReason } from '../../../shared/domain/privacy/erasures';
import { insertReturningId } from '../../db/query-toolkit';
import type { ParsedInputOf } from '../../../shared/api/contract';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  HOUSEHOLD_CODE_PREFIX,
  PERSON_CODE_PREFIX,
  isResidenceStatus,
  type HousingHousehold,
  type HousingHouseholdSummary,
  type HousingPerson,
  type HousingPersonCode,
} from '../../../shared/domain/housing/people';

/**
 * People and households of solidarity housing (issue 6, point 3). Names, contact, notes and residence status
 * go through the field cipher, bound to their column and the row's code (`housing_people.<column>:<code>`),
 * so a value copied to another row or column does not decrypt. "Not given" is the encryption of '' (emptiness
 * does not show). Every read of a person and every change writes housing_audit_log (ids only, access-log.ts)
 * with the same transaction as the call. Nothing here logs, and no error carries a value.
 */

export type PersonDraft = Omit<ParsedInputOf<'housing', 'addPerson'>, 'householdId'>;
export type HouseholdDraft = ParsedInputOf<'housing', 'createHousehold'>;

const LIST_LIMIT = 200;
type PersonColumn = 'first_name_enc' | 'last_name_enc' | 'residence_status_enc' | 'contact_enc';

/** A housing_people row as stored (its values encrypted). */
export interface PersonRow {
  id: number;
  code: string;
  household_id: number;
  first_name_enc: string;
  last_name_enc: string;
  residence_status_enc: string;
  contact_enc: string;
  birth_year: number | null;
  languages: string;
  created_at: string;
  updated_at: string;
}

/** A row of `housing_households` as stored (the notes sealed); the data export reads it too. */
export interface HouseholdTableRow {
  id: number;
  code: string;
  size: number;
  notes_enc: string;
  notice_given_at: string | null;
  notice_language: string | null;
  created_at: string;
  updated_at: string;
}

/** A household with its number of people, as the lists read it. */
interface HouseholdRow extends HouseholdTableRow {
  person_count: number | string;
}

export function personContext(column: PersonColumn, code: string): string {
  return `housing_people.${column}:${code}`;
}

export function householdNotesContext(code: string): string {
  return `housing_households.notes_enc:${code}`;
}

/** A fresh code not yet in `table`: 31^4 ≈ 920,000 codes, so a clash is rare and simply drawn again. */
async function newCode(db: Db, table: 'housing_households' | 'housing_people', prefix: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    let body = '';
    for (let index = 0; index < CODE_LENGTH; index += 1) body += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    const code = `${prefix}-${body}`;
    if (!(await db(table).where({ code }).first('id'))) return code;
  }
  throw new Error('no free housing code after 20 attempts');
}

function personColumns(cipher: FieldCipher, code: string, draft: PersonDraft) {
  return {
    first_name_enc: cipher.encrypt(draft.firstName, personContext('first_name_enc', code)),
    last_name_enc: cipher.encrypt(draft.lastName, personContext('last_name_enc', code)),
    residence_status_enc: cipher.encrypt(draft.residenceStatus ?? '', personContext('residence_status_enc', code)),
    contact_enc: cipher.encrypt(draft.contact, personContext('contact_enc', code)),
    birth_year: draft.birthYear,
    languages: JSON.stringify(draft.languages),
  };
}

/** A person's row decrypted: the one place that opens a person's fields (the sheet, the data export). */
export function toPerson(cipher: FieldCipher, row: PersonRow): HousingPerson {
  const status = cipher.decrypt(row.residence_status_enc, personContext('residence_status_enc', row.code));
  return {
    id: row.id,
    code: row.code,
    householdId: row.household_id,
    firstName: cipher.decrypt(row.first_name_enc, personContext('first_name_enc', row.code)),
    lastName: cipher.decrypt(row.last_name_enc, personContext('last_name_enc', row.code)),
    // Anything but a listed status (which only a tampered file could hold) reads as not given.
    residenceStatus: isResidenceStatus(status) ? status : null,
    birthYear: row.birth_year,
    contact: cipher.decrypt(row.contact_enc, personContext('contact_enc', row.code)),
    languages: JSON.parse(row.languages) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function householdQuery(db: Db) {
  return db('housing_households as h').select(
    'h.*',
    db('housing_people as p').whereRaw('p.household_id = h.id').count('*').as('person_count'),
  );
}

function toSummary(row: HouseholdRow): HousingHouseholdSummary {
  return {
    id: row.id,
    code: row.code,
    size: row.size,
    personCount: Number(row.person_count),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** By code only (names are encrypted: the database cannot search them). Newest first, capped. */
export async function listHouseholds(db: Db, options: { search?: string }): Promise<HousingHouseholdSummary[]> {
  const query = householdQuery(db).orderBy([{ column: 'h.id', order: 'desc' }]).limit(LIST_LIMIT);
  // Codes hold capitals, digits and a dash only: anything else (and LIKE's wildcards) is dropped.
  const search = (options.search ?? '').toUpperCase().replace(/[^A-Z0-9-]/g, '');
  if (search) query.where('h.code', 'like', `%${search}%`);
  return ((await query) as HouseholdRow[]).map(toSummary);
}

/** A household's people by code and birth year (clear columns only): nothing decrypted, so nothing audited. */
export async function listPersonCodes(db: Db, householdId: number): Promise<HousingPersonCode[]> {
  if (!(await db('housing_households').where({ id: householdId }).first('id'))) throw notFound('household');
  const rows: { id: number; code: string; birth_year: number | null }[] = await db('housing_people')
    .where({ household_id: householdId })
    .orderBy('id')
    .select('id', 'code', 'birth_year');
  return rows.map((row) => ({ id: row.id, code: row.code, birthYear: row.birth_year }));
}

/** The household and its people, decrypted; the audit log gets a 'view' of the household and of each person first. */
export async function viewHousehold(ctx: ServiceContext, id: number): Promise<HousingHousehold> {
  const row = (await householdQuery(ctx.db).where('h.id', id).first()) as HouseholdRow | undefined;
  if (!row) throw notFound('household');
  const people = (await ctx.db('housing_people').where({ household_id: id }).orderBy('id')) as PersonRow[];
  await recordHousingAudit(ctx, 'view', 'household', id);
  for (const person of people) await recordHousingAudit(ctx, 'view', 'person', person.id);
  return {
    ...toSummary(row),
    notes: ctx.cipher.decrypt(row.notes_enc, householdNotesContext(row.code)),
    people: people.map((person) => toPerson(ctx.cipher, person)),
    noticeGivenAt: row.notice_given_at,
    noticeLanguage: row.notice_language,
  };
}

async function insertPerson(ctx: ServiceContext, householdId: number, draft: PersonDraft): Promise<HousingPerson> {
  const code = await newCode(ctx.db, 'housing_people', PERSON_CODE_PREFIX);
  const now = ctx.now.toISOString();
  const id = await insertReturningId(ctx.db, 'housing_people', {
    code,
    household_id: householdId,
    ...personColumns(ctx.cipher, code, draft),
    created_at: now,
    updated_at: now,
  });
  await recordHousingAudit(ctx, 'create', 'person', id);
  return personResult(ctx, id);
}

/** The person as just written (the caller typed these values: audited as the create or update, not as a view). */
async function personResult(ctx: ServiceContext, id: number): Promise<HousingPerson> {
  const row = (await ctx.db('housing_people').where({ id }).first()) as PersonRow | undefined;
  if (!row) throw notFound('person');
  return toPerson(ctx.cipher, row);
}

export async function createHousehold(ctx: ServiceContext, draft: HouseholdDraft): Promise<HousingHousehold> {
  const code = await newCode(ctx.db, 'housing_households', HOUSEHOLD_CODE_PREFIX);
  const now = ctx.now.toISOString();
  const id = await insertReturningId(ctx.db, 'housing_households', {
    code,
    size: draft.size,
    notes_enc: ctx.cipher.encrypt(draft.notes, householdNotesContext(code)),
    created_at: now,
    updated_at: now,
  });
  await recordHousingAudit(ctx, 'create', 'household', id);
  const people: HousingPerson[] = [];
  for (const person of draft.people) people.push(await insertPerson(ctx, id, person));
  return { id, code, size: draft.size, personCount: people.length, createdAt: now, updatedAt: now, notes: draft.notes, people, noticeGivenAt: null, noticeLanguage: null };
}

export async function addPerson(ctx: ServiceContext, householdId: number, draft: PersonDraft): Promise<HousingPerson> {
  if (!(await ctx.db('housing_households').where({ id: householdId }).first('id'))) throw notFound('household');
  const person = await insertPerson(ctx, householdId, draft);
  await ctx.db('housing_households').where({ id: householdId }).update({ updated_at: ctx.now.toISOString() });
  return person;
}

export async function updatePerson(ctx: ServiceContext, id: number, draft: PersonDraft): Promise<HousingPerson> {
  const row = (await ctx.db('housing_people').where({ id }).first('code')) as { code: string } | undefined;
  if (!row) throw notFound('person');
  await ctx.db('housing_people')
    .where({ id })
    .update({ ...personColumns(ctx.cipher, row.code, draft), updated_at: ctx.now.toISOString() });
  await recordHousingAudit(ctx, 'update', 'person', id);
  return personResult(ctx, id);
}

/**
 * Erasure that removes the bytes: the row goes, with every ciphertext of the person, and secure_delete (ON
 * for every connection) zeroes the freed space. The audit log keeps the id and the fact, never a value.
 *
 * The household's free text (its notes, its placements' notes, the accompaniment of the bail glissant it
 * occupied) is about all its people. It is blanked when the erased person was the household's last recorded
 * person: nobody is left whom it could serve. While others remain it stays, since it concerns them too; a
 * worker edits a placement's or a lease's text to remove what concerned the erased person alone.
 */
export async function erasePerson(ctx: ServiceContext, id: number, reason: ErasureReason = 'request', runId: number | null = null): Promise<void> {
  const row = (await ctx.db('housing_people').where({ id }).first('household_id', 'created_at')) as
    | { household_id: number; created_at: string }
    | undefined;
  if (!row) throw notFound('person');
  await recordErasure(ctx, { kind: 'person', recordId: id, recordCreatedAt: row.created_at, reason, runId });
  // Their address registrations stay, anonymous (person_id becomes NULL by the foreign key), blanked first.
  await blankRegistrationsOf(ctx, id);
  await ctx.db('housing_people').where({ id }).delete();
  const household = (await ctx.db('housing_households').where({ id: row.household_id }).first('code')) as { code: string };
  const changes: Record<string, string> = { updated_at: ctx.now.toISOString() };
  if (!(await ctx.db('housing_people').where({ household_id: row.household_id }).first('id'))) {
    changes.notes_enc = ctx.cipher.encrypt('', householdNotesContext(household.code));
    await blankPrivateNotesOfHousehold(ctx, row.household_id);
  }
  await ctx.db('housing_households').where({ id: row.household_id }).update(changes);
  await recordHousingAudit(ctx, 'erase', 'person', id);
}
