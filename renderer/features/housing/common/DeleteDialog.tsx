import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { translateApiError } from '../../../i18n/translate-error';

interface DeleteDialogProps {
  title: string;
  message: string;
  done: string;
  pending: boolean;
  remove(): Promise<unknown>;
  onDone(): void;
  onClose(): void;
}

/** "Supprimer… ?" When the server refuses (a provider with units, a unit with a history), the dialog says why. */
export function DeleteDialog({ title, message, done, pending, remove, onDone, onClose }: DeleteDialogProps) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const confirm = async () => {
    try {
      await remove();
      notifySuccess(done);
      onDone();
    } catch (failure) {
      const error = apiErrorOf(failure);
      if (error.code === 'CONFLICT') setRefusal(error);
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
              {t('housing:delete.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
