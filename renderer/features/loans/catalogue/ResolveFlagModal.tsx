import { useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Exhibition, ExhibitionItem } from '../../../../shared/domain/loans/exhibitions';
import { api, apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { loanDay } from '../model/loan-text';
import { useExhibitionMutation } from '../mutations';
import { CancelButton } from '../../../components/CancelButton';

interface ResolveFlagModalProps {
  exhibition: Exhibition;
  item: ExhibitionItem;
  onDone(): void;
  onClose(): void;
}

/** Confirms that a damaged item was repaired or replaced, or a missing one found, with a note of what was done. */
export function ResolveFlagModal({ exhibition, item, onDone, onClose }: ResolveFlagModalProps) {
  const { t } = useTranslation();
  const resolve = useExhibitionMutation(api.exhibitions.resolveItemFlag);
  const [note, setNote] = useState('');
  const name = t('exhibitions:items.numbered', { number: item.number, label: item.label });
  const flag = item.flag;

  const confirm = async () => {
    try {
      await resolve.mutateAsync({ itemId: item.id, note: note.trim() });
      notifySuccess(t('exhibitions:resolve.done', { item: name }));
      onDone();
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    }
  };

  return (
    <AppModal dirty={note.trim() !== ''} opened onClose={onClose} title={t('exhibitions:resolve.title')} size="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {flag
              ? t(`exhibitions:resolve.intro.${flag.condition}`, { item: name, exhibition: exhibition.title, day: loanDay(flag.since, currentLanguage()) })
              : name}
          </Text>
          {flag?.note && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {t('exhibitions:resolve.foundNote', { note: flag.note })}
            </Text>
          )}
          <Textarea
            label={t('exhibitions:resolve.note')}
            placeholder={t('exhibitions:resolve.notePlaceholder')}
            autosize
            minRows={2}
            maxLength={4000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <CancelButton onClick={onClose} disabled={resolve.isPending}>
              {t('common.cancel')}
            </CancelButton>
            <Button type="submit" color="teal" loading={resolve.isPending}>
              {t('exhibitions:resolve.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
