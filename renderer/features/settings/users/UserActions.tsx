import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/users';
import type { UserDialog } from './user-dialog';

interface UserActionsProps {
  user: UserSummary;
  /** Admins do not deactivate themselves here: they would be signed out mid-task. */
  isMe: boolean;
  onAction(dialog: UserDialog): void;
}

export function UserActions({ user, isMe, onAction }: UserActionsProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { name: user.displayName })}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} stroke={1.7} />} onClick={() => onAction({ kind: 'edit', user })}>
          {t('users.edit')}
        </Menu.Item>
        <Menu.Item leftSection={<IconKey size={16} stroke={1.7} />} onClick={() => onAction({ kind: 'reset', user })}>
          {t('users.resetPassword')}
        </Menu.Item>
        {!isMe && (
          <>
            <Menu.Divider />
            {user.active ? (
              <Menu.Item
                color="red"
                leftSection={<IconUserOff size={16} stroke={1.7} />}
                onClick={() => onAction({ kind: 'toggleActive', user })}
              >
                {t('users.deactivate')}
              </Menu.Item>
            ) : (
              <Menu.Item
                leftSection={<IconUserCheck size={16} stroke={1.7} />}
                onClick={() => onAction({ kind: 'toggleActive', user })}
              >
                {t('users.reactivate')}
              </Menu.Item>
            )}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
