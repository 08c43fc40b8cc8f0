import type { Knex } from 'knex';
import { refuse } from './refusal';

/**
 * Which tables a copy moves, and in which order. Every table of the schema is copied except what belongs to
 * one database and means nothing in another: knex's migration bookkeeping (the target migrates itself), and
 * the team server's own sessions and login throttling (a desktop has none). The copy's own progress table is
 * the target's only.
 */
const NOT_COPIED = new Set(['knex_migrations', 'knex_migrations_lock', 'server_sessions', 'login_throttle', 'sqlite_sequence', 'sqlite_stat1']);
export const PROGRESS_TABLE = 'copy_progress';

export interface CopiedTable {
  name: string;
  /** Column names in the table's order (the same on both engines: the same migrations made them). */
  columns: string[];
  /** The primary key's columns (every table has one): the order of batches and of the checksum. */
  key: string[];
  /** A PostgreSQL sequence gives this table's ids: it is moved past the copied ones at the end. */
  serialId: boolean;
  /** Key columns holding text: PostgreSQL sorts them bytewise ("C"), as SQLite does, so both read one order. */
  textKeys: string[];
}

interface ColumnInfo {
  name: string;
  pk: number;
  type: string;
}

/**
 * The local tables in foreign-key order (a table after every table it refers to), read from SQLite itself so
 * that a table added by a later migration is copied without anyone remembering to list it here.
 */
export async function localTables(sqlite: Knex): Promise<CopiedTable[]> {
  const names: string[] = (
    (await sqlite.raw(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)) as { name: string }[]
  )
    .map((row) => row.name)
    .filter((name) => !NOT_COPIED.has(name) && name !== PROGRESS_TABLE);
  const parents = new Map<string, string[]>();
  const tables = new Map<string, CopiedTable>();
  for (const name of names) {
    const columns = (await sqlite.raw(`PRAGMA table_info(${quote(name)})`)) as ColumnInfo[];
    const key = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name);
    if (key.length === 0) throw new Error(`table ${name} has no primary key: a copy could not be verified row by row`);
    const serialId = key.length === 1 && key[0] === 'id' && /^integer$/i.test(columns.find((column) => column.name === 'id')?.type ?? '');
    const textKeys = key.filter((column) => !/int/i.test(columns.find((info) => info.name === column)?.type ?? ''));
    tables.set(name, { name, columns: columns.map((column) => column.name), key, serialId, textKeys });
    const references = (await sqlite.raw(`PRAGMA foreign_key_list(${quote(name)})`)) as { table: string }[];
    // A table that refers to itself is filled in id order, where a row's parent comes first.
    parents.set(name, [...new Set(references.map((reference) => reference.table))].filter((parent) => parent !== name));
  }
  const ordered: CopiedTable[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (name: string): void => {
    if (placed.has(name)) return;
    if (visiting.has(name)) throw new Error(`tables refer to each other in a cycle through ${name}`);
    visiting.add(name);
    for (const parent of parents.get(name) ?? []) if (tables.has(parent)) place(parent);
    visiting.delete(name);
    placed.add(name);
    ordered.push(tables.get(name)!);
  };
  for (const name of names) place(name);
  // The installation row (the records' identity and key fingerprint) goes last: until it is there, a team
  // server started too early on a half-copied database records an identity of its own, and the copy then stops
  // on that row instead of finishing under a server already serving part of the records.
  const identity = ordered.findIndex((table) => table.name === 'installation');
  if (identity >= 0 && !ordered.some((table) => parents.get(table.name)?.includes('installation'))) ordered.push(...ordered.splice(identity, 1));
  return ordered;
}

/** The target must have the same tables and columns: the same migrations made both (checked, not assumed). */
export async function assertSameTables(postgres: Knex, tables: CopiedTable[]): Promise<void> {
  const rows = (await postgres.raw(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`,
  )) as { rows: { table_name: string; column_name: string }[] };
  const columns = new Map<string, Set<string>>();
  for (const row of rows.rows) {
    if (!columns.has(row.table_name)) columns.set(row.table_name, new Set());
    columns.get(row.table_name)!.add(row.column_name);
  }
  for (const table of tables) {
    const target = columns.get(table.name);
    if (!target || table.columns.some((column) => !target.has(column)) || target.size !== table.columns.length) {
      throw refuse(
        'tablesDiffer',
        `La table « ${table.name} » n’a pas les mêmes colonnes dans PostgreSQL que dans le fichier local. Rien n’a été copié dans cette table. Utilisez la même version de Passerelle pour l’application et pour cette commande.`,
        `Table "${table.name}" has different columns in PostgreSQL than in the local file. Use the same Passerelle version for the app and for this command.`,
        table.name,
      );
    }
  }
}

/** PostgreSQL's boolean columns: SQLite stores 0 and 1 there, which are converted on the way in. */
export async function booleanColumns(postgres: Knex): Promise<Set<string>> {
  const rows = (await postgres.raw(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'boolean'`,
  )) as { rows: { table_name: string; column_name: string }[] };
  return new Set(rows.rows.map((row) => `${row.table_name}.${row.column_name}`));
}

/** Table and column names come from the schema, never from a user; quoted anyway. */
export function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
