import type { Db } from './connection';
import { isPostgres } from './connection';

/**
 * The rules that span several rows, checked by reading what is there and then writing: a unit never over its
 * capacity, an exhibition never lent twice at once, a class (or a facilitator) never in two activities at
 * once, a pupil code never used twice in one class's questionnaire. Two writers that both read before either
 * writes would both find room; so each such write first takes its rule's lock, in its transaction, before it
 * reads. The other writers of the same rule wait there, then read what the first committed, and are refused
 * by the ordinary check with the ordinary message, naming what is in the way. docs/architecture.md,
 * "Concurrency".
 */
export type SerialisedRule = 'placements' | 'loans' | 'schedule' | 'responseCodes' | 'retentionRules';

/** SQLite: the table a no-op write names (any would do: the lock is the database's). */
const SQLITE_TABLE: Record<SerialisedRule, string> = {
  placements: 'housing_placements',
  loans: 'loans',
  schedule: 'events',
  responseCodes: 'questionnaire_responses',
  retentionRules: 'retention_runs',
};

/** PostgreSQL: the advisory lock's two keys, Passerelle's number and the rule's. */
const ADVISORY_SPACE = 7_151_505;
const ADVISORY_RULE: Record<SerialisedRule, number> = { placements: 1, loans: 2, schedule: 3, responseCodes: 4, retentionRules: 5 };

/**
 * The dialect seam of the rule locks. SQLite has one writer at a time, but knex opens transactions with a
 * deferred BEGIN: a write that changes nothing takes the write lock (RESERVED) before the first read, as BEGIN
 * IMMEDIATE would. PostgreSQL: a transaction-level advisory lock per rule (released at commit or rollback), so
 * writers of other rules never wait. Chosen over SERIALIZABLE transactions with retries: the services keep
 * their check-then-write code, no handler has to be safe to run twice, and a team of a few dozen people never
 * waits long. Must be called inside the call's transaction (every writing channel runs in one).
 */
export async function serialiseRule(db: Db, rule: SerialisedRule): Promise<void> {
  if (isPostgres(db)) {
    await db.raw('SELECT pg_advisory_xact_lock(?, ?)', [ADVISORY_SPACE, ADVISORY_RULE[rule]]);
    return;
  }
  await db.raw(`UPDATE ?? SET id = id WHERE 1 = 0`, [SQLITE_TABLE[rule]]);
}
