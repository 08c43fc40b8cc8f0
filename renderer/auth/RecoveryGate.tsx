import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../api/client';
import { LoadingScreen } from '../components/LoadingScreen';
import { RecoveryPage, startScreen, useRecoveryStatus } from '../features/recovery';
import { reopenNoticeText, takeReopenNotice, useBackupText } from '../features/settings';
import { StartupError } from './StartupError';

const READ_ONLY_NOTICE = 'read-only-records';

/**
 * The first question at start, before first start or sign-in (issue 13, "a safe start"): can the records be
 * opened? In recovery mode every other channel is refused, so nothing below may call the server before this
 * has answered; the recovery screen then stays until a restore or a key import reloads the window. A damaged
 * database opened read-only makes the same offer, and may be read meanwhile if the administrator chooses so.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useRecoveryStatus();
  const [readOnlyAccepted, setReadOnlyAccepted] = useState(false);
  const backToRecovery = useCallback(() => setReadOnlyAccepted(false), []);
  const screen = startScreen(status, readOnlyAccepted);
  useReopenNotice(screen === 'app');
  useReadOnlyNotice(screen === 'app' && readOnlyAccepted, backToRecovery);

  if (screen === 'loading') return <LoadingScreen />;
  if (screen === 'failure') return <StartupError error={apiErrorOf(status.error)} onRetry={() => void status.refetch()} />;
  if (screen === 'recovery' && status.data?.problem) {
    return (
      <RecoveryPage
        status={{ ...status.data, problem: status.data.problem }}
        onRefresh={() => void status.refetch()}
        onContinueReadOnly={() => setReadOnlyAccepted(true)}
      />
    );
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

/** While damaged records are read, a notice stays on screen with the way back to the recovery screen. */
function useReadOnlyNotice(active: boolean, backToRecovery: () => void) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!active) return;
    notifications.show({
      id: READ_ONLY_NOTICE,
      color: 'orange',
      title: t('recovery:readOnly.noticeTitle'),
      message: (
        <Stack gap={6} align="flex-start">
          <Text size="sm">{t('recovery:readOnly.notice')}</Text>
          <Button size="xs" variant="light" color="orange" onClick={backToRecovery}>
            {t('recovery:readOnly.back')}
          </Button>
        </Stack>
      ),
      autoClose: false,
      withCloseButton: false,
    });
    return () => {
      notifications.hide(READ_ONLY_NOTICE);
    };
  }, [active, backToRecovery, t]);
}
