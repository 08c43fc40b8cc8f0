import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { HousingUnit } from '../../../../shared/domain/housing/housing-units-api';
import type { UnitStatus } from '../../../../shared/domain/housing/units';
import { api, apiErrorOf } from '../../../api/client';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { localToday } from '../../../dates/local-today';
import { useHousingMutation } from '../mutations';
import { useFormDirty } from '../../../components/discard';
import { asInlineMessage } from '../../../i18n/translate-error';

/** "Changer le statut": only the statuses the unit may move to next, with the day the change took effect. */
export function StatusChangeForm({ unit }: { unit: HousingUnit }) {
  const { t } = useTranslation();
  const change = useHousingMutation(api.housing.changeUnitStatus);
  const form = useForm<{ status: UnitStatus | null; date: string }>({
    initialValues: { status: unit.nextStatuses[0] ?? null, date: localToday() },
    validate: {
      status: (value) => (value === null ? asInlineMessage(t('fieldIssues.required')) : null),
      date: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : asInlineMessage(t('fieldIssues.required'))),
    },
  });
  useFormDirty(form.isDirty());
  if (unit.nextStatuses.length === 0) return null;

  const submit = form.onSubmit(async ({ status, date }) => {
    if (status === null) return;
    try {
      const saved = await change.mutateAsync({ id: unit.id, status, date });
      notifySuccess(t('housing:status.changed', { code: saved.code, status: t(`housing:statuses.${saved.status}`) }));
      const next = { status: saved.nextStatuses[0] ?? null, date };
      form.setValues(next);
      form.resetDirty(next);
    } catch (failure) {
      showServerError(t, apiErrorOf(failure), form);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('housing:status.title')}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <Select<UnitStatus>
          label={t('housing:status.next')}
          allowDeselect={false}
          data={unit.nextStatuses.map((status) => ({ value: status, label: t(`housing:statuses.${status}`) }))}
          comboboxProps={{ withinPortal: true }}
          w={200}
          {...form.getInputProps('status')}
        />
        <TextInput type="date" label={t('housing:status.date')} w={170} {...form.getInputProps('date')} />
        <Button type="submit" mt={25} loading={change.isPending}>
          {t('housing:status.submit')}
        </Button>
      </Group>
    </form>
  );
}
