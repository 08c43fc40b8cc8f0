import { Button, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/api/contract';
import { HOLIDAY_KINDS, type Holiday, type HolidayKind } from '../../../../shared/domain/calendar/events';
import { apiErrorOf } from '../../../api/client';
import { validateAgainst } from '../../../forms/contract-validation';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { useSaveHoliday } from '../mutations';
import { useFormDirty } from '../../../components/discard';

interface HolidayFormProps {
  holiday: Holiday | null;
  /** First day suggested for a new holiday (the chosen school year's start). */
  defaultDate: string;
  onDone(): void;
  onCancel(): void;
}

interface HolidayValues {
  kind: HolidayKind;
  label: string;
  startDate: string;
  endDate: string;
}

/** Adds or edits one school break or public holiday (first and last day included). */
export function HolidayForm({ holiday, defaultDate, onDone, onCancel }: HolidayFormProps) {
  const { t } = useTranslation();
  const save = useSaveHoliday();
  const form = useForm<HolidayValues>({
    initialValues: holiday
      ? { kind: holiday.kind, label: holiday.label, startDate: holiday.startDate, endDate: holiday.endDate }
      : { kind: 'school_break', label: '', startDate: defaultDate, endDate: defaultDate },
    validate: (values) => {
      const errors = validateAgainst(t, contract.holidays.create.input, { ...values });
      if (!errors.endDate && !errors.startDate && values.endDate < values.startDate) {
        errors.endDate = inlineFieldMessage(t, { path: 'endDate', issue: 'end_before_start' });
      }
      return errors;
    },
  });

  useFormDirty(form.isDirty());
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(holiday ? { ...values, id: holiday.id } : values);
      notifySuccess(t(holiday ? 'calendar:holidays.updated' : 'calendar:holidays.created', { label: saved.label }));
      onDone();
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={3} fz="md">
          {t(holiday ? 'calendar:holidays.editTitle' : 'calendar:holidays.createTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('calendar:holidays.label')} required maxLength={200} data-autofocus {...form.getInputProps('label')} />
          <Select
            label={t('calendar:holidays.kind')}
            required
            allowDeselect={false}
            data={HOLIDAY_KINDS.map((kind) => ({ value: kind, label: t(`calendar:holidayKinds.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput type="date" label={t('calendar:holidays.startDate')} required {...form.getInputProps('startDate')} />
          <TextInput type="date" label={t('calendar:holidays.endDate')} required {...form.getInputProps('endDate')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={save.isPending}>
            {t('calendar:actions.back')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
