import type { Db } from '../../db/connection';
import { conflict, fieldError, notFound } from '../../errors';
import { insertReturningId } from '../../db/query-toolkit';
import { recordAudit } from '../system/audit-events';
import { recordHousingAudit } from './access-log';
import type { ServiceContext } from '../context';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { daysBetween, maxDate } from '../../../shared/domain/dates';
import type { UnitKind } from '../../../shared/domain/housing/units';
import {
  compareWaitlistEntries,
  type WaitlistEntry,
  type WaitlistOutcome,
  type WaitlistPriority,
  type WaitlistStatus,
} from '../../../shared/domain/housing/waitlist';

/**
 * The prioritised waiting list (issue 6, point 4). Rows hold the facts (priority, day asked, places, kinds,
 * how and when the entry left); the rank and the days waited are computed on every read, so they never go
 * stale. A household waits at most once at a time: checked here for a named refusal, and by the partial unique
 * index for two processes writing at once.
 *
 * Audit: audit_events names the entry (handler), and, as for placements, housing_audit_log gets an 'update' row
 * for the household, whose situation the entry describes (ids only).
 */

export type NewWaitlistEntry = ParsedInputOf<'waitlist', 'add'>;
export type WaitlistChanges = Omit<ParsedInputOf<'waitlist', 'update'>, 'id'>;

/** Closed entries are history: the newest are enough for the screen. */
const CLOSED_LIMIT = 500;

interface EntryRow {
  id: number;
  household_id: number;
  household_code: string;
  household_size: number;
  priority: WaitlistPriority;
  requested_date: string;
  places_needed: number;
  unit_kinds: string;
  status: WaitlistStatus;
  closed_date: string | null;
  placement_id: number | null;
  created_at: string;
  updated_at: string;
}

function entryQuery(db: Db) {
  return db('housing_waitlist as w')
    .join('housing_households as h', 'h.id', 'w.household_id')
    .select('w.*', 'h.code as household_code', 'h.size as household_size');
}

function toEntry(row: EntryRow, ranks: Map<number, number>, today: string): WaitlistEntry {
  return {
    id: row.id,
    householdId: row.household_id,
    householdCode: row.household_code,
    householdSize: row.household_size,
    priority: row.priority,
    requestedDate: row.requested_date,
    placesNeeded: row.places_needed,
    unitKinds: JSON.parse(row.unit_kinds) as UnitKind[],
    status: row.status,
    closedDate: row.closed_date,
    placementId: row.placement_id,
    rank: row.status === 'waiting' ? (ranks.get(row.id) ?? null) : null,
    // A request dated in the future has not waited yet.
    daysWaiting: Math.max(0, daysBetween(row.requested_date, row.closed_date ?? today)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Rank (1..n) of every waiting entry, in the list's order. */
async function waitingRanks(db: Db): Promise<Map<number, number>> {
  const rows = (await db('housing_waitlist').where({ status: 'waiting' }).select('id', 'priority', 'requested_date')) as Pick<
    EntryRow,
    'id' | 'priority' | 'requested_date'
  >[];
  const ordered = rows
    .map((row) => ({ id: row.id, priority: row.priority, requestedDate: row.requested_date }))
    .sort(compareWaitlistEntries);
  return new Map(ordered.map((entry, index) => [entry.id, index + 1]));
}

/**
 * Those waiting in priority order (ranked), or the closed ones of a status, newest closing first; `today`
 * counts the days waited.
 */
export async function listWaitlist(ctx: Pick<ServiceContext, 'db' | 'today'>, status: WaitlistStatus = 'waiting'): Promise<WaitlistEntry[]> {
  const ranks = await waitingRanks(ctx.db);
  if (status === 'waiting') {
    const rows = (await entryQuery(ctx.db).where('w.status', 'waiting')) as EntryRow[];
    return rows.map((row) => toEntry(row, ranks, ctx.today)).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  }
  const rows = (await entryQuery(ctx.db)
    .where('w.status', status)
    .orderBy([{ column: 'w.closed_date', order: 'desc' }, { column: 'w.id', order: 'desc' }])
    .limit(CLOSED_LIMIT)) as EntryRow[];
  return rows.map((row) => toEntry(row, ranks, ctx.today));
}

async function entryResult(ctx: ServiceContext, id: number): Promise<WaitlistEntry> {
  const row = (await entryQuery(ctx.db).where('w.id', id).first()) as EntryRow | undefined;
  if (!row) throw notFound('waitlistEntry');
  return toEntry(row, await waitingRanks(ctx.db), ctx.today);
}

async function entryRow(db: Db, id: number): Promise<EntryRow> {
  const row = (await db('housing_waitlist').where({ id }).first()) as EntryRow | undefined;
  if (!row) throw notFound('waitlistEntry');
  return row;
}

async function waitingEntryOf(db: Db, householdId: number, exceptId?: number): Promise<{ id: number } | undefined> {
  const query = db('housing_waitlist').where({ household_id: householdId, status: 'waiting' });
  if (exceptId !== undefined) query.whereNot({ id: exceptId });
  return (await query.first('id')) as { id: number } | undefined;
}

function isUniqueViolation(failure: unknown): boolean {
  return failure instanceof Error && /UNIQUE constraint failed/.test(failure.message);
}

export async function addToWaitlist(ctx: ServiceContext, input: NewWaitlistEntry): Promise<WaitlistEntry> {
  const household = await ctx.db('housing_households').where({ id: input.householdId }).first('id');
  if (!household) throw fieldError('householdId', 'not_found');
  if (await waitingEntryOf(ctx.db, input.householdId)) throw fieldError('householdId', 'duplicate');
  const now = ctx.now.toISOString();
  let id: number;
  try {
    id = await insertReturningId(ctx.db, 'housing_waitlist', {
      household_id: input.householdId,
      priority: input.priority,
      requested_date: input.requestedDate,
      places_needed: input.placesNeeded,
      unit_kinds: JSON.stringify(input.unitKinds),
      status: 'waiting',
      closed_date: null,
      placement_id: null,
      created_at: now,
      updated_at: now,
    });
  } catch (failure) {
    // Another process added the same household between our check and this insert (the partial unique index).
    if (isUniqueViolation(failure)) throw fieldError('householdId', 'duplicate');
    throw failure;
  }
  await recordHousingAudit(ctx, 'update', 'household', input.householdId);
  return entryResult(ctx, id);
}

/** Only an entry still waiting: a closed one is history (reopen it first). */
export async function updateWaitlistEntry(ctx: ServiceContext, id: number, changes: WaitlistChanges): Promise<WaitlistEntry> {
  const row = await entryRow(ctx.db, id);
  if (row.status !== 'waiting') throw conflict('waitlistEntryClosed');
  await ctx.db('housing_waitlist')
    .where({ id })
    .update({
      priority: changes.priority,
      requested_date: changes.requestedDate,
      places_needed: changes.placesNeeded,
      unit_kinds: JSON.stringify(changes.unitKinds),
      updated_at: ctx.now.toISOString(),
    });
  await recordHousingAudit(ctx, 'update', 'household', row.household_id);
  return entryResult(ctx, id);
}

/** Leaves the list by hand: placed elsewhere (outside Passerelle's units) or withdrawn, on a day not before the request. */
export async function closeWaitlistEntry(
  ctx: ServiceContext,
  change: { id: number; outcome: WaitlistOutcome; date: string },
): Promise<WaitlistEntry> {
  const row = await entryRow(ctx.db, change.id);
  if (row.status !== 'waiting') throw conflict('waitlistEntryClosed');
  if (change.date < row.requested_date) throw fieldError('date', 'before_start', { date: row.requested_date });
  await ctx.db('housing_waitlist')
    .where({ id: change.id })
    .update({ status: change.outcome, closed_date: change.date, placement_id: null, updated_at: ctx.now.toISOString() });
  await recordHousingAudit(ctx, 'update', 'household', row.household_id);
  return entryResult(ctx, change.id);
}

/**
 * Back on the list (closed by mistake) at the place its priority and day give it. Refused while the household
 * waits again under a newer entry: there is one entry per household on the list.
 */
export async function reopenWaitlistEntry(ctx: ServiceContext, id: number): Promise<WaitlistEntry> {
  const row = await entryRow(ctx.db, id);
  if (row.status === 'waiting') throw conflict('waitlistEntryNotClosed');
  if (await waitingEntryOf(ctx.db, row.household_id, id)) throw conflict('householdAlreadyWaiting');
  await ctx.db('housing_waitlist')
    .where({ id })
    .update({ status: 'waiting', closed_date: null, placement_id: null, updated_at: ctx.now.toISOString() });
  await recordHousingAudit(ctx, 'update', 'household', row.household_id);
  return entryResult(ctx, id);
}

/**
 * Called by createPlacement in its transaction: the household's waiting entry, if any, leaves the list as
 * 'placed' on the placement's start, linked to it. A placement recorded after the fact may start before the
 * request was entered: the entry then closes on its own request day (never before it, as by hand). Its own
 * audit_events row, since the placement's handler audits only the placement. Returns the entry's id.
 */
export async function closeWaitlistForPlacement(
  ctx: ServiceContext,
  placement: { id: number; householdId: number; start: string },
): Promise<number | null> {
  const row = (await ctx.db('housing_waitlist').where({ household_id: placement.householdId, status: 'waiting' }).first()) as EntryRow | undefined;
  if (!row) return null;
  await ctx.db('housing_waitlist')
    .where({ id: row.id })
    .update({ status: 'placed', closed_date: maxDate(placement.start, row.requested_date), placement_id: placement.id, updated_at: ctx.now.toISOString() });
  await recordAudit(ctx.db, { userId: ctx.userId, action: 'housing.waitlist.placed', entity: 'housing_waitlist', entityId: row.id }, ctx.now);
  return row.id;
}
