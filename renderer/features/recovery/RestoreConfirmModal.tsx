import { useState } from 'react';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import type { BackupListItem } from '../../../shared/domain/backups';
import { apiErrorOf } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { translateApiError } from '../../i18n/translate-error';
import { reopenApp, restoreBlocker, useBackupText } from '../settings';
import { useRecoveryRestore } from './queries';

/**
 * The recovery screen's restore: the records in place cannot be opened, so there is nothing to back up first;
 * the current file is set aside (never deleted) and the chosen backup, once checked, takes its place.
 */
export function RestoreConfirmModal({ backup, onClose }: { backup: BackupListItem; onClose(): void }) {
  const { t } = useTranslation();
  const text = useBackupText();
  const restore = useRecoveryRestore();
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const date = text.dateTime(backup.createdAt);
  // Only an unverified backup is refused beforehand: which key fits is for the server to say here (the key
  // file may be missing or foreign, and the listing compares with the database's key).
  const blocker = restoreBlocker({ verified: backup.verified, sameKey: true });
  const busy = restore.isPending || restore.isSuccess;

  const confirm = async () => {
    setRefusal(null);
    try {
      const result = await restore.mutateAsync({ name: backup.name });
      reopenApp({ kind: 'restored', createdAt: backup.createdAt, savedAs: result.savedAs });
    } catch (error) {
      setRefusal(apiErrorOf(error));
    }
  };

  return (
    <AppModal
      opened
      onClose={busy ? () => undefined : onClose}
      title={t('recovery:confirm.title', { date })}
      size="lg"
      closeOnClickOutside={!busy}
      closeOnEscape={!busy}
      withCloseButton={!busy}
    >
      <Stack gap="md">
        {blocker ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            {t(`errors.reasons.${blocker}`)}
          </Alert>
        ) : (
          <>
            <List size="sm" spacing={6} type="ordered">
              <List.Item>{t('recovery:confirm.setAside')}</List.Item>
              <List.Item>{t('recovery:confirm.check')}</List.Item>
              <List.Item>{t('recovery:confirm.reopen')}</List.Item>
            </List>
            <Text size="sm">{t('recovery:confirm.sinceThen', { date })}</Text>
            {refusal && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert" title={t('backups:restore.refused')}>
                {translateApiError(t, refusal)}
              </Alert>
            )}
            {busy && (
              <Text size="sm" fw={600} role="status">
                {restore.isSuccess ? t('backups:restore.reopening') : t('backups:restore.running')}
              </Text>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {blocker ? t('common.close') : t('common.cancel')}
          </Button>
          {!blocker && (
            <Button onClick={() => void confirm()} loading={busy} data-autofocus>
              {t('recovery:confirm.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
