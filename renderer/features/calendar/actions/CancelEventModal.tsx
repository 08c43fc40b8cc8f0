import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { eventInputFromEvent } from '../model/event-form-values';
import { useUpdateEvent } from '../mutations';

interface CancelEventModalProps {
  event: SchoolEvent;
  onDone(): void;
  onClose(): void;
}

/** Cancelling keeps the event (struck through, with its reason) and frees its slot. */
export function CancelEventModal({ event, onDone, onClose }: CancelEventModalProps) {
  const { t } = useTranslation();
  const update = useUpdateEvent();
  const form = useForm({
    initialValues: { cancelReason: '' },
    validate: {
      cancelReason: (value) => (value.trim() === '' ? inlineFieldMessage(t, { path: 'cancelReason', issue: 'required' }) : null),
    },
  });

  const submit = form.onSubmit(async ({ cancelReason }) => {
    try {
      await update.mutateAsync(eventInputFromEvent(event, { status: 'cancelled', cancelReason: cancelReason.trim() }));
      notifySuccess(t('calendar:cancel.done', { title: event.title }));
      onDone();
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t('calendar:cancel.title')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('calendar:cancel.intro', { title: event.title })}
          </Text>
          <Textarea
            label={t('calendar:cancel.reason')}
            placeholder={t('calendar:cancel.reasonPlaceholder')}
            autosize
            minRows={3}
            maxLength={1000}
            required
            data-autofocus
            {...form.getInputProps('cancelReason')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={update.isPending}>
              {t('calendar:actions.back')}
            </Button>
            <Button type="submit" color="red" loading={update.isPending}>
              {t('calendar:cancel.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
