import type { Knex } from 'knex';
import { dropAppendOnly, makeAppendOnly } from './lib/append-only';

// Codes are spelled here rather than imported: a migration is a frozen record of the schema at its date.
const AUDIT_ACTIONS = ['view', 'create', 'update', 'export', 'erase'];
const AUDIT_ENTITIES = ['person', 'household'];

/**
 * Solidarity housing (issue 6), people and households. Pseudonymous: the generated code is the identity.
 * Every `*_enc` column holds a field-cipher envelope (`v1:` + base64, AES-256-GCM, see main/crypto), never
 * clear text; "not given" is stored as the encryption of '' so that emptiness does not show either. The
 * database cannot search, sort or index them. Birth year and languages are plain (docs/security.md).
 *
 * housing_audit_log records who viewed, created, changed, exported or erased which person or household: ids
 * only, never values. It is append-only: the triggers below refuse UPDATE and DELETE.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('housing_households', (table) => {
    table.increments('id').primary();
    table.string('code', 12).notNullable().unique();
    // How many people the household counts (the places it needs), whether or not each is recorded.
    table.integer('size').notNullable();
    table.text('notes_enc').notNullable();
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.check('size >= 1');
  });

  await knex.schema.createTable('housing_people', (table) => {
    table.increments('id').primary();
    table.string('code', 12).notNullable().unique();
    // RESTRICT: a household is never deleted with its people still in it.
    table.integer('household_id').unsigned().notNullable().references('id').inTable('housing_households').onDelete('RESTRICT');
    table.text('first_name_enc').notNullable();
    table.text('last_name_enc').notNullable();
    // The encryption of one value of RESIDENCE_STATUSES, or of '' when not given: never free text.
    table.text('residence_status_enc').notNullable();
    table.text('contact_enc').notNullable();
    // Year only, in clear: enough for age bands (minors) without decrypting; a full date would identify.
    table.integer('birth_year').nullable();
    // JSON array of ISO 639 codes, in clear (interpreting needs, reports).
    table.text('languages').notNullable().defaultTo('[]');
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.index(['household_id']);
    table.check('birth_year IS NULL OR (birth_year >= 1900 AND birth_year <= 2200)');
  });

  await knex.schema.createTable('housing_audit_log', (table) => {
    table.increments('id').primary();
    table.string('at', 30).notNullable();
    // No foreign key: the log outlives anything it names.
    table.integer('user_id').notNullable();
    table.string('action', 10).notNullable().checkIn(AUDIT_ACTIONS);
    table.string('entity', 10).notNullable().checkIn(AUDIT_ENTITIES);
    table.integer('entity_id').notNullable();
    table.index(['entity', 'entity_id']);
  });

  // UPDATE and DELETE refused by the database itself (SQLite and PostgreSQL: migrations/lib/append-only.ts).
  await makeAppendOnly(knex, 'housing_audit_log');
}

export async function down(knex: Knex): Promise<void> {
  await dropAppendOnly(knex, 'housing_audit_log');
  await knex.schema.dropTable('housing_audit_log');
  await knex.schema.dropTable('housing_people');
  await knex.schema.dropTable('housing_households');
}
