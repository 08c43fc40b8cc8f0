import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addMinutes, isValidLocalDateTime, minutesBetween } from '../model/local-datetime';
import { FormSection } from '../../../components/FormSection';
import type { EventForm } from './use-event-form';

/** When and where. Moving the start keeps the event's length, so a change of time is one edit, not two. */
export function ScheduleFields({ form }: { form: EventForm }) {
  const { t } = useTranslation();
  const startInput = form.getInputProps('start');

  const changeStart = (start: string) => {
    const { start: before, end } = form.getValues();
    startInput.onChange(start);
    if (isValidLocalDateTime(before) && isValidLocalDateTime(end) && isValidLocalDateTime(start) && end > before) {
      form.setFieldValue('end', addMinutes(start, minutesBetween(before, end)));
    }
  };

  return (
    <FormSection legend={t('calendar:form.sections.schedule')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          type="datetime-local"
          label={t('calendar:form.start')}
          required
          {...startInput}
          onChange={(event) => changeStart(event.currentTarget.value)}
        />
        <TextInput type="datetime-local" label={t('calendar:form.end')} required {...form.getInputProps('end')} />
        <TextInput
          label={t('calendar:form.location')}
          placeholder={t('calendar:form.locationPlaceholder')}
          maxLength={200}
          {...form.getInputProps('location')}
        />
      </SimpleGrid>
    </FormSection>
  );
}
