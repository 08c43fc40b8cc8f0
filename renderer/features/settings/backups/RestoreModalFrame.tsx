import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ApiError } from '../../../../shared/api/result';
import type { BackupListItem, RestoreResult } from '../../../../shared/domain/backups';
import type { ErrorReason } from '../../../../shared/api/error-reasons';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { translateApiError } from '../../../i18n/translate-error';
import { reopenApp } from './reopen';

export interface RestoreModalFrameProps {
  backup: BackupListItem;
  title: string;
  /** Why this backup cannot be restored at all (said instead of the explanation), or null. */
  blocker: ErrorReason | null;
  /** The settings' restore or the recovery screen's. */
  restore: UseMutationResult<RestoreResult, Error, { name: string; kit?: { kit: string; passphrase: string } }>;
  /** The recovery kit of the key the backup needs, when it is not the key in place. */
  kit?: () => { kit: string; passphrase: string } | undefined;
  /** What will happen, in plain words; `busy` while the restore runs (to disable what it holds). */
  explanation(busy: boolean): ReactNode;
  canConfirm(busy: boolean): boolean;
  submitLabel: string;
  onClose(): void;
}

/**
 * What both restore confirmations share (Paramètres → Sauvegardes and the recovery screen): the blocker or the
 * explanation, the server's refusal kept in the modal (nothing changed), the progress, and on success the
 * window reloading onto the sign-in screen with a notice of what was restored and kept.
 */
export function RestoreModalFrame({ backup, title, blocker, restore, kit, explanation, canConfirm, submitLabel, onClose }: RestoreModalFrameProps) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const busy = restore.isPending || restore.isSuccess;

  const confirm = async () => {
    setRefusal(null);
    try {
      const withKit = kit?.();
      const result = await restore.mutateAsync(withKit ? { name: backup.name, kit: withKit } : { name: backup.name });
      reopenApp({ kind: 'restored', createdAt: backup.createdAt, savedAs: result.savedAs });
    } catch (error) {
      setRefusal(apiErrorOf(error));
    }
  };

  return (
    <AppModal
      opened
      onClose={busy ? () => undefined : onClose}
      title={title}
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
            {explanation(busy)}
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
          <Button variant="default" onClick={onClose} disabled={busy} data-autofocus>
            {blocker ? t('common.close') : t('common.cancel')}
          </Button>
          {!blocker && (
            <Button color="red" onClick={() => void confirm()} loading={busy} disabled={!canConfirm(busy)}>
              {submitLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
