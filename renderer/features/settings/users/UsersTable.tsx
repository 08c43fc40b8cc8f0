import { useMemo, useState } from 'react';
import { Box } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/users';
import { DataTable } from '../../../components/data-table/DataTable';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { QueryFailure } from '../../../components/QueryFailure';
import { localeOf, isLanguage } from '../../../i18n/language';
import { useSession } from '../../../shell/session-context';
import { DEFAULT_USER_SORT, nextUserSort, sortUsers, type UserSort } from './sort-users';
import { UserActions } from './UserActions';
import { useUserColumns } from './user-columns';
import type { UserDialog } from './user-dialog';

interface UsersTableProps {
  query: UseQueryResult<UserSummary[]>;
  /** A search is active: the empty state then says nothing matched rather than that there is nobody. */
  filtered: boolean;
  onAction(dialog: UserDialog): void;
}

/** Every account at once (a city has few), sorted here in the user's language; deactivated ones faded. */
export function UsersTable({ query, filtered, onAction }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const { user: me } = useSession();
  const columns = useUserColumns();
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

  return (
    <>
      <DataTable
        caption={t('users.caption')}
        columns={columns}
        rows={users}
        rowKey={(user) => user.id}
        sort={sort}
        onSort={(column) => setSort((current) => nextUserSort(current, column))}
        pending={query.isPending}
        stale={false}
        faded={(user) => !user.active}
        actions={(user) => <UserActions user={user} isMe={me.id === user.id} onAction={onAction} />}
        skeletonRows={3}
      />
      {query.isSuccess && users.length === 0 && (
        <ListEmpty
          icon={<IconUsers size={28} stroke={1.5} aria-hidden="true" />}
          title={filtered ? t('users.emptyFilteredTitle') : t('users.emptyTitle')}
          description={filtered ? t('users.emptyFilteredBody') : t('users.emptyBody')}
        />
      )}
    </>
  );
}
