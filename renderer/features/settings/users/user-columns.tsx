import { Avatar, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/users';
import type { DataColumn } from '../../../components/data-table/DataTable';
import { useFormatters } from '../../../i18n/format';
import { initialsOf } from '../../../shell/initials';
import { useSession } from '../../../shell/session-context';
import { UserStatusBadge } from './UserStatusBadge';
import type { UserSortColumn } from './sort-users';

/** The users table's columns: name (with "you" under the admin's own), username, roles, last login, status. */
export function useUserColumns(): DataColumn<UserSummary, UserSortColumn>[] {
  const { t } = useTranslation();
  const format = useFormatters();
  const { user: me } = useSession();
  return [
    {
      key: 'name',
      header: t('users.columns.name'),
      sortColumn: 'name',
      render: (user) => (
        <Group gap="sm" wrap="nowrap">
          <Avatar size={32} radius="xl" color={user.active ? 'liege' : 'gray'} aria-hidden="true">
            {initialsOf(user.displayName)}
          </Avatar>
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {user.displayName}
            </Text>
            {me.id === user.id && (
              <Text size="xs" c="dimmed">
                {t('users.you')}
              </Text>
            )}
          </Stack>
        </Group>
      ),
    },
    {
      key: 'username',
      header: t('users.columns.username'),
      sortColumn: 'username',
      render: (user) => (
        <Text size="sm" ff="monospace">
          {user.username}
        </Text>
      ),
    },
    {
      key: 'roles',
      header: t('users.columns.roles'),
      sortColumn: 'roles',
      render: (user) => (
        <Group gap={4}>
          {user.roles.map((role) => (
            <Badge key={role} size="sm" variant="light" color={role === 'admin' ? 'liege' : 'meuse'}>
              {t(`roles.${role}`)}
            </Badge>
          ))}
        </Group>
      ),
    },
    {
      key: 'lastLogin',
      header: t('users.columns.lastLogin'),
      sortColumn: 'lastLogin',
      render: (user) =>
        user.lastLoginAt ? (
          <Tooltip label={format.dateTime(user.lastLoginAt)}>
            <Text size="sm" component="span">
              {format.relative(user.lastLoginAt)}
            </Text>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            {t('users.never')}
          </Text>
        ),
    },
    { key: 'status', header: t('users.columns.status'), render: (user) => <UserStatusBadge user={user} /> },
  ];
}
