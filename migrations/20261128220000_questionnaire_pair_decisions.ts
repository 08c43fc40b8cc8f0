import type { Knex } from 'knex';

/**
 * A person's decision about a tolerant pairing candidate (issue 5, point 3): two forms of one class and one
 * event whose pupil codes differ by one character or two swapped ones, accepted as the same pupil or
 * rejected. No decision = pending. A decision no longer matching a candidate (a code was corrected since) is
 * ignored by the pairing and removed when the code changes.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('questionnaire_pair_decisions', (table) => {
    table.increments('id').primary();
    table.integer('before_response_id').unsigned().notNullable().references('id').inTable('questionnaire_responses').onDelete('CASCADE');
    table.integer('after_response_id').unsigned().notNullable().references('id').inTable('questionnaire_responses').onDelete('CASCADE');
    table.boolean('accepted').notNullable();
    table.integer('decided_by').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL');
    table.string('decided_at', 30).notNullable();
    table.unique(['before_response_id', 'after_response_id']);
    table.index(['after_response_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('questionnaire_pair_decisions');
}
