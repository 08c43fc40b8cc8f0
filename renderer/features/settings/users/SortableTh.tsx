import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { UserSort, UserSortColumn } from './sort-users';
import classes from './UsersTable.module.css';

interface SortableThProps {
  column: UserSortColumn;
  sort: UserSort;
  onSort(column: UserSortColumn): void;
  children: string;
}

/** A column header that sorts the table; `aria-sort` tells assistive technology the current order. */
export function SortableTh({ column, sort, onSort, children }: SortableThProps) {
  const sorted = sort.column === column;
  const Icon = !sorted ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={classes.th}>
      <UnstyledButton onClick={() => onSort(column)} className={classes.sortButton} data-sorted={sorted || undefined}>
        <Group gap={4} wrap="nowrap" justify="space-between">
          <span>{children}</span>
          <Icon size={14} stroke={1.8} aria-hidden="true" />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
