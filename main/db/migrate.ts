import type { Knex } from 'knex';
import { KNOWN_MIGRATIONS, migrationSource } from './migration-source';

const MIGRATIONS_TABLE = 'knex_migrations';

/** Thrown when the database was written by a newer Passerelle: opening it could destroy data it relies on. */
export class DatabaseTooNewError extends Error {
  constructor(readonly unknownMigrations: string[]) {
    super(
      `This database was created by a newer version of Passerelle (unknown migrations: ${unknownMigrations.join(', ')}). ` +
        'Install the newer version, or open another data directory with --data-dir.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export async function appliedMigrations(db: Knex): Promise<string[]> {
  if (!(await db.schema.hasTable(MIGRATIONS_TABLE))) return [];
  const rows: { name: string }[] = await db(MIGRATIONS_TABLE).select('name').orderBy('id');
  return rows.map((row) => row.name);
}

/** Refuses a database that lists a migration this version does not know (written by a newer Passerelle). */
export async function assertNotTooNew(db: Knex): Promise<void> {
  const unknown = (await appliedMigrations(db)).filter((name) => !KNOWN_MIGRATIONS.includes(name));
  if (unknown.length > 0) throw new DatabaseTooNewError(unknown);
}

/** Refuses a database from a newer version, then applies every pending migration. */
export async function migrateToLatest(db: Knex): Promise<void> {
  await assertNotTooNew(db);
  await db.migrate.latest({ migrationSource, tableName: MIGRATIONS_TABLE });
}

export async function rollbackAll(db: Knex): Promise<void> {
  await db.migrate.rollback({ migrationSource, tableName: MIGRATIONS_TABLE }, true);
}
