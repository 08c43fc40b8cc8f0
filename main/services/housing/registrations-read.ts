import type { Db } from '../../db/connection';
import { notFound } from '../../errors';
import { readHousingDeadlines } from './settings';
import { recordHousingAudit } from './access-log';
import type { ServiceContext } from '../context';
import { registrationContext } from './registration-cipher';
import type { ParsedInputOf } from '../../../shared/api/contract';
import {
  registrationTasks,
  type DatedTask,
  type HousingDeadlineSettings,
  type RegistrationForDeadlines,
} from '../../../shared/domain/housing/deadlines';
import { proposesRegistrationEnd, type RegistrationKind, type RegistrationStatus } from '../../../shared/domain/housing/registrations';
import type { HousingRegistration, RegistrationSummary, RegistrationTask } from '../../../shared/domain/housing/registrations-api';

/**
 * Reading address registrations (issue 6, point 5). Summaries, tasks and end proposals decrypt nothing: they
 * carry ids, codes and dates only. The full record decrypts the commune's reference and the notes, and that
 * read is written to housing_audit_log as a 'view' of the person (ids only). Deadlines are never stored: they
 * are computed here from the dates and the settings in force (main/services/housing/settings.ts).
 */

export type RegistrationFilters = ParsedInputOf<'registrations', 'list'>;

export interface RegistrationRow {
  id: number;
  kind: RegistrationKind;
  status: RegistrationStatus;
  person_id: number | null;
  person_code: string | null;
  household_id: number | null;
  household_code: string | null;
  unit_id: number | null;
  unit_code: string | null;
  request_date: string | null;
  decision_date: string | null;
  start_date: string | null;
  end_date: string | null;
  commune_reference_enc: string;
  notes_enc: string;
  forward_received_date: string | null;
  forwarded_date: string | null;
  move_date: string | null;
  move_declared_date: string | null;
  police_check_date: string | null;
  not_found_since: string | null;
  absence_resolved_date: string | null;
  created_at: string;
  updated_at: string;
}

/** A registration without its encrypted columns: what summaries and tasks read (they decrypt nothing). */
type PlainRegistrationRow = Omit<RegistrationRow, 'commune_reference_enc' | 'notes_enc'>;

/** The registration's plain columns: summaries and tasks read every row, and need no envelope. */
const PLAIN_COLUMNS = [
  'r.id',
  'r.kind',
  'r.status',
  'r.person_id',
  'r.unit_id',
  'r.request_date',
  'r.decision_date',
  'r.start_date',
  'r.end_date',
  'r.forward_received_date',
  'r.forwarded_date',
  'r.move_date',
  'r.move_declared_date',
  'r.police_check_date',
  'r.not_found_since',
  'r.absence_resolved_date',
  'r.created_at',
  'r.updated_at',
] as const;

function withCodes(db: Db) {
  return db('housing_registrations as r')
    .leftJoin('housing_people as p', 'p.id', 'r.person_id')
    .leftJoin('housing_households as h', 'h.id', 'p.household_id')
    .leftJoin('housing_units as u', 'u.id', 'r.unit_id');
}

const CODE_COLUMNS = ['p.code as person_code', 'p.household_id as household_id', 'h.code as household_code', 'u.code as unit_code'] as const;

/** Every column of the registration, with its person's, household's and unit's codes (null once erased). */
function registrationQuery(db: Db) {
  return withCodes(db).select('r.*', ...CODE_COLUMNS);
}

/**
 * The same without the encrypted columns, for the lists (issue 19): at 20,000 registrations, reading two
 * envelopes per row that nothing decrypts doubled the bytes read and the garbage collected.
 */
function plainRegistrationQuery(db: Db) {
  return withCodes(db).select(...PLAIN_COLUMNS, ...CODE_COLUMNS);
}

/** Beyond this many registrations, every contact is read in one query rather than by slices of ids. */
const ALL_CONTACTS_FROM = 2_000;

/** Contact days of these registrations, oldest first. */
async function contactDatesOf(db: Db, ids: readonly number[]): Promise<Map<number, string[]>> {
  const byRegistration = new Map<number, string[]>(ids.map((id) => [id, []]));
  if (ids.length >= ALL_CONTACTS_FROM) {
    // The whole list (or most of it): one pass over the table beats forty `IN (…500 ids)` queries.
    const rows = (await db('housing_registration_contacts').orderBy(['registration_id', 'contact_date']).select('registration_id', 'contact_date')) as {
      registration_id: number;
      contact_date: string;
    }[];
    for (const row of rows) byRegistration.get(row.registration_id)?.push(row.contact_date);
    return byRegistration;
  }
  // SQLite allows 999 bound variables per statement: ask in slices.
  for (let start = 0; start < ids.length; start += 500) {
    const rows = (await db('housing_registration_contacts')
      .whereIn('registration_id', ids.slice(start, start + 500))
      .orderBy('contact_date')
      .select('registration_id', 'contact_date')) as { registration_id: number; contact_date: string }[];
    for (const row of rows) byRegistration.get(row.registration_id)?.push(row.contact_date);
  }
  return byRegistration;
}

function forDeadlines(row: PlainRegistrationRow, contactDates: readonly string[]): RegistrationForDeadlines {
  return {
    kind: row.kind,
    status: row.status,
    requestDate: row.request_date,
    startDate: row.start_date,
    endDate: row.end_date,
    forwarding: row.forward_received_date === null ? null : { receivedDate: row.forward_received_date, forwardedDate: row.forwarded_date },
    contactDates,
    move: row.move_date === null ? null : { date: row.move_date, declaredDate: row.move_declared_date },
    policeCheckDate: row.police_check_date,
    absence: row.not_found_since === null ? null : { notFoundSince: row.not_found_since, resolvedDate: row.absence_resolved_date },
  };
}

function toSummary(row: PlainRegistrationRow, contactDates: readonly string[], tasks: readonly DatedTask[]): RegistrationSummary {
  const nextContact = tasks.find((task) => task.kind === 'cpas_contact' && task.status !== 'done');
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    personId: row.person_id,
    personCode: row.person_code,
    householdId: row.household_id,
    householdCode: row.household_code,
    unitId: row.unit_id,
    unitCode: row.unit_code,
    requestDate: row.request_date,
    decisionDate: row.decision_date,
    startDate: row.start_date,
    endDate: row.end_date,
    lastContactDate: contactDates.at(-1) ?? null,
    nextContactDue: nextContact?.dueDate ?? null,
    openTasks: tasks.filter((task) => task.status !== 'done'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function summaries(ctx: Pick<ServiceContext, 'db' | 'today'>, rows: PlainRegistrationRow[]): Promise<RegistrationSummary[]> {
  const settings = await readHousingDeadlines(ctx.db);
  const contacts = await contactDatesOf(ctx.db, rows.map((row) => row.id));
  return rows.map((row) => {
    const dates = contacts.get(row.id) ?? [];
    return toSummary(row, dates, registrationTasks(forDeadlines(row, dates), settings, ctx.today));
  });
}

/**
 * Summaries, newest first: the whole selection. The list screen reads every registration once and searches it
 * on the screen (issue 19): a cap would hide the older ones from its search and its count. `search` matches the
 * person's or the household's code.
 */
export async function listRegistrations(ctx: Pick<ServiceContext, 'db' | 'today'>, filters: RegistrationFilters): Promise<RegistrationSummary[]> {
  const query = plainRegistrationQuery(ctx.db).orderBy([{ column: 'r.id', order: 'desc' }]);
  if (filters.kind) query.where('r.kind', filters.kind);
  if (filters.status) query.where('r.status', filters.status);
  if (filters.personId !== undefined) query.where('r.person_id', filters.personId);
  if (filters.householdId !== undefined) query.where('p.household_id', filters.householdId);
  if (filters.unitId !== undefined) query.where('r.unit_id', filters.unitId);
  // Codes hold capitals, digits and a dash only: anything else (and LIKE's wildcards) is dropped.
  const search = (filters.search ?? '').toUpperCase().replace(/[^A-Z0-9-]/g, '');
  if (search) query.where((where) => where.where('p.code', 'like', `%${search}%`).orWhere('h.code', 'like', `%${search}%`));
  return summaries(ctx, (await query) as PlainRegistrationRow[]);
}

function byDueDate(a: RegistrationTask, b: RegistrationTask): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return a.registrationId - b.registrationId;
}

/**
 * Every registration's tasks, by due date (then registration): open ones only unless `includeDone`; `until`
 * keeps those due on or before that day (overdue ones included). The home screen and the housing report call
 * this; it decrypts nothing.
 */
export async function registrationTasksFor(
  ctx: Pick<ServiceContext, 'db' | 'today'>,
  options: { until?: string; includeDone?: boolean } = {},
): Promise<RegistrationTask[]> {
  const settings: HousingDeadlineSettings = await readHousingDeadlines(ctx.db);
  const rows = (await plainRegistrationQuery(ctx.db).orderBy('r.id')) as PlainRegistrationRow[];
  const contacts = await contactDatesOf(ctx.db, rows.map((row) => row.id));
  const tasks: RegistrationTask[] = [];
  for (const row of rows) {
    for (const task of registrationTasks(forDeadlines(row, contacts.get(row.id) ?? []), settings, ctx.today)) {
      if (!options.includeDone && task.status === 'done') continue;
      if (options.until !== undefined && task.dueDate > options.until) continue;
      tasks.push({ ...task, registrationId: row.id, registrationKind: row.kind, personCode: row.person_code });
    }
  }
  return tasks.sort(byDueDate);
}

/** The registrations an ended placement proposes to end: see proposesRegistrationEnd, people of its household. */
export async function registrationEndProposals(ctx: Pick<ServiceContext, 'db' | 'today'>, placementId: number): Promise<RegistrationSummary[]> {
  const placement = (await ctx.db('housing_placements').where({ id: placementId }).first('unit_id', 'household_id')) as
    | { unit_id: number; household_id: number }
    | undefined;
  if (!placement) throw notFound('placement');
  const rows = (await plainRegistrationQuery(ctx.db)
    .where('r.unit_id', placement.unit_id)
    .where('p.household_id', placement.household_id)
    .orderBy('r.id')) as PlainRegistrationRow[];
  const proposed = rows.filter((row) =>
    proposesRegistrationEnd({ kind: row.kind, status: row.status, unitId: row.unit_id, endDate: row.end_date }, placement.unit_id),
  );
  return summaries(ctx, proposed);
}

export async function readRegistrationRow(db: Db, id: number): Promise<RegistrationRow> {
  const row = (await registrationQuery(db).where('r.id', id).first()) as RegistrationRow | undefined;
  if (!row) throw notFound('registration');
  return row;
}

/** The full record, decrypted. Not audited here: `viewRegistration` audits a read, writes audit their change. */
export async function registrationRecord(ctx: ServiceContext, id: number): Promise<HousingRegistration> {
  const { db, cipher } = ctx;
  const row = await readRegistrationRow(db, id);
  const contactDates = (await contactDatesOf(db, [id])).get(id) ?? [];
  const tasks = registrationTasks(forDeadlines(row, contactDates), await readHousingDeadlines(db), ctx.today);
  const deadlines = forDeadlines(row, contactDates);
  return {
    ...toSummary(row, contactDates, tasks),
    communeReference: cipher.decrypt(row.commune_reference_enc, registrationContext('commune_reference_enc', id)),
    notes: cipher.decrypt(row.notes_enc, registrationContext('notes_enc', id)),
    forwarding: deadlines.forwarding,
    move: deadlines.move,
    policeCheckDate: row.police_check_date,
    absence: deadlines.absence,
    contactDates,
    tasks,
  };
}

/** One registration, decrypted; a 'view' of its person goes to the housing audit log (none once erased). */
export async function viewRegistration(ctx: ServiceContext, id: number): Promise<HousingRegistration> {
  const record = await registrationRecord(ctx, id);
  if (record.personId !== null) await recordHousingAudit(ctx, 'view', 'person', record.personId);
  return record;
}
