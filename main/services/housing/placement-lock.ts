import type { Db } from '../../db/connection';

/**
 * CONCURRENCY of placements. SQLite allows one writer at a time, but knex opens its transactions with a plain
 * (deferred) BEGIN: two processes on the same data directory (the desktop app and browser mode) could each read
 * the placements, both find room, and then write. In WAL mode the second writer would then fail with
 * SQLITE_BUSY_SNAPSHOT rather than overbook, but the user would see an internal error. So every write that
 * checks placements (a placement written, moved or ended, a unit's capacity lowered or the unit closed) starts
 * with `lockPlacements`, a write statement that changes nothing but takes SQLite's write lock (RESERVED) before
 * the first read: from then on no other connection can write until this transaction ends, and the others wait
 * (busy_timeout) at their own first statement, before reading. The checks therefore always read the latest
 * committed placements, as BEGIN IMMEDIATE would (which knex cannot choose). Within one process the single
 * pooled connection already serialises transactions. docs/architecture.md, "Housing placements".
 */

/** Takes the database write lock before anything is read. Changes no row. */
export async function lockPlacements(db: Db): Promise<void> {
  await db.raw('UPDATE housing_placements SET updated_at = updated_at WHERE 1 = 0');
}
