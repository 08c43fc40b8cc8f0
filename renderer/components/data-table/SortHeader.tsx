import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { Sort } from './list-state';
import classes from './DataTable.module.css';

interface SortHeaderProps<Column extends string> {
  column: Column;
  sort: Sort<Column>;
  onSort(column: Column): void;
  children: string;
  width?: number | string;
}

/** A column header that sorts the list; `aria-sort` tells assistive technology the current order. */
export function SortHeader<Column extends string>({ column, sort, onSort, children, width }: SortHeaderProps<Column>) {
  const sorted = sort.column === column;
  const Icon = !sorted ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th
      aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={classes.th}
      w={width}
    >
      <UnstyledButton onClick={() => onSort(column)} className={classes.sortButton} data-sorted={sorted || undefined}>
        <Group gap={4} wrap="nowrap" justify="space-between">
          <span>{children}</span>
          <Icon size={14} stroke={1.8} aria-hidden="true" />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
