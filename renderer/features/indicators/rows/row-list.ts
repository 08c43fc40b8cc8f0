/**
 * The drawer's list, searched, sorted and paged in the window (the rows behind a figure are read whole, see
 * queries.ts). Search: every word found somewhere in the row, accents and case ignored. Pure.
 */
import type { Sort } from '../../../components/data-table/list-state';

/** Lower case without accents, so "eleves" finds "Élèves". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('fr').trim();
}

export function matching<Row>(rows: readonly Row[], search: string, textOf: (row: Row) => string): Row[] {
  const words = searchable(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = searchable(textOf(row));
    return words.every((word) => text.includes(word));
  });
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Sorted by one column's value (numbers as numbers, texts as a French reader orders them); stable. */
export function sorted<Row>(rows: readonly Row[], sort: Sort<string>, valueOf: (row: Row, column: string) => string | number | null): Row[] {
  const factor = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, sort.column) }))
    .sort((a, b) => {
      // Missing values (pupils not recorded) go last whatever the direction.
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = compare(a.value, b.value);
      return order === 0 ? a.index - b.index : order * factor;
    })
    .map(({ row }) => row);
}

function compare(a: string | number, b: string | number): number {
  if (a === b) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function pageOf<Row>(rows: readonly Row[], page: number, pageSize: number): Row[] {
  const start = (Math.max(1, page) - 1) * pageSize;
  return rows.slice(start, start + pageSize);
}
