import type { Knex } from 'knex';
import sqlite3 from 'sqlite3';

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

/** Whether an error (knex wraps the driver's) says the file is damaged or is not a database. */
export function isCorruption(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = String((current as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export interface BackgroundCheck {
  /** true: the check passed; false: it found damage (or could not read the file); null: stopped before the end. */
  result: Promise<boolean | null>;
  /** Interrupts the check (closing the app) and closes its connection. */
  stop(): Promise<void>;
}

/**
 * `PRAGMA quick_check` on a connection of its own, read-only, so that it runs beside the app's one connection
 * (SQLite's driver works in its own threads; WAL lets a reader run beside the writer) instead of holding it for
 * the seconds it takes to read every page of a large file (issue 19).
 */
export function quickCheckInBackground(file: string): BackgroundCheck {
  let connection: sqlite3.Database | null = null;
  let stopped = false;
  let closed: Promise<void> = Promise.resolve();
  const result = new Promise<boolean | null>((resolve) => {
    const finish = (value: boolean | null): void => {
      const open = connection;
      connection = null;
      closed = open ? new Promise((done) => open.close(() => done())) : Promise.resolve();
      resolve(stopped ? null : value);
    };
    connection = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError || stopped) return finish(false);
      connection!.get('PRAGMA quick_check(1)', (error: Error | null, row?: { quick_check?: string }) => finish(!error && row?.quick_check === 'ok'));
    });
  });
  return {
    result,
    async stop() {
      stopped = true;
      try {
        connection?.interrupt();
      } catch {
        // Not open yet: the open callback sees `stopped` and closes it.
      }
      await result;
      await closed;
    },
  };
}
