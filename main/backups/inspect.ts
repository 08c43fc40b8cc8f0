import { countTables, integrityCheck, openReadOnly, readAppliedMigrations, sqliteFailure } from '../db/backup';

/** What a database file holds, read without writing to it; used on a fresh copy and on a stored backup. */
export type Inspection =
  | { readable: false }
  | { readable: true; integrityOk: false }
  | { readable: true; integrityOk: true; migrations: string[]; tables: Record<string, number> };

/**
 * Opens the file read-only on its own short-lived handle, runs `PRAGMA integrity_check`, and only when it
 * answers ok reads the applied migrations and counts every table (counting a damaged file can fail midway).
 */
export async function inspectDatabaseFile(file: string): Promise<Inspection> {
  const db = openReadOnly(file);
  try {
    let integrityOk: boolean;
    try {
      integrityOk = await integrityCheck(db);
    } catch (error) {
      // A damaged page is an integrity failure; anything else (not a database, cannot open) is unreadable.
      if (sqliteFailure(error) === 'corrupt') return { readable: true, integrityOk: false };
      return { readable: false };
    }
    if (!integrityOk) return { readable: true, integrityOk: false };
    return { readable: true, integrityOk: true, migrations: await readAppliedMigrations(db), tables: await countTables(db) };
  } finally {
    await db.destroy();
  }
}

/** Whether two row-count records name the same tables with the same counts. */
export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/** Whether two migration lists are the same names in the same order. */
export function sameMigrations(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, index) => b[index] === name);
}
