import { useMemo, useState } from 'react';
import { Box, EmptyState, Skeleton, Table, VisuallyHidden } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/users';
import { QueryFailure } from '../../../components/QueryFailure';
import { localeOf, isLanguage } from '../../../i18n/language';
import { DEFAULT_USER_SORT, nextUserSort, sortUsers, type UserSort } from './sort-users';
import { SortableTh } from './SortableTh';
import { UserRow } from './UserRow';
import type { UserDialog } from './UsersTab';
import classes from './UsersTable.module.css';

interface UsersTableProps {
  query: UseQueryResult<UserSummary[]>;
  /** A search is active: the empty state then says nothing matched rather than that there is nobody. */
  filtered: boolean;
  onAction(dialog: UserDialog): void;
}

export function UsersTable({ query, filtered, onAction }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<UserSort>(DEFAULT_USER_SORT);
  const collator = useMemo(
    () => new Intl.Collator(localeOf(isLanguage(i18n.language) ? i18n.language : 'fr'), { sensitivity: 'base', numeric: true }),
    [i18n.language],
  );
  const users = useMemo(
    () => sortUsers(query.data ?? [], sort, { compareText: collator.compare, roleLabel: (role) => t(`roles.${role}`) }),
    [query.data, sort, collator, t],
  );

  if (query.isError) {
    return (
      <Box p="md">
        <QueryFailure error={query.error} onRetry={() => void query.refetch()} />
      </Box>
    );
  }

  const onSort = (column: UserSort['column']) => setSort((current) => nextUserSort(current, column));

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" horizontalSpacing="sm" highlightOnHover>
        <caption>
          <VisuallyHidden>{t('users.caption')}</VisuallyHidden>
        </caption>
        <Table.Thead className={classes.head}>
          <Table.Tr>
            <SortableTh column="name" sort={sort} onSort={onSort}>
              {t('users.columns.name')}
            </SortableTh>
            <SortableTh column="username" sort={sort} onSort={onSort}>
              {t('users.columns.username')}
            </SortableTh>
            <SortableTh column="roles" sort={sort} onSort={onSort}>
              {t('users.columns.roles')}
            </SortableTh>
            <SortableTh column="lastLogin" sort={sort} onSort={onSort}>
              {t('users.columns.lastLogin')}
            </SortableTh>
            <Table.Th className={classes.plainTh}>{t('users.columns.status')}</Table.Th>
            <Table.Th className={classes.plainTh}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.isPending &&
            [0, 1, 2].map((row) => (
              <Table.Tr key={row}>
                {[0, 1, 2, 3, 4, 5].map((cell) => (
                  <Table.Td key={cell}>
                    <Skeleton height={14} radius="sm" />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          {users.map((user) => (
            <UserRow key={user.id} user={user} onAction={onAction} />
          ))}
        </Table.Tbody>
      </Table>
      {query.isSuccess && users.length === 0 && (
        <EmptyState
          py={48}
          icon={<IconUsers size={28} stroke={1.5} aria-hidden="true" />}
          withIndicatorBackground
          title={filtered ? t('users.emptyFilteredTitle') : t('users.emptyTitle')}
          description={filtered ? t('users.emptyFilteredBody') : t('users.emptyBody')}
        />
      )}
    </Table.ScrollContainer>
  );
}
