import { Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../auth/queries';
import { notifySuccess } from '../forms/notify';
import { askBeforeLeaving } from '../components/discard';
import { initialsOf } from './initials';
import { useSession } from './session-context';
import { ChangePasswordModal } from './ChangePasswordModal';
import classes from './UserMenu.module.css';

/** The signed-in user's name, opening "change my password" and "sign out". */
export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const logout = useLogout();
  const [passwordOpened, passwordModal] = useDisclosure(false);
  const roles = user.roles.map((role) => t(`roles.${role}`)).join(', ');

  return (
    <>
      <Menu position="bottom-end" shadow="md">
        <Menu.Target>
          {/* The accessible name contains all the visible text (name, roles), so speech users can say what they see. */}
          <UnstyledButton className={classes.target} aria-label={t('shell.userMenu', { name: user.displayName, roles })}>
            <Group gap="xs" wrap="nowrap">
              {/* Initials drawn by CSS: decoration that is neither read nor part of the button's visible text. */}
              <span className={classes.avatar} data-initials={initialsOf(user.displayName)} aria-hidden="true" />
              {/* Hidden only visually on small screens: it stays the button's accessible name. */}
              <Stack gap={0} className={classes.text}>
                <Text size="sm" fw={600} lh={1.25} truncate>
                  {user.displayName}
                </Text>
                {/* Keeps the two lines two words apart in the button's text content. */}{' '}
                <Text size="xs" c="dimmed" lh={1.25} truncate>
                  {roles}
                </Text>
              </Stack>
              <IconChevronDown size={16} stroke={1.6} aria-hidden="true" />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {t('shell.signedInAs', { username: user.username })}
          </Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} stroke={1.6} />} onClick={passwordModal.open}>
            {t('shell.changePassword')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} stroke={1.6} />}
            // Signing out by hand asks first while a form holds unsaved typing; the idle sign-out never does.
            onClick={() => askBeforeLeaving(() => void logout.mutateAsync().then(() => notifySuccess(t('session.loggedOut'))))}
          >
            {t('shell.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={passwordOpened} onClose={passwordModal.close} />
    </>
  );
}
