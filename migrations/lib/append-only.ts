import type { Knex } from 'knex';

/**
 * Makes a table append-only: an UPDATE or a DELETE fails inside the database, whatever the code above it does.
 * The one dialect seam of the migrations: SQLite raises from a trigger body (SQLITE_CONSTRAINT), PostgreSQL
 * needs a trigger function, which raises SQLSTATE 23000 (integrity constraint violation) so that both read
 * as a refused record to dispatch. Frozen like the migrations that call it: change neither the names nor the
 * messages, add a new function instead.
 */
export async function makeAppendOnly(knex: Knex, table: string): Promise<void> {
  if (isPostgres(knex)) {
    await knex.raw(`CREATE OR REPLACE FUNCTION passerelle_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '23000'; END $$`);
    for (const event of ['update', 'delete']) {
      await knex.raw(
        `CREATE TRIGGER ${table}_no_${event} BEFORE ${event.toUpperCase()} ON ${table} FOR EACH ROW EXECUTE FUNCTION passerelle_append_only()`,
      );
    }
    return;
  }
  for (const event of ['update', 'delete']) {
    await knex.raw(`CREATE TRIGGER ${table}_no_${event} BEFORE ${event.toUpperCase()} ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`);
  }
}

export async function dropAppendOnly(knex: Knex, table: string): Promise<void> {
  for (const event of ['delete', 'update']) {
    await knex.raw(isPostgres(knex) ? `DROP TRIGGER IF EXISTS ${table}_no_${event} ON ${table}` : `DROP TRIGGER IF EXISTS ${table}_no_${event}`);
  }
}

function isPostgres(knex: Knex): boolean {
  return String(knex.client.config.client).startsWith('p');
}
