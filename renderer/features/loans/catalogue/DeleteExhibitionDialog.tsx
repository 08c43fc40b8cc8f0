import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { Exhibition } from '../../../../shared/domain/loans/exhibitions';
import { api, apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { translateApiError } from '../../../i18n/translate-error';
import { exhibitionInputFromExhibition } from '../model/exhibition-form-values';
import { useExhibitionMutation } from '../mutations';

/**
 * "Supprimer l'exposition ?" An exhibition that was ever lent cannot be deleted: the dialog then says why
 * and offers to archive it instead (it stays in the history and takes no new loans).
 */
export function DeleteExhibitionDialog({ exhibition, onDone, onClose }: { exhibition: Exhibition; onDone(): void; onClose(): void }) {
  const { t } = useTranslation();
  const remove = useExhibitionMutation(api.exhibitions.delete);
  const archive = useExhibitionMutation(api.exhibitions.update);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const pending = remove.isPending || archive.isPending;

  const confirm = async () => {
    try {
      await remove.mutateAsync({ id: exhibition.id });
      notifySuccess(t('exhibitions:delete.done', { title: exhibition.title }));
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

  const archiveInstead = async () => {
    try {
      await archive.mutateAsync(exhibitionInputFromExhibition(exhibition, { archived: true }));
      notifySuccess(t('exhibitions:delete.archived', { title: exhibition.title }));
      onDone();
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('exhibitions:delete.title', { title: exhibition.title })} size="md">
      <Stack gap="md">
        {refusal ? (
          <Alert color="orange" variant="light" role="alert">
            {translateApiError(t, refusal)}
          </Alert>
        ) : (
          <Text size="sm">{t('exhibitions:delete.message', { title: exhibition.title })}</Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </Button>
          {refusal ? (
            exhibition.archived ? null : (
              <Button leftSection={<IconArchive size={16} />} loading={archive.isPending} onClick={() => void archiveInstead()} data-autofocus>
                {t('exhibitions:delete.archiveInstead')}
              </Button>
            )
          ) : (
            <Button color="red" loading={remove.isPending} onClick={() => void confirm()} data-autofocus>
              {t('exhibitions:actions.delete')}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
