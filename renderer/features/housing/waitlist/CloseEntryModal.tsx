import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf } from '../../../api/client';
import type { WaitlistEntry, WaitlistOutcome } from '../../../../shared/domain/housing/waitlist';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { localToday } from '../../../dates/local-today';
import { showWaitlistError } from './waitlist-errors';
import { useWaitlistMutation } from './waitlist-queries';
import { CancelButton } from '../../../components/CancelButton';
import { asInlineMessage } from '../../../i18n/translate-error';

/**
 * "Retirer de la liste": the household leaves the list on a day (not before its request), either withdrawn or
 * housed elsewhere (outside the units recorded here; a placement recorded here closes the entry by itself).
 * The entry stays in the history and can be put back.
 */
export function CloseEntryModal({ entry, onClose }: { entry: WaitlistEntry; onClose(): void }) {
  const { t } = useTranslation();
  const close = useWaitlistMutation(api.waitlist.close);
  const form = useForm<{ outcome: WaitlistOutcome; date: string }>({
    initialValues: { outcome: 'withdrawn', date: localToday() },
    validate: { date: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : asInlineMessage(t('fieldIssues.required'))) },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await close.mutateAsync({ id: entry.id, ...values });
      notifySuccess(t(`housing:waitlist.close.done.${values.outcome}`, { code: entry.householdCode }));
      onClose();
    } catch (failure) {
      showWaitlistError(t, apiErrorOf(failure), form);
    }
  });

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t('housing:waitlist.close.title', { code: entry.householdCode })} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('housing:waitlist.close.message', { code: entry.householdCode })}</Text>
          <Radio.Group label={t('housing:waitlist.close.outcome')} {...form.getInputProps('outcome')}>
            <Stack gap={6} mt={6}>
              <Radio value="withdrawn" label={t('housing:waitlist.close.withdrawn')} />
              <Radio value="placed" label={t('housing:waitlist.close.placedElsewhere')} />
            </Stack>
          </Radio.Group>
          <TextInput type="date" label={t('housing:waitlist.close.date')} withAsterisk w={200} data-autofocus {...form.getInputProps('date')} />
          <Group justify="flex-end">
            <CancelButton onClick={onClose} disabled={close.isPending}>
              {t('common.cancel')}
            </CancelButton>
            <Button type="submit" color="red" loading={close.isPending}>
              {t('housing:waitlist.close.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
