import type { Knex } from 'knex';

/**
 * Issue 17, loans:
 * - a request on a period that is taken can be recorded as **waiting** (`loans.status = 'waiting'`): it holds
 *   nothing, and is offered once the period frees up. Recording it and turning it into a request are signed
 *   like every decision, so `loan_decisions.decision` takes 'waiting' too;
 * - the loan's contact person can be one of the school's directory contacts (`loans.contact_id`); the loan
 *   keeps its own copy of the name, e-mail and phone (what the agreement printed), so a contact deleted or
 *   changed later leaves the loan's record as it was (ON DELETE SET NULL).
 *
 * Widening a CHECK list: PostgreSQL drops and adds the constraint. SQLite cannot alter a constraint, and
 * rebuilding `loans` would fire the ON DELETE CASCADE of its checks, visits and decisions; SQLite documents
 * editing the table's text in sqlite_schema for a change that "does not affect the on-disk content in any
 * way" (loosening a CHECK is one: every stored row still passes), which is done here inside the migration's
 * transaction, with the schema version bumped so the connection reads the new text.
 */

// Codes spelled here rather than imported: a migration is a frozen record of its date.
const OLD_STATUSES = ['requested', 'approved', 'delivered', 'returned', 'refused', 'cancelled'];
const NEW_STATUSES = ['waiting', ...OLD_STATUSES];
const OLD_DECISIONS = ['requested', 'approved', 'refused', 'cancelled'];
const NEW_DECISIONS = ['waiting', ...OLD_DECISIONS];

function isPostgres(knex: Knex): boolean {
  return String(knex.client.config.client).startsWith('p');
}

/** knex's inline CHECK text on SQLite: check (`status` in ('a','b')). */
function sqliteCheck(column: string, values: readonly string[]): string {
  return `check (\`${column}\` in (${values.map((value) => `'${value}'`).join(',')}))`;
}

async function widenSqliteCheck(knex: Knex, changes: { table: string; column: string; from: readonly string[]; to: readonly string[] }[]): Promise<void> {
  const [version] = (await knex.raw('PRAGMA schema_version')) as { schema_version: number }[];
  await knex.raw('PRAGMA writable_schema = ON');
  try {
    for (const { table, column, from, to } of changes) {
      const row: { sql: string } | undefined = await knex('sqlite_master').where({ type: 'table', name: table }).first('sql');
      const before = sqliteCheck(column, from);
      if (!row || !row.sql.includes(before)) throw new Error(`${table}.${column}: the CHECK to widen was not found`);
      await knex.raw("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", [row.sql.replace(before, sqliteCheck(column, to)), table]);
    }
    await knex.raw(`PRAGMA schema_version = ${Number(version!.schema_version) + 1}`);
  } finally {
    await knex.raw('PRAGMA writable_schema = OFF');
  }
  const [check] = (await knex.raw('PRAGMA integrity_check')) as { integrity_check: string }[];
  if (check?.integrity_check !== 'ok') throw new Error('integrity check failed after widening a CHECK');
}

async function replacePostgresCheck(knex: Knex, table: string, column: string, values: readonly string[]): Promise<void> {
  const found = await knex.raw(
    `SELECT conname FROM pg_constraint WHERE conrelid = ?::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE ?`,
    [table, `%${column}%ANY%`],
  );
  for (const { conname } of found.rows as { conname: string }[]) await knex.raw('ALTER TABLE ?? DROP CONSTRAINT ??', [table, conname]);
  const list = values.map((value) => `'${value}'`).join(', ');
  await knex.raw(`ALTER TABLE ?? ADD CONSTRAINT ?? CHECK (${column} IN (${list}))`, [table, `${table}_${column}_check`]);
}

export async function up(knex: Knex): Promise<void> {
  if (isPostgres(knex)) {
    await replacePostgresCheck(knex, 'loans', 'status', NEW_STATUSES);
    await replacePostgresCheck(knex, 'loan_decisions', 'decision', NEW_DECISIONS);
    await knex.raw('ALTER TABLE loans ADD COLUMN contact_id integer NULL REFERENCES contacts(id) ON DELETE SET NULL');
  } else {
    await widenSqliteCheck(knex, [
      { table: 'loans', column: 'status', from: OLD_STATUSES, to: NEW_STATUSES },
      { table: 'loan_decisions', column: 'decision', from: OLD_DECISIONS, to: NEW_DECISIONS },
    ]);
    // A down migration leaves the column on SQLite (see down): it is there already when up runs again.
    if (!(await knex.schema.hasColumn('loans', 'contact_id'))) {
      await knex.raw('ALTER TABLE loans ADD COLUMN contact_id integer NULL REFERENCES contacts(id) ON DELETE SET NULL');
    }
  }
  await knex.raw('CREATE INDEX loans_contact_id_index ON loans (contact_id)');
}

/**
 * Back to the older set: waiting requests become cancelled ones (they held nothing), their 'waiting'
 * decision a 'requested' one. SQLite cannot drop a column that references another table: there the column
 * stays, emptied, which the older version ignores.
 */
export async function down(knex: Knex): Promise<void> {
  await knex('loans').where({ status: 'waiting' }).update({ status: 'cancelled' });
  await knex('loan_decisions').where({ decision: 'waiting' }).update({ decision: 'requested' });
  await knex.raw('DROP INDEX IF EXISTS loans_contact_id_index');
  if (isPostgres(knex)) {
    await knex.raw('ALTER TABLE loans DROP COLUMN contact_id');
    await replacePostgresCheck(knex, 'loans', 'status', OLD_STATUSES);
    await replacePostgresCheck(knex, 'loan_decisions', 'decision', OLD_DECISIONS);
    return;
  }
  await knex('loans').update({ contact_id: null });
  const narrow = (table: string, column: string, from: readonly string[], to: readonly string[]) => ({ table, column, from, to });
  await widenSqliteCheck(knex, [narrow('loans', 'status', NEW_STATUSES, OLD_STATUSES), narrow('loan_decisions', 'decision', NEW_DECISIONS, OLD_DECISIONS)]);
}
