/**
 * The state of a server-paged list (search, filters, sort, page) and the arithmetic around it. Pure, so the
 * rules are unit-tested: any change of search, filter, sort or page size goes back to the first page.
 */

export type SortDirection = 'asc' | 'desc';

export interface Sort<Column extends string> {
  column: Column;
  direction: SortDirection;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;

export interface ListState<Filters, Column extends string> {
  search: string;
  filters: Filters;
  sort: Sort<Column>;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export type ListAction<Filters, Column extends string> =
  | { type: 'search'; search: string }
  | { type: 'filter'; filters: Partial<Filters> }
  | { type: 'reset'; filters: Filters }
  | { type: 'sort'; column: Column; descendingFirst: boolean }
  | { type: 'page'; page: number }
  | { type: 'pageSize'; pageSize: number };

/** Clicking the sorted column flips it; another column starts ascending (or descending for counts). */
export function nextSort<Column extends string>(current: Sort<Column>, column: Column, descendingFirst = false): Sort<Column> {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: descendingFirst ? 'desc' : 'asc' };
}

export function listReducer<Filters, Column extends string>(
  state: ListState<Filters, Column>,
  action: ListAction<Filters, Column>,
): ListState<Filters, Column> {
  switch (action.type) {
    case 'search':
      return { ...state, search: action.search, page: 1 };
    case 'filter':
      return { ...state, filters: { ...state.filters, ...action.filters }, page: 1 };
    case 'reset':
      return { ...state, search: '', filters: action.filters, page: 1 };
    case 'sort':
      return { ...state, sort: nextSort(state.sort, action.column, action.descendingFirst), page: 1 };
    case 'page':
      return { ...state, page: Math.max(1, Math.floor(action.page)) };
    case 'pageSize':
      return { ...state, pageSize: action.pageSize, page: 1 };
  }
}

/** Number of pages for `total` rows; an empty list still has one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The 1-based rows shown on a page: `{ from: 51, to: 100 }`; `{ from: 0, to: 0 }` when there are none. */
export function rangeOf(page: number, pageSize: number, total: number): { from: number; to: number } {
  if (total <= 0) return { from: 0, to: 0 };
  const safePage = Math.min(Math.max(1, page), pageCount(total, pageSize));
  const from = (safePage - 1) * pageSize + 1;
  return { from, to: Math.min(total, from + pageSize - 1) };
}

/** What a list channel needs to answer one page in the chosen order. */
export function pageRequest<Column extends string>(
  state: Pick<ListState<unknown, Column>, 'sort' | 'page' | 'pageSize'>,
): { sortBy: Column; sortDirection: SortDirection; offset: number; limit: number } {
  return {
    sortBy: state.sort.column,
    sortDirection: state.sort.direction,
    offset: (Math.max(1, state.page) - 1) * state.pageSize,
    limit: state.pageSize,
  };
}

/** True when a filter differs from its starting value: the empty state then says "nothing matches". */
export function filtersDiffer<Filters extends object>(filters: Filters, initial: Filters): boolean {
  return (Object.keys(initial) as (keyof Filters)[]).some((key) => !sameValue(filters[key], initial[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  const empty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty(a) && empty(b)) return true;
  return a === b;
}

/** Drops empty values (blank text, empty arrays, null) so the channel gets only the filters that apply. */
export function compactFilters<Filters extends object>(filters: Filters): Partial<Filters> {
  const result: Partial<Filters> = {};
  for (const key of Object.keys(filters) as (keyof Filters)[]) {
    const value = filters[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    result[key] = typeof value === 'string' ? (value.trim() as Filters[keyof Filters]) : value;
  }
  return result;
}
