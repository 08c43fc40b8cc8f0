import { useMemo, useReducer, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import {
  DEFAULT_PAGE_SIZE,
  compactFilters,
  filtersDiffer,
  listReducer,
  pageRequest,
  type ListAction,
  type ListState,
  type Sort,
} from './list-state';

const SEARCH_DEBOUNCE_MS = 300;

interface ListOptions<Filters, Column extends string> {
  filters: Filters;
  sort: Sort<Column>;
  /** Columns whose first click sorts descending (counts: the biggest first). */
  descendingFirst?: readonly Column[];
}

/**
 * Search (debounced), filters, sort and page of a server-paged list. `query` is what the list channel needs;
 * `exportFilters` is the same selection without paging, for "export to CSV".
 */
export function useListState<Filters extends object, Column extends string>(options: ListOptions<Filters, Column>) {
  // The starting filters and sort, as given on first render: "clear" returns to them.
  const [initial] = useState(options);
  const [state, dispatch] = useReducer(
    (current: ListState<Filters, Column>, action: ListAction<Filters, Column>) => listReducer(current, action),
    { search: '', filters: initial.filters, sort: initial.sort, page: 1, pageSize: DEFAULT_PAGE_SIZE },
  );
  const [debouncedSearch] = useDebouncedValue(state.search.trim(), SEARCH_DEBOUNCE_MS);

  const exportFilters = useMemo(
    () => ({ ...compactFilters(state.filters), ...(debouncedSearch ? { search: debouncedSearch } : {}) }),
    [state.filters, debouncedSearch],
  );
  const query = useMemo(() => ({ ...exportFilters, ...pageRequest(state) }), [exportFilters, state]);
  const filtered = debouncedSearch !== '' || filtersDiffer(state.filters, initial.filters);

  const actions = useMemo(
    () => ({
      setSearch: (search: string) => dispatch({ type: 'search', search }),
      setFilters: (filters: Partial<Filters>) => dispatch({ type: 'filter', filters }),
      clear: () => dispatch({ type: 'reset', filters: initial.filters }),
      sortBy: (column: Column) =>
        dispatch({ type: 'sort', column, descendingFirst: initial.descendingFirst?.includes(column) ?? false }),
      setPage: (page: number) => dispatch({ type: 'page', page }),
      setPageSize: (pageSize: number) => dispatch({ type: 'pageSize', pageSize }),
    }),
    [initial],
  );

  return { state, query, exportFilters, filtered, ...actions };
}

export type ListController<Filters extends object, Column extends string> = ReturnType<typeof useListState<Filters, Column>>;
