import type { ReactNode } from 'react';
import { Box, Card } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Page } from '../../../shared/domain/directory';
import { QueryFailure } from '../QueryFailure';
import { DataTable, type DataColumn } from './DataTable';
import type { Sort } from './list-state';
import { PagedListPager } from './PagedListPager';
import { usePagedRows } from './use-paged-rows';

/** The part of a list controller (useListState) the table drives. */
export interface PagedListControls<Column extends string> {
  state: { sort: Sort<Column>; page: number; pageSize: number };
  sortBy(column: Column): void;
  setPage(page: number): void;
  setPageSize(pageSize: number): void;
}

interface PagedTableProps<Row, Column extends string> {
  caption: string;
  query: UseQueryResult<Page<Row>>;
  list: PagedListControls<Column>;
  columns: readonly DataColumn<Row, Column>[];
  rowKey(row: Row): string | number;
  actions?(row: Row): ReactNode;
  /** Shown instead of rows when the page is empty (nothing yet, or nothing matches). */
  empty: ReactNode;
  minWidth?: number;
}

/**
 * One server-paged list in a card: the table, its empty state, its failure, and the pager. The previous rows
 * stay (dimmed) while the next page loads, so the table never jumps (`usePagedRows`).
 */
export function PagedTable<Row, Column extends string>({ caption, query, list, columns, rowKey, actions, empty, minWidth }: PagedTableProps<Row, Column>) {
  const { rows, isEmpty } = usePagedRows(query, list);

  return (
    <Card withBorder radius="lg" padding={0}>
      {query.isError ? (
        <Box p="md">
          <QueryFailure error={query.error} onRetry={() => void query.refetch()} />
        </Box>
      ) : (
        <>
          <DataTable
            caption={caption}
            columns={columns}
            rows={rows}
            rowKey={rowKey}
            sort={list.state.sort}
            onSort={list.sortBy}
            pending={query.isPending}
            stale={query.isPlaceholderData}
            actions={actions}
            minWidth={minWidth}
          />
          {isEmpty ? empty : null}
          <PagedListPager caption={caption} query={query} list={list} />
        </>
      )}
    </Card>
  );
}
