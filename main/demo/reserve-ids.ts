import type { Knex } from 'knex';
import { isPostgres } from '../db/connection';

/**
 * The ids the next `count` rows of `table` will have, taken now so that rows can be written with their ids (and
 * values bound to them, like encrypted notes) in one pass. SQLite's AUTOINCREMENT follows the largest id written;
 * PostgreSQL's sequence is moved past the reserved ones. Only for a transaction that is the sole writer (the demo).
 */
export async function reserveIds(db: Knex, table: string, count: number): Promise<number> {
  const row = (await db(table).max({ id: 'id' }).first()) as { id: number | string | null } | undefined;
  const first = Number(row?.id ?? 0) + 1;
  if (isPostgres(db) && count > 0) {
    await db.raw(`select setval(pg_get_serial_sequence(?, 'id'), ?)`, [table, first + count - 1]);
  }
  return first;
}
