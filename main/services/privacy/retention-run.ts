import { serialiseRule } from '../../db/rule-lock';
import { belgianDate } from '../../clock';
import { createHash } from 'node:crypto';
import { isPostgres, type Db } from '../../db/connection';
import { conflict } from '../../errors';
import { insertReturningId } from '../../db/query-toolkit';
import type { ServiceContext } from '../context';
import { erasePerson } from '../housing/people';
import { eraseContact } from './erase-contact';
import { readRetentionRules } from './retention-rules';
import { parseSchoolYearLabel, schoolYearStarting } from '../../../shared/domain/school-year';
import {
  RETENTION_RUN_KINDS,
  retentionCutoff,
  type RetentionCandidate,
  type RetentionPreview,
  type RetentionRunKind,
  type RetentionRunSummary,
  type RetentionStatus,
} from '../../../shared/domain/privacy/retention';

/**
 * Retention runs (issue 20): which records are past their term on a given day, and their erasure.
 *
 * A record is past its term when its last activity ended strictly before the cutoff (today minus the term in
 * years) and nothing of it is still open. Dates are compared as "YYYY-MM-DD" strings; every read is a plain
 * select, so SQLite and PostgreSQL give the same answer.
 */

interface PastTerm {
  candidates: (RetentionCandidate & { personIds: number[] })[];
}

/** A stored instant's day in Liège (a creation at 00:30 in Liège is the day before in UTC); a date stays as it is. */
const day = (value: string): string => (value.length > 10 ? belgianDate(new Date(value)) : value);

function later(a: string, b: string | null | undefined): string {
  return b !== null && b !== undefined && b > a ? b : a;
}

/**
 * Households past the housing term: at least one person left to erase, no open stay (no actual end), no
 * registration requested or active, no waiting-list entry still waiting, and the latest of their stays' ends,
 * registrations' dates and waiting-list closures before the cutoff. The term counts from the help, not from the
 * typing: a stay of 2018 entered today counts from 2018. A household with no dated activity at all counts from
 * its creation.
 */
async function householdsPastTerm(db: Db, cutoff: string): Promise<PastTerm> {
  const households: { id: number; code: string; created_at: string }[] = await db('housing_households')
    .select('id', 'code', 'created_at')
    .orderBy('code');
  const people: { id: number; household_id: number }[] = await db('housing_people').select('id', 'household_id').orderBy('id');
  const stays: { household_id: number; actual_end: string | null }[] = await db('housing_placements').select('household_id', 'actual_end');
  const registrations: {
    household_id: number;
    status: string;
    request_date: string | null;
    decision_date: string | null;
    start_date: string | null;
    end_date: string | null;
    created_at: string;
  }[] = await db('housing_registrations as r')
    .join('housing_people as p', 'p.id', 'r.person_id')
    .select('p.household_id', 'r.status', 'r.request_date', 'r.decision_date', 'r.start_date', 'r.end_date', 'r.created_at');
  const waiting: { household_id: number; status: string; closed_date: string | null; updated_at: string }[] = await db(
    'housing_waitlist',
  ).select('household_id', 'status', 'closed_date', 'updated_at');

  const open = new Set<number>();
  const last = new Map<number, string>();
  const note = (householdId: number, date: string | null) => {
    last.set(householdId, later(last.get(householdId) ?? '', date));
  };
  for (const stay of stays) {
    if (stay.actual_end === null) open.add(stay.household_id);
    else note(stay.household_id, stay.actual_end);
  }
  for (const registration of registrations) {
    if (registration.status === 'requested' || registration.status === 'active') open.add(registration.household_id);
    const dates = [registration.request_date, registration.decision_date, registration.start_date, registration.end_date];
    // A registration without any date counts from its creation.
    if (dates.every((date) => date === null)) note(registration.household_id, day(registration.created_at));
    for (const date of dates) note(registration.household_id, date);
  }
  for (const entry of waiting) {
    if (entry.status === 'waiting') open.add(entry.household_id);
    else note(entry.household_id, entry.closed_date ?? day(entry.updated_at));
  }
  const peopleOf = new Map<number, number[]>();
  for (const person of people) peopleOf.set(person.household_id, [...(peopleOf.get(person.household_id) ?? []), person.id]);

  const candidates: PastTerm['candidates'] = [];
  for (const household of households) {
    const personIds = peopleOf.get(household.id) ?? [];
    const lastActivity = last.get(household.id) ?? day(household.created_at);
    if (personIds.length === 0 || open.has(household.id) || !(lastActivity < cutoff)) continue;
    candidates.push({ id: household.id, label: household.code, lastActivity, people: personIds.length, personIds });
  }
  return { candidates };
}

/**
 * Contacts past the directory term: not linked to a user account, not already erased, and the latest of their
 * record's last change, their classes' events and school years, and the loans they were the contact of before
 * the cutoff.
 */
async function contactsPastTerm(db: Db, cutoff: string): Promise<PastTerm> {
  const contacts: { id: number; first_name: string; last_name: string; created_at: string; updated_at: string }[] = await db('contacts')
    .whereNull('user_id')
    .whereNotExists(
      db('erasures')
        .where('erasures.kind', 'contact')
        .whereRaw('erasures.record_id = contacts.id')
        .whereRaw('erasures.record_created_at = contacts.created_at')
        .select('erasures.id'),
    )
    .select('id', 'first_name', 'last_name', 'created_at', 'updated_at')
    .orderBy(['last_name', 'first_name', 'id']);
  const events: { contact_id: number; ends_at: string }[] = await db('class_teachers as t')
    .join('event_classes as ec', 'ec.class_id', 't.class_id')
    .join('events as e', 'e.id', 'ec.event_id')
    .select('t.contact_id', 'e.ends_at');
  const classes: { contact_id: number; school_year: string }[] = await db('class_teachers as t')
    .join('school_classes as c', 'c.id', 't.class_id')
    .select('t.contact_id', 'c.school_year');
  const loans: { contact_id: number; pickup_date: string }[] = await db('loans').whereNotNull('contact_id').select('contact_id', 'pickup_date');

  const last = new Map<number, string>();
  const note = (contactId: number, date: string | null) => last.set(contactId, later(last.get(contactId) ?? '', date));
  for (const contact of contacts) note(contact.id, later(day(contact.created_at), day(contact.updated_at)));
  for (const event of events) note(event.contact_id, day(event.ends_at));
  for (const schoolClass of classes) {
    const startYear = parseSchoolYearLabel(schoolClass.school_year);
    if (startYear !== null) note(schoolClass.contact_id, schoolYearStarting(startYear).lastDay);
  }
  for (const loan of loans) note(loan.contact_id, loan.pickup_date);

  const candidates: PastTerm['candidates'] = [];
  for (const contact of contacts) {
    const lastActivity = last.get(contact.id) ?? '';
    if (!(lastActivity < cutoff)) continue;
    const label = `${contact.first_name} ${contact.last_name}`.trim();
    candidates.push({ id: contact.id, label, lastActivity, people: 1, personIds: [] });
  }
  return { candidates };
}

async function pastTerm(db: Db, kind: RetentionRunKind, today: string): Promise<{ termYears: number; cutoff: string } & PastTerm> {
  const rules = await readRetentionRules(db);
  const termYears = rules[kind].termYears;
  const cutoff = retentionCutoff(today, termYears);
  const found = kind === 'housingRecords' ? await householdsPastTerm(db, cutoff) : await contactsPastTerm(db, cutoff);
  return { termYears, cutoff, ...found };
}

/** Names one list at one cutoff: the kind, the term, the cutoff, every record's id and (housing) its people's ids. */
function tokenOf(kind: RetentionRunKind, termYears: number, cutoff: string, candidates: PastTerm['candidates']): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([kind, termYears, cutoff, candidates.map((c) => [c.id, c.personIds])]));
  return hash.digest('hex');
}

/** What a run of `kind` would erase today (nothing is written). */
export async function previewRetention(ctx: Pick<ServiceContext, 'db' | 'today'>, kind: RetentionRunKind): Promise<RetentionPreview> {
  const { termYears, cutoff, candidates } = await pastTerm(ctx.db, kind, ctx.today);
  return {
    kind,
    termYears,
    cutoff,
    count: candidates.length,
    peopleCount: candidates.reduce((sum, c) => sum + c.people, 0),
    candidates: candidates.map(({ id, label, lastActivity, people }) => ({ id, label, lastActivity, people })),
    token: tokenOf(kind, termYears, cutoff, candidates),
  };
}

/**
 * Erases what the preview named by `token` listed, in the caller's transaction: every person of each household
 * past term (erasePerson, reason `retention`), or each contact (eraseContact). CONFLICT `retentionChangedSince`
 * and nothing written when the list today is not the one previewed. Records the `retention_runs` row first, so
 * each erasure points to it.
 */
export async function runRetention(ctx: ServiceContext, kind: RetentionRunKind, token: string): Promise<RetentionRunSummary> {
  // Two confirmations at once (two server processes): the second waits for the first to commit, then finds the
  // list changed. SQLite's writing transactions are one at a time already.
  // The term cannot change under the run (writeRetentionTerm takes the same lock).
  await serialiseRule(ctx.db, 'retentionRules');
  if (isPostgres(ctx.db)) {
    await ctx.db.raw('LOCK TABLE retention_runs IN SHARE ROW EXCLUSIVE MODE');
    // What decides whether a record is past its term must not change between the run's reads and its erasures
    // (READ COMMITTED would let a stay or a class committed meanwhile go unseen): the rules' own locks, and the
    // other tables in share mode, which waits for their writers and holds new ones until the run commits.
    if (kind === 'housingRecords') {
      await serialiseRule(ctx.db, 'placements');
      await ctx.db.raw('LOCK TABLE housing_registrations, housing_waitlist, housing_people IN SHARE MODE');
    } else {
      await serialiseRule(ctx.db, 'schedule');
      await serialiseRule(ctx.db, 'loans');
      await ctx.db.raw('LOCK TABLE contacts, class_teachers, school_classes IN SHARE MODE');
    }
  }
  const { termYears, cutoff, candidates } = await pastTerm(ctx.db, kind, ctx.today);
  if (tokenOf(kind, termYears, cutoff, candidates) !== token) throw conflict('retentionChangedSince');
  const ranAt = ctx.now.toISOString();
  const runId = await insertReturningId(ctx.db, 'retention_runs', {
    kind,
    ran_at: ranAt,
    user_id: ctx.userId,
    term_years: termYears,
    cutoff,
    erased_count: candidates.length,
  });
  let peopleCount = 0;
  for (const candidate of candidates) {
    if (kind === 'housingRecords') {
      for (const personId of candidate.personIds) {
        await erasePerson(ctx, personId, 'retention', runId);
        peopleCount += 1;
      }
    } else {
      await eraseContact(ctx, candidate.id, 'retention', runId);
      peopleCount += 1;
    }
  }
  return { id: runId, kind, ranAt, termYears, cutoff, erasedCount: candidates.length, peopleCount };
}

interface RunRow {
  id: number;
  kind: RetentionRunKind;
  ran_at: string;
  term_years: number;
  cutoff: string;
  erased_count: number;
  people: string | number;
}

function runSummary(row: RunRow): RetentionRunSummary {
  return {
    id: Number(row.id),
    kind: row.kind,
    ranAt: row.ran_at,
    termYears: Number(row.term_years),
    cutoff: row.cutoff,
    erasedCount: Number(row.erased_count),
    peopleCount: Number(row.people),
  };
}

function runsQuery(db: Db) {
  return db('retention_runs as r')
    .select('r.id', 'r.kind', 'r.ran_at', 'r.term_years', 'r.cutoff', 'r.erased_count')
    .select(db('erasures as e').whereRaw('e.run_id = r.id').count('*').as('people'))
    .orderBy('r.ran_at', 'desc')
    .orderBy('r.id', 'desc');
}

/** The runs, newest first (at most `limit`). */
export async function listRetentionRuns(db: Db, limit = 100): Promise<RetentionRunSummary[]> {
  const rows = (await runsQuery(db).limit(limit)) as RunRow[];
  return rows.map(runSummary);
}

/** Per rule: the records past their term on `today` (a run is due when there are any) and the last run. */
export async function retentionStatus(db: Db, today: string): Promise<RetentionStatus> {
  const kinds = [];
  for (const kind of RETENTION_RUN_KINDS) {
    const { termYears, cutoff, candidates } = await pastTerm(db, kind, today);
    const lastRow = (await runsQuery(db).where('r.kind', kind).first()) as RunRow | undefined;
    kinds.push({ kind, termYears, cutoff, dueCount: candidates.length, lastRun: lastRow ? runSummary(lastRow) : null });
  }
  return { today, kinds };
}
