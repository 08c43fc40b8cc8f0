import type { Knex } from 'knex';

/**
 * Start-up checks of the database file (SQLite-specific, so here in main/db). `quick_check` reads every page
 * but skips the index cross-checks of `integrity_check`: a damaged file is found in a fraction of the time.
 */
export async function quickCheck(db: Knex): Promise<boolean> {
  try {
    const rows: { quick_check: string }[] = await db.raw('PRAGMA quick_check(1)');
    return rows[0]?.quick_check === 'ok';
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return false;
    throw error;
  }
}

/**
 * Takes and drops the write lock: a read-only file or folder, a full disk or another program holding the lock
 * fails here with SQLite's code, before a migration half-starts (knex would then suggest `migrate:unlock`).
 */
export async function probeWritable(db: Knex): Promise<void> {
  // One pooled connection: BEGIN and ROLLBACK run on the same one.
  await db.raw('BEGIN IMMEDIATE');
  await db.raw('ROLLBACK');
}
