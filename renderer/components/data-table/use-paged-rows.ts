import { useEffect } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Page } from '../../../shared/domain/directory';
import { pageCount } from './list-state';
import type { PagedListControls } from './PagedTable';

/**
 * The rows of one server-paged list, whatever draws them (a table, or cards in a narrow window): the page shown,
 * the total, and whether to show the list's empty state. The previous rows stay while the next page loads.
 * Deleting the last row of the last page, or a list that shrank meanwhile, goes back to a page that exists.
 */
export function usePagedRows<Row, Column extends string>(query: UseQueryResult<Page<Row>>, list: PagedListControls<Column>) {
  const total = query.data?.total ?? 0;
  const rows = query.data?.rows ?? [];
  const lastPage = pageCount(total, list.state.pageSize);
  const { setPage } = list;
  useEffect(() => {
    if (query.isSuccess && !query.isPlaceholderData && list.state.page > lastPage) setPage(lastPage);
  }, [query.isSuccess, query.isPlaceholderData, list.state.page, lastPage, setPage]);
  return { rows, total, isEmpty: query.isSuccess && rows.length === 0 && !query.isPlaceholderData };
}
