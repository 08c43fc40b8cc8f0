import type { Knex } from 'knex';

/**
 * Issue 20, people's rights over their data:
 * - `erasures`: every erasure, by request or by a retention run, as ids only (the kind of record, its id and
 *   its creation time, which together name one row even after a restore reuses ids). The same entries are
 *   kept in a file beside the records, so that restoring a backup made before an erasure re-applies it.
 * - `retention_runs`: each retention run the housing staff (or the coordinators, for contacts) confirmed:
 *   which rule, with which term, and how many records it erased; never a name.
 * - `housing_households.notice_given_at` / `notice_language`: when, and in which language, the household was
 *   told how its data is used (the information notice, GDPR art. 13–14). A date, not a time: what the worker
 *   writes on the file.
 * Retention rules and the notice's languages are settings rows (`settings`), like the housing deadlines.
 */

// Codes spelled here rather than imported: a migration is a frozen record of its date.
const ERASED_KINDS = ['person', 'contact'];
const ERASURE_REASONS = ['request', 'retention', 'reapplied'];
const RETENTION_KINDS = ['housingRecords', 'directoryContacts'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('retention_runs', (table) => {
    table.increments('id').primary();
    table.string('kind', 30).notNullable().checkIn(RETENTION_KINDS);
    table.string('ran_at', 30).notNullable();
    table.integer('user_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL');
    // The term in force for the run (years) and the day before which records were past it (YYYY-MM-DD).
    table.integer('term_years').notNullable();
    table.string('cutoff', 10).notNullable();
    table.integer('erased_count').notNullable();
    table.check('erased_count >= 0');
    table.check('term_years >= 0');
  });

  await knex.schema.createTable('erasures', (table) => {
    table.increments('id').primary();
    table.string('kind', 20).notNullable().checkIn(ERASED_KINDS);
    table.integer('record_id').notNullable();
    table.string('record_created_at', 30).notNullable();
    table.string('erased_at', 30).notNullable();
    table.string('reason', 20).notNullable().checkIn(ERASURE_REASONS);
    table.integer('run_id').unsigned().nullable().references('id').inTable('retention_runs').onDelete('SET NULL');
    table.unique(['kind', 'record_id', 'record_created_at']);
  });

  await knex.schema.alterTable('housing_households', (table) => {
    table.string('notice_given_at', 10).nullable();
    table.string('notice_language', 12).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  // Plain DROP COLUMN (SQLite ≥ 3.35 and PostgreSQL): knex's dropColumn rebuilds the table on SQLite, and
  // dropping housing_households while housing_people refers to it breaks the foreign key.
  await knex.raw('ALTER TABLE housing_households DROP COLUMN notice_language');
  await knex.raw('ALTER TABLE housing_households DROP COLUMN notice_given_at');
  await knex.schema.dropTable('erasures');
  await knex.schema.dropTable('retention_runs');
}
