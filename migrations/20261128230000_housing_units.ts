import type { Knex } from 'knex';

// Codes are spelled here rather than imported: a migration is a frozen record of the schema at its date.
const PROVIDER_KINDS = ['citizen_host', 'non_profit', 'cpas', 'social_rental_agency', 'private_owner', 'approved_operator'];
const UNIT_KINDS = [
  'hebergement_citoyen',
  'logement_transit',
  'bail_glissant',
  'convention_occupation_precaire',
  'occupation_temporaire_partagee',
  'habitat_leger',
  'cooperative_habitat_participatif',
  'maison_jeunes_travailleurs',
  'autre',
];
const UNIT_STATUSES = ['identified', 'supported', 'active', 'suspended', 'closed'];
const SUPPORT_KINDS = ['rental_guarantee', 'insurance', 'administrative_help', 'works', 'accompaniment'];

/**
 * Solidarity housing (issue 6), first slice: who provides units, the units with their status history and the
 * support given, and the bail glissant record. No personal data of housed people in these tables.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('housing_providers', (table) => {
    table.increments('id').primary();
    table.string('kind', 30).notNullable().checkIn(PROVIDER_KINDS);
    table.string('name', 200).notNullable();
    // Folded name (no case, no accents) for sorting and search; not unique (two hosts may share a name).
    table.string('name_key', 200).notNullable();
    table.string('contact_name', 200).notNullable().defaultTo('');
    table.string('email', 200).notNullable().defaultTo('');
    table.string('phone', 40).notNullable().defaultTo('');
    table.string('address', 200).notNullable().defaultTo('');
    table.text('notes').notNullable().defaultTo('');
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.index(['name_key']);
  });

  await knex.schema.createTable('housing_units', (table) => {
    table.increments('id').primary();
    // Upper-cased by the contract, so the unique index is case-insensitive in effect.
    table.string('code', 20).notNullable().unique();
    table.string('kind', 40).notNullable().checkIn(UNIT_KINDS);
    table.string('address', 200).notNullable();
    // RESTRICT: a provider with units is not deleted.
    table.integer('provider_id').unsigned().nullable().references('id').inTable('housing_providers').onDelete('RESTRICT');
    table.integer('capacity').notNullable();
    // The latest entry of housing_unit_status_changes, kept here for lists and filters.
    table.string('status', 20).notNullable().checkIn(UNIT_STATUSES);
    table.string('status_date', 10).notNullable();
    table.text('notes').notNullable().defaultTo('');
    // Hébergement citoyen: the usual stay on this unit; null means the setting (28 days by default).
    table.integer('citizen_stay_days').nullable();
    // Habitat léger: JSON object of the 9 criteria → true/false; null for other kinds.
    table.text('light_housing_criteria').nullable();
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.check('capacity >= 1');
    table.check('citizen_stay_days IS NULL OR citizen_stay_days >= 1');
    table.index(['status']);
    table.index(['kind']);
  });

  await knex.schema.createTable('housing_unit_status_changes', (table) => {
    table.increments('id').primary();
    table.integer('unit_id').unsigned().notNullable().references('id').inTable('housing_units').onDelete('CASCADE');
    table.string('status', 20).notNullable().checkIn(UNIT_STATUSES);
    // The day it took effect (the report counts by it), and who typed it in when.
    table.string('date', 10).notNullable();
    table.integer('recorded_by').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL');
    table.string('recorded_at', 30).notNullable();
    table.index(['unit_id', 'date']);
  });

  await knex.schema.createTable('housing_unit_supports', (table) => {
    table.increments('id').primary();
    table.integer('unit_id').unsigned().notNullable().references('id').inTable('housing_units').onDelete('CASCADE');
    table.string('kind', 30).notNullable().checkIn(SUPPORT_KINDS);
    table.string('start_date', 10).nullable();
    table.text('notes').notNullable().defaultTo('');
    table.unique(['unit_id', 'kind']);
  });

  await knex.schema.createTable('rolling_leases', (table) => {
    table.increments('id').primary();
    table.integer('unit_id').unsigned().notNullable().unique().references('id').inTable('housing_units').onDelete('CASCADE');
    table.string('operator', 200).notNullable().defaultTo('');
    table.string('owner', 200).notNullable().defaultTo('');
    table.string('sublease_start', 10).notNullable();
    table.string('transfer_date', 10).nullable();
    table.string('end_date', 10).nullable();
    table.text('outcome').notNullable().defaultTo('');
    table.text('objectives').notNullable().defaultTo('');
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.check('(transfer_date IS NULL OR transfer_date >= sublease_start) AND (end_date IS NULL OR end_date >= sublease_start)');
  });

  await knex.schema.createTable('rolling_lease_renewals', (table) => {
    table.increments('id').primary();
    table.integer('lease_id').unsigned().notNullable().references('id').inTable('rolling_leases').onDelete('CASCADE');
    table.string('renewed_on', 10).notNullable();
    // 1 or 2: the n-th renewal covers the n-th yearly due date.
    table.integer('number').notNullable();
    table.unique(['lease_id', 'number']);
    table.check('number >= 1');
  });

  await knex.schema.createTable('rolling_lease_reviews', (table) => {
    table.increments('id').primary();
    table.integer('lease_id').unsigned().notNullable().references('id').inTable('rolling_leases').onDelete('CASCADE');
    table.string('reviewed_on', 10).notNullable();
    table.text('notes').notNullable().defaultTo('');
    table.index(['lease_id', 'reviewed_on']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('rolling_lease_reviews');
  await knex.schema.dropTable('rolling_lease_renewals');
  await knex.schema.dropTable('rolling_leases');
  await knex.schema.dropTable('housing_unit_supports');
  await knex.schema.dropTable('housing_unit_status_changes');
  await knex.schema.dropTable('housing_units');
  await knex.schema.dropTable('housing_providers');
}
