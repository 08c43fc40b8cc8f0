import type { Knex } from 'knex';

/**
 * Sessions and login throttling kept in the database (issue 15): a team's server may run as several processes
 * behind a load balancer, and each must know who is signed in and how many times a name failed. The desktop
 * app on its own file keeps both in memory (a restart signs everyone out there); these tables stay empty.
 *
 * Neither table holds a secret or a name in clear: a session is found by the SHA-256 of its cookie, a login
 * name by the SHA-256 of its folded spelling, so reading the table gives no usable cookie and no list of names.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('server_sessions', (table) => {
    table.string('key_hash', 64).primary();
    table.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE');
    table.string('created_at', 30).notNullable();
    table.string('last_seen_at', 30).notNullable();
    table.index(['user_id']);
  });
  await knex.schema.createTable('login_throttle', (table) => {
    table.string('name_hash', 64).primary();
    table.integer('failures').notNullable().defaultTo(0);
    table.string('next_allowed_at', 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('login_throttle');
  await knex.schema.dropTable('server_sessions');
}
