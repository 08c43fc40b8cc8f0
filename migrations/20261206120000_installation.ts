import type { Knex } from 'knex';

/**
 * Who this database is (issue 13): one row naming the installation and the fingerprint of the field key its
 * encrypted fields need. A missing or different key is then a refusal to start instead of a silent new key,
 * and a backup or a recovery kit from another installation is recognised. The row is written by the core
 * once the key is known (a migration never sees the key), so the table starts empty.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('installation', (table) => {
    // One row only: the CHECK keeps a second one out.
    table.integer('id').primary();
    table.string('installation_id', 36).notNullable();
    // HMAC-SHA-256 of a fixed label under the field key, hex: names the key without revealing it.
    table.string('field_key_fingerprint', 64).notNullable();
    table.string('created_at', 30).notNullable();
    table.check('id = 1');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('installation');
}
