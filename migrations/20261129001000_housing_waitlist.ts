import type { Knex } from 'knex';

// Codes are spelled here rather than imported: a migration is a frozen record of the schema at its date.
const PRIORITIES = ['urgent', 'high', 'normal'];
const STATUSES = ['waiting', 'placed', 'withdrawn'];

/**
 * The prioritised waiting list (issue 6, point 4): households waiting for a place, ordered by priority then by
 * the day they asked. No free text: a household's notes (encrypted) say the rest. A household waits at most
 * once at a time (the partial unique index). Closed entries stay as history (placed or withdrawn, and when).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('housing_waitlist', (table) => {
    table.increments('id').primary();
    table.integer('household_id').unsigned().notNullable().references('id').inTable('housing_households').onDelete('RESTRICT');
    table.string('priority', 10).notNullable().checkIn(PRIORITIES);
    table.string('requested_date', 10).notNullable();
    table.integer('places_needed').notNullable();
    // JSON array of unit kinds the household needs; [] = any kind.
    table.text('unit_kinds').notNullable().defaultTo('[]');
    table.string('status', 10).notNullable().checkIn(STATUSES);
    table.string('closed_date', 10).nullable();
    table.integer('placement_id').unsigned().nullable().references('id').inTable('housing_placements').onDelete('SET NULL');
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.check('places_needed >= 1');
    table.check("(status = 'waiting') = (closed_date IS NULL)");
  });
  await knex.raw("CREATE UNIQUE INDEX housing_waitlist_one_waiting ON housing_waitlist (household_id) WHERE status = 'waiting'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS housing_waitlist_one_waiting');
  await knex.schema.dropTable('housing_waitlist');
}
