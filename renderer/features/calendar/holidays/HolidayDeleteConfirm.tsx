import { useEffect, useRef } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Holiday } from '../../../../shared/domain/calendar/events';
import { apiErrorOf } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { useDeleteHoliday } from '../mutations';

/** The confirmation of a deletion, in place of the list (no dialog over a dialog). */
export function HolidayDeleteConfirm({ holiday, onDone, onCancel }: { holiday: Holiday; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const remove = useDeleteHoliday();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);

  const confirm = async () => {
    try {
      await remove.mutateAsync({ id: holiday.id });
      notifySuccess(t('calendar:holidays.deleted', { label: holiday.label }));
      onDone();
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    }
  };

  return (
    <Stack gap="md">
      <Title order={3} fz="md">
        {t('calendar:holidays.deleteTitle', { label: holiday.label })}
      </Title>
      <Text size="sm">
        {t('calendar:holidays.deleteMessage')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={remove.isPending}>
          {t('calendar:actions.back')}
        </Button>
        <Button ref={confirmRef} color="red" loading={remove.isPending} onClick={() => void confirm()}>
          {t('calendar:actions.delete')}
        </Button>
      </Group>
    </Stack>
  );
}
