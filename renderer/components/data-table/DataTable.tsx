import type { ReactNode } from 'react';
import { Skeleton, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sort } from './list-state';
import { SortHeader } from './SortHeader';
import classes from './DataTable.module.css';

export interface DataColumn<Row, Column extends string> {
  key: string;
  header: string;
  /** The list's sort column this header sorts by; none: not sortable. */
  sortColumn?: Column;
  render(row: Row): ReactNode;
  width?: number | string;
  align?: 'left' | 'right' | 'center';
}

interface DataTableProps<Row, Column extends string> {
  caption: string;
  columns: readonly DataColumn<Row, Column>[];
  rows: readonly Row[];
  rowKey(row: Row): string | number;
  sort: Sort<Column>;
  onSort(column: Column): void;
  /** First load: skeleton rows. */
  pending: boolean;
  /** Rows of the previous page or filter shown while the next ones load. */
  stale: boolean;
  /** The row's menu, in a last column without a visible header. */
  actions?(row: Row): ReactNode;
  /** Rows that stay listed but no longer count (a deactivated account), shown faded. */
  faded?(row: Row): boolean;
  minWidth?: number;
  skeletonRows?: number;
}

/** A sortable table of one page of rows. Paging, errors and the empty state are the caller's (see PagedTable). */
export function DataTable<Row, Column extends string>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  pending,
  stale,
  actions,
  faded,
  minWidth = 760,
  skeletonRows = 5,
}: DataTableProps<Row, Column>) {
  const { t } = useTranslation();
  const cellCount = columns.length + (actions ? 1 : 0);
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native">
      <Table verticalSpacing="sm" horizontalSpacing="sm" highlightOnHover aria-busy={pending || stale}>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead className={classes.head}>
          <Table.Tr>
            {columns.map((column) =>
              column.sortColumn ? (
                <SortHeader key={column.key} column={column.sortColumn} sort={sort} onSort={onSort} width={column.width}>
                  {column.header}
                </SortHeader>
              ) : (
                <Table.Th key={column.key} className={classes.plainTh} w={column.width} ta={column.align}>
                  {column.header}
                </Table.Th>
              ),
            )}
            {actions && (
              <Table.Th className={classes.plainTh} w={56}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody className={classes.body} data-stale={stale || undefined}>
          {pending &&
            Array.from({ length: skeletonRows }, (_, row) => (
              <Table.Tr key={`skeleton-${row}`}>
                {Array.from({ length: cellCount }, (_, cell) => (
                  <Table.Td key={cell}>
                    <Skeleton height={14} radius="sm" />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} className={faded?.(row) ? classes.faded : undefined}>
              {columns.map((column) => (
                <Table.Td key={column.key} ta={column.align}>
                  {column.render(row)}
                </Table.Td>
              ))}
              {actions && <Table.Td ta="right">{actions(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
