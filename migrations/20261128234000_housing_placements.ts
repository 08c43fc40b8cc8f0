import type { Knex } from 'knex';

// Codes are spelled here rather than imported: a migration is a frozen record of the schema at its date.
const END_REASONS = ['moved_to_housing', 'returned', 'transferred', 'left_without_notice', 'evicted', 'other'];

/**
 * Solidarity housing (issue 6, point 4): placements of a household in a unit, counted in nights (see
 * shared/domain/housing/occupancy.ts). `places` is the number of people placed; the unit's capacity is never
 * exceeded on any night, which the server checks in the same transaction as the write (a CHECK cannot see
 * the other rows). Dates are calendar days "YYYY-MM-DD". End reason only with an actual end.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('housing_placements', (table) => {
    table.increments('id').primary();
    // RESTRICT: a unit or a household with placements is never deleted (the bed-nights history stays true).
    table.integer('unit_id').unsigned().notNullable().references('id').inTable('housing_units').onDelete('RESTRICT');
    table.integer('household_id').unsigned().notNullable().references('id').inTable('housing_households').onDelete('RESTRICT');
    table.integer('places').notNullable();
    table.string('start_date', 10).notNullable();
    table.string('planned_end', 10).nullable();
    table.string('actual_end', 10).nullable();
    table.string('end_reason', 30).nullable().checkIn(END_REASONS);
    table.text('notes').notNullable().defaultTo('');
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.check('places >= 1');
    table.check('planned_end IS NULL OR planned_end > start_date');
    table.check('actual_end IS NULL OR actual_end >= start_date');
    table.check('(actual_end IS NULL) = (end_reason IS NULL)');
    table.index(['unit_id']);
    table.index(['household_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('housing_placements');
}
