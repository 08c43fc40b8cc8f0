import type { Db } from '../../db/connection';
import { whereInChunks } from '../../db/query-toolkit';
import { recordAudit } from '../system/audit-events';
import type { ServiceContext } from '../context';
import { erasePerson } from '../housing/people';
import { eraseContact } from './erase-contact';
import { ERASED_CONTACT_NAME } from '../../../shared/domain/privacy/retention';
import type { ErasedKind, ErasureEntry, ErasureReason } from '../../../shared/domain/privacy/erasures';

/*
 * Erasure reaches restored records (issue 20): the erasures remembered in the ledger file beside the records
 * (main/startup/erasure-ledger.ts) are done again on records that still hold them — a backup made before the
 * erasure, restored. Services only: the file is the caller's; this side sees entries and the database.
 */

/** Who re-applies an erasure at start: no one signed in. housing_audit_log.user_id is NOT NULL (no foreign key). */
export const REAPPLIED_BY_USER_ID = 0;

/** One kind of erased record: how to tell the records that still hold its data, and how to erase one again. */
export interface Eraser {
  /**
   * Of `entries` (all of this kind), those whose record still holds the data the erasure took away: the same id
   * AND the same creation time (an id reused by a later record is another record, never touched).
   */
  stillHeld(db: Db, entries: readonly ErasureEntry[]): Promise<ErasureEntry[]>;
  /** The same erasure as a user's, in the caller's transaction; it records its own `erasures` row. */
  erase(ctx: ServiceContext, id: number, reason: ErasureReason, runId: number | null): Promise<void>;
}

/**
 * The entries whose row of `table` is still there with the same id and created_at (`held` narrows it: an
 * anonymised row that stays, such as a contact's, says here whether it still holds its data).
 */
export function rowsStillPresent(table: string, held?: (query: ReturnType<Db>) => void): Eraser['stillHeld'] {
  return async (db, entries) => {
    const rows = await whereInChunks(
      entries.map((entry) => entry.recordId),
      (ids) => {
        const query = db(table).whereIn('id', ids);
        held?.(query);
        return query.select('id', 'created_at') as Promise<{ id: number; created_at: string }[]>;
      },
    );
    const present = new Set(rows.map((row) => `${row.id}|${row.created_at}`));
    return entries.filter((entry) => present.has(`${entry.recordId}|${entry.recordCreatedAt}`));
  };
}

/**
 * The contacts that still hold the data an erasure took away: the same id and creation time, a field that is not
 * the erased contact's, and no change since the erasure. A restored backup's row predates the erasure; a row a
 * coordinator filled in again after it (a returning teacher) is new data, never erased again.
 */
async function contactsStillHeld(db: Db, entries: readonly ErasureEntry[]): Promise<ErasureEntry[]> {
  const rows = await whereInChunks(
    entries.map((entry) => entry.recordId),
    (ids) =>
      db('contacts')
        .whereIn('id', ids)
        .where((held) =>
          held
            .whereNot('first_name', ERASED_CONTACT_NAME.firstName)
            .orWhereNot('last_name', ERASED_CONTACT_NAME.lastName)
            .orWhereNot('email', '')
            .orWhereNot('phone', '')
            .orWhereNot('notes', ''),
        )
        .select('id', 'created_at', 'updated_at') as Promise<{ id: number; created_at: string; updated_at: string }[]>,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return entries.filter((entry) => {
    const row = byId.get(entry.recordId);
    return row !== undefined && row.created_at === entry.recordCreatedAt && row.updated_at <= entry.erasedAt;
  });
}

/**
 * Every kind that can be erased again, by kind. A kind without an eraser here is left as it is and counted in
 * the log (`erasureLedger.noEraser`), never a failure at start.
 *
 * A contact keeps its row once erased (its classes, events and loans keep their history): see contactsStillHeld.
 */
export const ERASERS: Partial<Record<ErasedKind, Eraser>> = {
  person: { stillHeld: rowsStillPresent('housing_people'), erase: erasePerson },
  contact: {
    stillHeld: contactsStillHeld,
    erase: eraseContact,
  },
};

/** Whether `entries` (from the ledger file) would change these records: a record to erase again, or a row to record. */
export async function reapplyPending(db: Db, entries: readonly ErasureEntry[], erasers = ERASERS): Promise<boolean> {
  if (entries.length === 0) return false;
  for (const [kind, group] of byKind(distinct(entries))) {
    const eraser = erasers[kind];
    if (eraser && (await eraser.stillHeld(db, group)).length > 0) return true;
  }
  const known = await erasureKeys(db);
  return entries.some((entry) => !known.has(erasureKey(entry)));
}

export interface ReapplyOutcome {
  /** Records erased again (each audited as an erasure, user 0, and in `erasures` as 'reapplied'). */
  reapplied: number;
  /** Ledger entries missing from the `erasures` table (records restored from before them), now recorded. */
  recorded: number;
  /** Entries of a kind no eraser is registered for, by kind (left as they are). */
  unhandled: Partial<Record<ErasedKind, number>>;
}

/**
 * Re-applies `entries` in the caller's transaction: every record that still holds an erased record's data is
 * erased again (reason 'reapplied'), then every entry the `erasures` table lacks is recorded as the ledger has
 * it, so the table and the file name the same erasures. When anything was erased again, one general audit row
 * `privacy.erasureReapplied` gives the count (no id, no user). The caller checkpoints the WAL after committing.
 */
export async function reapplyErasures(
  ctx: Omit<ServiceContext, 'userId'>,
  entries: readonly ErasureEntry[],
  erasers = ERASERS,
): Promise<ReapplyOutcome> {
  const service: ServiceContext = { ...ctx, userId: REAPPLIED_BY_USER_ID };
  entries = distinct(entries);
  const outcome: ReapplyOutcome = { reapplied: 0, recorded: 0, unhandled: {} };
  for (const [kind, group] of byKind(entries)) {
    const eraser = erasers[kind];
    if (!eraser) {
      outcome.unhandled[kind] = group.length;
      continue;
    }
    for (const entry of await eraser.stillHeld(ctx.db, group)) {
      await eraser.erase(service, entry.recordId, 'reapplied', null);
      outcome.reapplied += 1;
    }
  }
  const known = await erasureKeys(ctx.db);
  for (const entry of entries) {
    if (known.has(erasureKey(entry))) continue;
    await ctx.db('erasures').insert({
      kind: entry.kind,
      record_id: entry.recordId,
      record_created_at: entry.recordCreatedAt,
      erased_at: entry.erasedAt,
      reason: entry.reason,
      run_id: null,
    });
    known.add(erasureKey(entry));
    outcome.recorded += 1;
  }
  if (outcome.reapplied > 0) {
    await recordAudit(ctx.db, { userId: null, action: 'privacy.erasureReapplied', entity: 'erasures', entityId: outcome.reapplied }, ctx.now);
  }
  return outcome;
}

/** Every row of `erasures`, as ledger entries (ids and times only), oldest first. */
export async function readErasureRows(db: Db): Promise<ErasureEntry[]> {
  const rows = (await db('erasures').orderBy('id').select('kind', 'record_id', 'record_created_at', 'erased_at', 'reason')) as {
    kind: ErasedKind;
    record_id: number;
    record_created_at: string;
    erased_at: string;
    reason: ErasureReason;
  }[];
  return rows.map((row) => ({
    kind: row.kind,
    recordId: Number(row.record_id),
    recordCreatedAt: row.record_created_at,
    erasedAt: row.erased_at,
    reason: row.reason,
  }));
}

/** What names one erased record: its kind, id and creation time (the table's unique key). */
export function erasureKey(entry: Pick<ErasureEntry, 'kind' | 'recordId' | 'recordCreatedAt'>): string {
  return `${entry.kind}|${entry.recordId}|${entry.recordCreatedAt}`;
}

async function erasureKeys(db: Db): Promise<Set<string>> {
  const rows = (await db('erasures').select('kind', 'record_id', 'record_created_at')) as {
    kind: ErasedKind;
    record_id: number;
    record_created_at: string;
  }[];
  return new Set(rows.map((row) => erasureKey({ kind: row.kind, recordId: Number(row.record_id), recordCreatedAt: row.record_created_at })));
}

/** One entry per record (a line written twice, by two processes or a retried append, is one erasure). */
function distinct(entries: readonly ErasureEntry[]): ErasureEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = erasureKey(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byKind(entries: readonly ErasureEntry[]): Map<ErasedKind, ErasureEntry[]> {
  const groups = new Map<ErasedKind, ErasureEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.kind);
    if (group) group.push(entry);
    else groups.set(entry.kind, [entry]);
  }
  return groups;
}
