import type { Knex } from 'knex';
import type { Db } from './connection';

/** Every directory list answers this many rows unless asked otherwise (the contract caps it at 500). */
const DEFAULT_PAGE_SIZE = 50;

/** Ids per `where in (…)`: well under the bound-parameter limits of SQLite and PostgreSQL. */
const CHUNK_SIZE = 500;

export function chunked<T>(items: readonly T[], size = CHUNK_SIZE): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Runs one lookup per chunk of ids and concatenates the rows: no N+1, and no unbounded `in` list. */
export async function whereInChunks<Row>(ids: readonly number[], lookup: (chunk: number[]) => Promise<Row[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const chunk of chunked([...new Set(ids)])) {
    // One by one, not `push(...found)`: a chunk of ids can find hundreds of thousands of rows (ten years of
    // answers, issue 19), more arguments than a call takes (RangeError).
    for (const row of await lookup(chunk)) rows.push(row);
  }
  return rows;
}

/**
 * Lower case without accents or repeated spaces: "École  Sainte-Marguerite " → "ecole sainte-marguerite".
 * Stored as `schools.name_key`, it makes duplicates, search and sorting of school names ignore case and
 * accents in SQLite too, whose `lower()` and default collation know only ASCII.
 */
export function foldedKey(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** The text a user typed, as a LIKE pattern that finds it anywhere: `%` and `_` are matched literally. */
function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface SearchColumns {
  /** Columns compared through `lower()` (ASCII case folding in SQLite, full in PostgreSQL). */
  text?: readonly string[];
  /** Columns holding a `foldedKey`, compared with the folded search term. */
  folded?: readonly string[];
}

/**
 * Keeps the rows where every word of the search appears in one of the columns, so "dupont marie" finds
 * Marie Dupont and "ecole 4020" finds "École …" in 4020. `lower()` and `escape` work alike in SQLite and
 * PostgreSQL.
 */
export function whereSearch(query: Knex.QueryBuilder, columns: SearchColumns, search: string | undefined): void {
  const terms = (search ?? '').split(/\s+/).filter((term) => term !== '').slice(0, 8);
  for (const term of terms) {
    const plain = containsPattern(term.toLowerCase());
    const folded = containsPattern(foldedKey(term));
    query.where((any) => {
      for (const column of columns.text ?? []) any.orWhereRaw("lower(??) like ? escape '\\'", [column, plain]);
      // The lower-cased term too, so rows whose key was written lower-cased only (with accents) are found.
      for (const column of columns.folded ?? []) {
        any.orWhereRaw("?? like ? escape '\\'", [column, folded]).orWhereRaw("?? like ? escape '\\'", [column, plain]);
      }
    });
  }
}

export interface PageRequest {
  offset?: number;
  limit?: number;
  sortDirection?: 'asc' | 'desc';
}

/** A sort column; `{ lower }` sorts text without regard to case (else "de Waha" comes after "Zénobe"). */
export type SortColumn = string | { lower: string };

/**
 * Sorts by the first column in the chosen direction, then by the others ascending (within one postal code,
 * schools stay in alphabetical order), then by id so that equal values keep one order from page to page.
 */
export function orderPage(
  query: Knex.QueryBuilder,
  columns: readonly SortColumn[],
  idColumn: string,
  direction: 'asc' | 'desc' = 'asc',
): void {
  columns.forEach((column, index) => {
    // One of two literals (the contract's enum), never user text, so it may go into SQL.
    const order = index === 0 && direction === 'desc' ? 'desc' : 'asc';
    // SQLite sorts NULL first ascending, PostgreSQL last: said explicitly, both give SQLite's order (a contact
    // without a school first A→Z, last Z→A). knex's own `nulls` option drops the column on SQLite (knex 3.3).
    const nulls = order === 'asc' ? 'nulls first' : 'nulls last';
    if (typeof column === 'string') query.orderByRaw(`?? ${order} ${nulls}`, [column]);
    else query.orderByRaw(`lower(??) ${order} ${nulls}`, [column.lower]);
  });
  query.orderBy(idColumn, 'asc');
}

/** The total of a filtered query and one page of it, in two queries. */
export async function pageOf<Row>(query: Knex.QueryBuilder, request: PageRequest): Promise<{ rows: Row[]; total: number }> {
  const counted = await query.clone().clearSelect().clearOrder().count({ n: '*' }).first();
  const rows: Row[] = await query.offset(request.offset ?? 0).limit(request.limit ?? DEFAULT_PAGE_SIZE);
  return { rows, total: Number(counted?.n ?? 0) };
}

/** The id of an inserted row, whichever shape the driver answers (`[3]` or `[{ id: 3 }]`). */
export async function insertReturningId(db: Db, table: string, row: Record<string, unknown>): Promise<number> {
  const [inserted] = await db(table).insert(row).returning('id');
  return typeof inserted === 'object' && inserted !== null ? Number((inserted as { id: number }).id) : Number(inserted);
}

export function countValue(row: { n?: string | number } | undefined): number {
  return Number(row?.n ?? 0);
}
