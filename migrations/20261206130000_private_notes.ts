import type { Knex } from 'knex';
import { dropAppendOnly, makeAppendOnly } from './lib/append-only';

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

  // Like housing_audit_log's (migrations/lib/append-only.ts).
  await makeAppendOnly(knex, 'audit_events');
}

export async function down(knex: Knex): Promise<void> {
  await dropAppendOnly(knex, 'audit_events');
  // Going back loses the sealed values (the older version reads the clear columns, which the sealing emptied).
  for (const [table, column] of [...SEALED_COLUMNS].reverse()) {
    await knex.schema.alterTable(table, (builder) => {
      builder.dropColumn(column);
    });
  }
}
