import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';

/**
 * Writes a consistent copy of the live database with `VACUUM INTO` (a plain file copy of a WAL database can
 * silently lose committed rows). SQLite-specific SQL lives here, in the database module, on purpose.
 */
export async function backupDatabase(db: Knex, backupDir: string, at: Date): Promise<{ file: string; bytes: number }> {
  mkdirSync(backupDir, { recursive: true, mode: 0o700 });
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const file = join(backupDir, `passerelle-${stamp}.sqlite`);
  await db.raw('VACUUM INTO ?', [file]);
  return { file, bytes: statSync(file).size };
}
