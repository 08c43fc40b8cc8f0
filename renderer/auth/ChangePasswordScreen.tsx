import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../shared/domain/users';
import { AuthLayout } from './AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useLogout } from './queries';

/** After an admin set or reset the password: nothing else is reachable until the user picks their own. */
export function ChangePasswordScreen({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <AuthLayout title={t('changePassword.forcedTitle')} intro={t('changePassword.forcedIntro', { name: user.displayName })}>
      <ChangePasswordForm username={user.username} displayName={user.displayName} />
      <Text size="sm" c="dimmed" ta="center" mt="lg">
        <Anchor component="button" type="button" size="sm" onClick={() => logout.mutate()}>
          {t('changePassword.signOutInstead')}
        </Anchor>
      </Text>
    </AuthLayout>
  );
}
