import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { isPostgres } from '../../db/connection';
import { quote, type CopiedTable } from './tables';

export type Row = Record<string, unknown>;

/**
 * Reads a table in primary-key order, a batch at a time, on either engine. Text keys are sorted bytewise on
 * PostgreSQL (COLLATE "C") as SQLite's BINARY collation does, so both sides give their rows in the same order.
 */
export async function forEachBatch(db: Knex | Knex.Transaction, table: CopiedTable, batchSize: number, work: (rows: Row[]) => Promise<void>): Promise<void> {
  const postgres = isPostgres(db);
  const order = table.key
    .map((column) => (postgres && table.textKeys.includes(column) ? `${quote(column)} COLLATE "C"` : quote(column)))
    .join(', ');
  const columns = table.columns.map(quote).join(', ');
  // Integer ids are read from the last one seen (each batch an index seek); other keys page by offset.
  const byId = table.serialId;
  let last: number | null = null;
  for (let offset = 0; ; offset += batchSize) {
    const sql = byId
      ? `SELECT ${columns} FROM ${quote(table.name)} ${last === null ? '' : `WHERE "id" > ${last} `}ORDER BY "id" LIMIT ${batchSize}`
      : `SELECT ${columns} FROM ${quote(table.name)} ORDER BY ${order} LIMIT ${batchSize} OFFSET ${offset}`;
    const result = (await db.raw(sql)) as Row[] | { rows: Row[] };
    const rows = Array.isArray(result) ? result : result.rows;
    if (rows.length === 0) return;
    if (byId) last = Number(rows[rows.length - 1]!.id);
    await work(rows);
    if (rows.length < batchSize) return;
  }
}

/**
 * One value as both engines can agree on it: SQLite keeps booleans as 0 and 1 where PostgreSQL has true and
 * false, and may give a number where PostgreSQL gives a string of digits (64-bit counts). Numbers and booleans
 * become `n:` and their decimal text, text `s:` and itself, bytes `b:` and base64, NULL stays null.
 */
export function normalised(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'n:1' : 'n:0';
  if (typeof value === 'number' || typeof value === 'bigint') return `n:${String(value)}`;
  if (Buffer.isBuffer(value)) return `b:${value.toString('base64')}`;
  if (value instanceof Date) return `s:${value.toISOString()}`;
  return `s:${String(value)}`;
}

export interface TableSummary {
  rows: number;
  /** SHA-256 (hex) over every row in key order, each row its normalised values in column order. */
  checksum: string;
}

/** The row count and checksum of one table, the same function on both sides of the copy. */
export async function summarise(db: Knex | Knex.Transaction, table: CopiedTable, batchSize: number): Promise<TableSummary> {
  const hash = createHash('sha256');
  let rows = 0;
  await forEachBatch(db, table, batchSize, async (batch) => {
    for (const row of batch) {
      hash.update(`${JSON.stringify(table.columns.map((column) => normalised(row[column])))}\n`);
      rows += 1;
    }
  });
  return { rows, checksum: hash.digest('hex') };
}
