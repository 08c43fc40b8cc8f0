import type { UseQueryResult } from '@tanstack/react-query';
import type { Page } from '../../../shared/domain/directory';
import type { PagedListControls } from './PagedTable';
import { TablePager } from './TablePager';

/** The pager of a server-paged list, driven by its list controller; nothing while the list is empty. */
export function PagedListPager<Row, Column extends string>({ caption, query, list }: { caption: string; query: UseQueryResult<Page<Row>>; list: PagedListControls<Column> }) {
  const total = query.data?.total ?? 0;
  if (total === 0) return null;
  return (
    <TablePager
      caption={caption}
      page={list.state.page}
      pageSize={list.state.pageSize}
      total={total}
      loading={query.isFetching}
      onPage={list.setPage}
      onPageSize={list.setPageSize}
    />
  );
}
