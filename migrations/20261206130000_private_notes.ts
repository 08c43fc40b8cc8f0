import type { Knex } from 'knex';

/**
 * Nothing personal in clear (issue 13, point 7).
 *
 * 1. The free text a worker types about a housed household gets a field-cipher column, like household notes:
 *    placement notes, and the bail glissant's accompaniment (its objectives, its outcome, each review's notes).
 *    A migration never sees the field key, so it only adds the `*_enc` columns (nullable: NULL means "written
 *    by an older version, not sealed yet"). The core seals the clear values once the key is known
 *    (main/services/housing/seal-clear-notes.ts, right after the migrations).
 *
 *    The old clear columns stay, emptied by the sealing: dropping a column in SQLite recreates the table (and
 *    the tables whose foreign keys name it). The services never write clear text to them again; only the
 *    sealing and an erasure touch them, to empty them.
 *
 * 2. audit_events becomes append-only like housing_audit_log: UPDATE and DELETE abort. A user is never deleted
 *    today; if one ever is, audit_events.user_id's ON DELETE SET NULL is an UPDATE and will be refused too.
 */

// Table and column names spelled here rather than imported: a migration is a frozen record of its date.
const SEALED_COLUMNS: readonly (readonly [table: string, column: string])[] = [
  ['housing_placements', 'notes_enc'],
  ['rolling_leases', 'outcome_enc'],
  ['rolling_leases', 'objectives_enc'],
  ['rolling_lease_reviews', 'notes_enc'],
];

export async function up(knex: Knex): Promise<void> {
  for (const [table, column] of SEALED_COLUMNS) {
    await knex.schema.alterTable(table, (builder) => {
      builder.text(column).nullable();
    });
  }

  // SQLite-specific, written like housing_audit_log's (20261128233000_housing_people.ts). PostgreSQL would need
  // its own: a trigger function that raises, or REVOKE UPDATE, DELETE from the application's role.
  await knex.raw(`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`);
  await knex.raw(`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TRIGGER IF EXISTS audit_events_no_delete');
  await knex.raw('DROP TRIGGER IF EXISTS audit_events_no_update');
  // Going back loses the sealed values (the older version reads the clear columns, which the sealing emptied).
  for (const [table, column] of [...SEALED_COLUMNS].reverse()) {
    await knex.schema.alterTable(table, (builder) => {
      builder.dropColumn(column);
    });
  }
}
