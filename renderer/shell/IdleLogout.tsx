import { useEffect } from 'react';
import { useIdle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../auth/queries';
import { notifySessionNotice } from '../forms/notify';

/**
 * Ends the session after the install's idle time without keyboard, mouse or touch activity, so a machine left
 * open does not show personal data. The server applies the same limit on its side. It never waits for unsaved
 * typing (`components/discard`): a security rule, not a navigation.
 */
export function IdleLogout({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const idle = useIdle(minutes * 60_000, { initialState: false });
  const { mutateAsync: logout } = useLogout();

  useEffect(() => {
    if (!idle) return;
    // Shown whatever the server answered: the shell is gone either way.
    void logout().finally(() => notifySessionNotice('session-ended', t('session.idleTitle'), t('session.idle', { minutes })));
  }, [idle, logout, minutes, t]);

  return null;
}
