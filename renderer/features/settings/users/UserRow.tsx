import { Avatar, Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/users';
import { useFormatters } from '../../../i18n/format';
import { initialsOf } from '../../../shell/initials';
import { useSession } from '../../../shell/session-context';
import { UserActions } from './UserActions';
import { UserStatusBadge } from './UserStatusBadge';
import type { UserDialog } from './UsersTab';
import classes from './UsersTable.module.css';

export function UserRow({ user, onAction }: { user: UserSummary; onAction(dialog: UserDialog): void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { user: me } = useSession();
  const isMe = me.id === user.id;

  return (
    <Table.Tr className={user.active ? undefined : classes.inactive}>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Avatar size={32} radius="xl" color={user.active ? 'liege' : 'gray'} aria-hidden="true">
            {initialsOf(user.displayName)}
          </Avatar>
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {user.displayName}
            </Text>
            {isMe && (
              <Text size="xs" c="dimmed">
                {t('users.you')}
              </Text>
            )}
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {user.username}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {user.roles.map((role) => (
            <Badge key={role} size="sm" variant="light" color={role === 'admin' ? 'liege' : 'meuse'}>
              {t(`roles.${role}`)}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        {user.lastLoginAt ? (
          <Tooltip label={format.dateTime(user.lastLoginAt)}>
            <Text size="sm" component="span">
              {format.relative(user.lastLoginAt)}
            </Text>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            {t('users.never')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <UserStatusBadge user={user} />
      </Table.Td>
      <Table.Td ta="right">
        <UserActions user={user} isMe={isMe} onAction={onAction} />
      </Table.Td>
    </Table.Tr>
  );
}
