import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { BackupListItem } from '../../../../shared/domain/backups';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { translateApiError } from '../../../i18n/translate-error';
import { reopenApp } from './reopen';
import { canConfirmRestore, restoreBlocker } from './backup-model';
import { useBackupText } from './backup-text';
import { useRestoreBackup } from './backups-queries';

const STEPS = ['saveCurrent', 'check', 'replace', 'reopen'] as const;

/**
 * "Restaurer" on a row: what will happen in plain words, an explicit "I understand", then the swap. The
 * server's refusals (another key, a newer version, a failed check) stay in the modal, which says nothing changed.
 * On success every session has ended: the window reloads onto the sign-in screen.
 */
export function RestoreBackupModal({ backup, onClose }: { backup: BackupListItem; onClose(): void }) {
  const { t } = useTranslation();
  const text = useBackupText();
  const restore = useRestoreBackup();
  const [understood, setUnderstood] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const date = text.dateTime(backup.createdAt);
  const blocker = restoreBlocker(backup);
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
      title={t('backups:restore.title', { date })}
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
            <Text size="sm">{t('backups:restore.intro')}</Text>
            <List type="ordered" size="sm" spacing={6}>
              {STEPS.map((step) => (
                <List.Item key={step}>{t(`backups:restore.steps.${step}`)}</List.Item>
              ))}
            </List>
            <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />}>
              <Stack gap={6}>
                <Text size="sm">{t('backups:restore.sinceThen', { date })}</Text>
                <Text size="sm">{t('backups:restore.signedOut')}</Text>
              </Stack>
            </Alert>
            {refusal && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert" title={t('backups:restore.refused')}>
                {translateApiError(t, refusal)}
              </Alert>
            )}
            <Checkbox
              checked={understood}
              onChange={(event) => setUnderstood(event.currentTarget.checked)}
              label={t('backups:restore.understand', { date })}
              disabled={busy}
            />
            {busy && (
              <Text size="sm" fw={600} role="status">
                {restore.isSuccess ? t('backups:restore.reopening') : t('backups:restore.running')}
              </Text>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy} data-autofocus>
            {blocker ? t('common.close') : t('common.cancel')}
          </Button>
          {!blocker && (
            <Button color="red" onClick={() => void confirm()} loading={busy} disabled={!canConfirmRestore({ backup, understood, pending: busy })}>
              {t('backups:restore.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
