import { describe, expect, it } from 'vitest';
import {
  compactFilters,
  filtersDiffer,
  listReducer,
  nextSort,
  pageCount,
  pageRequest,
  rangeOf,
  type ListState,
} from '../../renderer/components/data-table/list-state';

type Filters = { networks: string[]; neighbourhood: string; schoolId: number | undefined };
const start: ListState<Filters, 'name' | 'classCount'> = {
  search: '',
  filters: { networks: [], neighbourhood: '', schoolId: undefined },
  sort: { column: 'name', direction: 'asc' },
  page: 4,
  pageSize: 50,
};

describe('paged list state', () => {
  it('goes back to the first page when the search, a filter, the sort or the page size changes', () => {
    expect(listReducer(start, { type: 'search', search: 'laveu' })).toMatchObject({ search: 'laveu', page: 1 });
    expect(listReducer(start, { type: 'filter', filters: { networks: ['libre'] } })).toMatchObject({
      filters: { networks: ['libre'], neighbourhood: '', schoolId: undefined },
      page: 1,
    });
    expect(listReducer(start, { type: 'sort', column: 'classCount', descendingFirst: true })).toMatchObject({
      sort: { column: 'classCount', direction: 'desc' },
      page: 1,
    });
    expect(listReducer(start, { type: 'pageSize', pageSize: 100 })).toMatchObject({ pageSize: 100, page: 1 });
  });

  it('keeps the filters when only the page changes, and never goes below page 1', () => {
    const moved = listReducer({ ...start, search: 'x' }, { type: 'page', page: 7 });
    expect(moved).toMatchObject({ search: 'x', page: 7 });
    expect(listReducer(start, { type: 'page', page: 0 }).page).toBe(1);
  });

  it('clears the search and puts the starting filters back', () => {
    const busy = { ...start, search: 'x', filters: { networks: ['fwb'], neighbourhood: 'Centre', schoolId: 3 } };
    expect(listReducer(busy, { type: 'reset', filters: start.filters })).toMatchObject({ search: '', filters: start.filters, page: 1 });
  });

  it('flips the sorted column and starts another ascending, or descending for counts', () => {
    expect(nextSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({ column: 'name', direction: 'desc' });
    expect(nextSort({ column: 'name', direction: 'desc' }, 'name')).toEqual({ column: 'name', direction: 'asc' });
    expect(nextSort({ column: 'name', direction: 'desc' }, 'classCount')).toEqual({ column: 'classCount', direction: 'asc' });
    expect(nextSort({ column: 'name', direction: 'asc' }, 'classCount', true)).toEqual({ column: 'classCount', direction: 'desc' });
  });
});

describe('paging arithmetic', () => {
  it('counts pages, an empty list having one', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(1234, 50)).toBe(25);
  });

  it('says which rows a page shows ("51–100 sur 1 234")', () => {
    expect(rangeOf(1, 50, 1234)).toEqual({ from: 1, to: 50 });
    expect(rangeOf(2, 50, 1234)).toEqual({ from: 51, to: 100 });
    expect(rangeOf(25, 50, 1234)).toEqual({ from: 1201, to: 1234 });
    expect(rangeOf(1, 50, 0)).toEqual({ from: 0, to: 0 });
    // A page beyond the end (the list shrank) shows the last one.
    expect(rangeOf(30, 50, 120)).toEqual({ from: 101, to: 120 });
  });

  it('asks the server for one page in the chosen order', () => {
    expect(pageRequest({ sort: { column: 'name', direction: 'desc' }, page: 3, pageSize: 25 })).toEqual({
      sortBy: 'name',
      sortDirection: 'desc',
      offset: 50,
      limit: 25,
    });
  });
});

describe('filters sent to the server', () => {
  it('drops empty values and trims text', () => {
    expect(compactFilters({ networks: [], neighbourhood: '  Laveu ', schoolId: undefined })).toEqual({ neighbourhood: 'Laveu' });
    expect(compactFilters({ networks: ['libre'], neighbourhood: '   ', schoolId: 4 })).toEqual({ networks: ['libre'], schoolId: 4 });
  });

  it('tells whether a filter differs from where the list started', () => {
    const initial = { networks: [] as string[], neighbourhood: '', schoolId: undefined as number | undefined, year: '2026–2027' };
    expect(filtersDiffer({ ...initial }, initial)).toBe(false);
    expect(filtersDiffer({ ...initial, networks: [] }, initial)).toBe(false);
    expect(filtersDiffer({ ...initial, networks: ['libre'] }, initial)).toBe(true);
    expect(filtersDiffer({ ...initial, schoolId: 2 }, initial)).toBe(true);
    expect(filtersDiffer({ ...initial, year: undefined as unknown as string }, initial)).toBe(true);
  });
});
