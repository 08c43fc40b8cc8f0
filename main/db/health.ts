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
  const rows: { user_version: number }[] = await db.raw('PRAGMA user_version');
  const version = Number(rows[0]?.user_version ?? 0);
  // One pooled connection: BEGIN, the write and ROLLBACK run on the same one. In WAL mode SQLite quietly opens a
  // file it cannot write as read-only and BEGIN IMMEDIATE still succeeds: only a real write (rewriting the
  // header's user_version to its own value, then rolled back) meets SQLITE_READONLY.
  await db.raw('BEGIN IMMEDIATE');
  try {
    await db.raw(`PRAGMA user_version = ${Number.isSafeInteger(version) ? version : 0}`);
  } finally {
    await db.raw('ROLLBACK');
  }
}
