import { useEffect, type ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../api/client';
import { LoadingScreen } from '../components/LoadingScreen';
import { RecoveryPage, startScreen, useRecoveryStatus } from '../features/recovery';
import { reopenNoticeText, takeReopenNotice, useBackupText } from '../features/settings';
import { StartupError } from './StartupError';

/**
 * The first question at start, before first start or sign-in (issue 13, "a safe start"): can the records be
 * opened? In recovery mode every other channel is refused, so nothing below may call the server before this
 * has answered; the recovery screen then stays until a restore or a key import reloads the window.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useRecoveryStatus();
  const screen = startScreen(status);
  useReopenNotice(screen === 'app');

  if (screen === 'loading') return <LoadingScreen />;
  if (screen === 'failure') return <StartupError error={apiErrorOf(status.error)} onRetry={() => void status.refetch()} />;
  if (screen === 'recovery' && status.data?.problem) {
    return <RecoveryPage status={{ ...status.data, problem: status.data.problem }} onRefresh={() => void status.refetch()} />;
  }
  return <>{children}</>;
}

/** Says once, above the sign-in screen, what the restore or key import that reloaded the window did. */
function useReopenNotice(ready: boolean) {
  const { t } = useTranslation();
  const text = useBackupText();
  useEffect(() => {
    if (!ready) return;
    const notice = takeReopenNotice();
    if (!notice) return;
    const { title, sentences } = reopenNoticeText(notice, text.dateTime);
    notifications.show({
      id: 'reopened',
      color: 'teal',
      title: t(`recovery:notices.${title}`),
      message: sentences.map(({ key, params }) => t(`recovery:notices.${key}`, params)).join(' '),
      autoClose: 15_000,
      closeButtonProps: { 'aria-label': t('common.close') },
    });
  }, [ready, t, text]);
}
