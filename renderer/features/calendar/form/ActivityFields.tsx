import { MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVENT_THEMES, EVENT_TYPES, type EventType } from '../../../../shared/domain/calendar/events';
import { TypeOption } from '../filters/TypeOption';
import { FormSection } from '../../../components/FormSection';
import type { EventForm } from './use-event-form';

/** What the activity is: its type, title and themes. */
export function ActivityFields({ form }: { form: EventForm }) {
  const { t } = useTranslation();
  return (
    <FormSection legend={t('calendar:form.sections.activity')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('calendar:form.type')}
            required
            data-autofocus
            data={EVENT_TYPES.map((type) => ({ value: type, label: t(`calendar:types.${type}`) }))}
            renderOption={({ option }) => <TypeOption type={option.value as EventType} label={option.label} />}
            allowDeselect={false}
            {...form.getInputProps('type')}
          />
          <MultiSelect
            label={t('calendar:form.themes')}
            data={EVENT_THEMES.map((theme) => ({ value: theme, label: t(`calendar:themes.${theme}`) }))}
            clearable
            clearButtonProps={{ 'aria-label': t('calendar:filters.clear') }}
            {...form.getInputProps('themes')}
          />
        </SimpleGrid>
        <TextInput
          label={t('calendar:form.title')}
          placeholder={t('calendar:form.titlePlaceholder')}
          required
          maxLength={200}
          {...form.getInputProps('title')}
        />
      </Stack>
    </FormSection>
  );
}
