import { NumberInput, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVENT_STATUSES } from '../../../../shared/domain/calendar/events';
import { FormSection } from '../../../components/FormSection';
import type { EventForm } from './use-event-form';

const COUNT_PROPS = { min: 0, max: 5000, allowDecimal: false, allowNegative: false } as const;

/** Status, the reason of a cancellation, expected and actual attendance (entered once held), notes. */
export function FollowUpFields({ form }: { form: EventForm }) {
  const { t } = useTranslation();
  const { status } = form.getValues();
  const held = status === 'held';

  return (
    <FormSection legend={t('calendar:form.sections.followUp')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('calendar:form.status')}
            required
            allowDeselect={false}
            data={EVENT_STATUSES.map((value) => ({ value, label: t(`calendar:statuses.${value}`) }))}
            {...form.getInputProps('status')}
          />
          {status === 'cancelled' && (
            <Textarea
              label={t('calendar:form.cancelReason')}
              placeholder={t('calendar:cancel.reasonPlaceholder')}
              required
              autosize
              minRows={1}
              maxLength={1000}
              {...form.getInputProps('cancelReason')}
            />
          )}
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput label={t('calendar:form.pupilsExpected')} {...COUNT_PROPS} {...form.getInputProps('pupilsExpected')} />
          <NumberInput label={t('calendar:form.teachersExpected')} {...COUNT_PROPS} {...form.getInputProps('teachersExpected')} />
          <NumberInput label={t('calendar:form.pupilsPresent')} disabled={!held} {...COUNT_PROPS} {...form.getInputProps('pupilsPresent')} />
          <NumberInput label={t('calendar:form.teachersPresent')} disabled={!held} {...COUNT_PROPS} {...form.getInputProps('teachersPresent')} />
        </SimpleGrid>
        {!held && (
          <Text size="xs" c="dimmed" mt={-4}>
            {t('calendar:form.presentHint')}
          </Text>
        )}
        <Textarea label={t('calendar:form.notes')} autosize minRows={2} maxRows={6} maxLength={4000} {...form.getInputProps('notes')} />
      </Stack>
    </FormSection>
  );
}
