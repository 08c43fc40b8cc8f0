import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/result';
import { apiErrorOf } from '../api/client';
import { notifyError, notifySuccess } from '../forms/notify';
import { translateApiError } from '../i18n/translate-error';
import { AppModal } from './AppModal';

interface DeleteDialogProps {
  title: string;
  message: string;
  /** Said once the record is gone. */
  done: string;
  /** The red button ("Supprimer"). */
  confirmLabel: string;
  pending: boolean;
  remove(): Promise<unknown>;
  /** Once the record is gone; without it the dialog just closes. */
  onDone?(): void;
  onClose(): void;
  /**
   * A refusal because the record is still in use (CONFLICT: a provider with units, a unit with a history)
   * stays in the dialog, which says why. Without it every refusal closes the dialog and a notification
   * explains (a school that still has events).
   */
  explainRefusal?: boolean;
}

/** "Supprimer … ?" naming the record. When the server refuses, nothing was deleted and the user is told why. */
export function DeleteDialog({ title, message, done, confirmLabel, pending, remove, onDone, onClose, explainRefusal = false }: DeleteDialogProps) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const confirm = async () => {
    try {
      await remove();
      notifySuccess(done);
      (onDone ?? onClose)();
    } catch (failure) {
      const error = apiErrorOf(failure);
      if (explainRefusal && error.code === 'CONFLICT') setRefusal(error);
      else {
        notifyError(t, error);
        onClose();
      }
    }
  };
  return (
    <AppModal opened onClose={onClose} title={title} size="md">
      <Stack gap="md">
        {refusal ? (
          <Alert color="orange" variant="light" role="alert">
            {translateApiError(t, refusal)}
          </Alert>
        ) : (
          <Text size="sm">{message}</Text>
        )}
        <Group justify="flex-end">
          <Button variant={refusal ? 'filled' : 'default'} onClick={onClose} disabled={pending} data-autofocus={refusal ? true : undefined}>
            {refusal ? t('common.close') : t('common.cancel')}
          </Button>
          {!refusal && (
            <Button color="red" loading={pending} onClick={() => void confirm()} data-autofocus>
              {confirmLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
