import type { Knex } from 'knex';

// Roles are spelled here rather than imported: a migration is a frozen record of the schema at its date.
const ROLES_AT_THIS_MIGRATION = ['admin', 'coordinator', 'teacher', 'housing'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (table) => {
    table.increments('id').primary();
    table.string('username', 40).notNullable().unique();
    table.string('display_name', 100).notNullable();
    table.string('password_hash', 255).notNullable();
    table.boolean('active').notNullable().defaultTo(true);
    table.boolean('must_change_password').notNullable().defaultTo(false);
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.string('last_login_at', 30).nullable();
  });

  await knex.schema.createTable('user_roles', (table) => {
    table.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE');
    table.string('role', 20).notNullable().checkIn(ROLES_AT_THIS_MIGRATION);
    table.primary(['user_id', 'role']);
  });

  await knex.schema.createTable('settings', (table) => {
    table.string('key', 64).primary();
    table.text('value').notNullable();
  });

  await knex.schema.createTable('audit_events', (table) => {
    table.increments('id').primary();
    table.string('at', 30).notNullable().index();
    table.integer('user_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL');
    table.string('action', 60).notNullable();
    table.string('entity', 40).notNullable();
    table.string('entity_id', 40).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_events');
  await knex.schema.dropTable('settings');
  await knex.schema.dropTable('user_roles');
  await knex.schema.dropTable('users');
}
