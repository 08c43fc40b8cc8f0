import type { Knex } from 'knex';

/**
 * Many rows in few `INSERT … VALUES (…), (…)` statements: the demo's large volumes (issue 19: 1.5 million
 * answers in seconds) and a questionnaire file's import (100,000 answers). Rows are plain arrays in `columns`
 * order. Written here rather than with knex's insert: knex's query builder costs more than SQLite itself at this
 * size, and on SQLite it turns a multi-row insert into `SELECT … UNION ALL SELECT …`, which SQLite caps at 500
 * terms. Table and column names are the callers' constants, never user text. A chunk holds at most MAX_PARAMETERS values, so its bound parameters stay far under SQLite's limit
 * (32,766 in the SQLite that sqlite3 bundles) and PostgreSQL's (65,535). Everything runs in the caller's transaction.
 */
const MAX_PARAMETERS = 9_000;

export async function bulkInsert(db: Knex, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
  if (rows.length === 0) return;
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values `;
  for (let start = 0; start < rows.length; start += chunk) {
    const bindings: unknown[] = [];
    const tuples: string[] = [];
    for (let index = start; index < Math.min(rows.length, start + chunk); index += 1) {
      const row = rows[index]!;
      if (row.length !== columns.length) throw new Error(`bulkInsert ${table}: a row has ${row.length} values for ${columns.length} columns`);
      tuples.push(`(${row.map((value) => literalOrParameter(value, bindings)).join(', ')})`);
    }
    await db.raw(head + tuples.join(', '), bindings as Knex.RawBinding[]);
  }
}

/**
 * Whole numbers, null and '' are written as SQL literals (nothing in them can be read as SQL, and knex's binding
 * of millions of them would cost more than the insert); anything else is a bound parameter.
 */
function literalOrParameter(value: unknown, bindings: unknown[]): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (value === '') return "''";
  bindings.push(value);
  return '?';
}
