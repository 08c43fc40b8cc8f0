import type { Knex } from 'knex';

// Codes are spelled here rather than imported: a migration is a frozen record of the schema at its date.
const KINDS = ['reference_address_cpas', 'reference_address_private', 'inscription_provisoire', 'temporary_address_nonprofit'];
const STATUSES = ['requested', 'active', 'refused', 'ended'];

/**
 * Address registrations (issue 6, point 5; domain.md, Action 7, "Address registrations"): a reference address,
 * an inscription provisoire or a temporary address, for one person, optionally at one unit. The Belgian
 * deadlines are not stored: they are computed from these dates and the settings (shared/domain/housing/
 * deadlines.ts), so changing a setting moves every due date.
 *
 * person_id is SET NULL when the person is erased: the registration stays, anonymous, so past reports keep
 * their counts; the erasure also blanks its encrypted columns. The commune's reference and the notes can
 * identify the person: they are field-cipher envelopes, like the people's names.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('housing_registrations', (table) => {
    table.increments('id').primary();
    table.string('kind', 30).notNullable().checkIn(KINDS);
    table.string('status', 12).notNullable().checkIn(STATUSES);
    table.integer('person_id').unsigned().nullable().references('id').inTable('housing_people').onDelete('SET NULL');
    // RESTRICT: a unit named by a registration is never deleted.
    table.integer('unit_id').unsigned().nullable().references('id').inTable('housing_units').onDelete('RESTRICT');
    table.string('request_date', 10).nullable();
    table.string('decision_date', 10).nullable();
    table.string('start_date', 10).nullable();
    table.string('end_date', 10).nullable();
    table.text('commune_reference_enc').notNullable();
    table.text('notes_enc').notNullable();
    // A CPAS that is not competent forwards the request (domain.md l.87–88).
    table.string('forward_received_date', 10).nullable();
    table.string('forwarded_date', 10).nullable();
    // A move and the day it was declared (domain.md l.94).
    table.string('move_date', 10).nullable();
    table.string('move_declared_date', 10).nullable();
    table.string('police_check_date', 10).nullable();
    // Not found at the address since…, resolved (found again, or struck off) on… (domain.md l.94–95).
    table.string('not_found_since', 10).nullable();
    table.string('absence_resolved_date', 10).nullable();
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.check('end_date IS NULL OR start_date IS NULL OR end_date >= start_date');
    table.check('forwarded_date IS NULL OR forward_received_date IS NOT NULL');
    table.check('move_declared_date IS NULL OR move_date IS NOT NULL');
    table.check('absence_resolved_date IS NULL OR not_found_since IS NOT NULL');
    table.index(['person_id']);
    table.index(['unit_id']);
    table.index(['status']);
  });

  // The days the person came to the CPAS (reference addresses: at least every 3 months, domain.md l.88–89).
  await knex.schema.createTable('housing_registration_contacts', (table) => {
    table.increments('id').primary();
    table.integer('registration_id').unsigned().notNullable().references('id').inTable('housing_registrations').onDelete('CASCADE');
    table.string('contact_date', 10).notNullable();
    table.string('created_at', 30).notNullable();
    table.unique(['registration_id', 'contact_date']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('housing_registration_contacts');
  await knex.schema.dropTable('housing_registrations');
}
