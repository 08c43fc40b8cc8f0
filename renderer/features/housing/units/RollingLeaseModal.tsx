import { ActionIcon, Button, Group, SimpleGrid, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingUnit } from '../../../../shared/domain/housing/housing-units-api';
import { ROLLING_LEASE_MAX_RENEWALS } from '../../../../shared/domain/housing/rolling-lease';
import { api, apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { notifyHousingError } from '../common/housing-errors';
import { inlineFieldMessage, asInlineMessage } from '../../../i18n/translate-error';
import { FormSection } from '../../../components/FormSection';
import { localToday } from '../../../dates/local-today';
import { FormButtons } from '../../../components/FormButtons';
import { errorsByKey, rollingLeaseErrorKey, rollingLeaseInput, rollingLeaseValues, type RollingLeaseFormValues } from '../model/unit-form';
import { useHousingMutation } from '../mutations';

/** The whole bail glissant record of a unit: operator, owner, sublease start, renewals, reviews, objectives, outcome. */
export function RollingLeaseModal({ unit, onClose }: { unit: HousingUnit; onClose(): void }) {
  const { t } = useTranslation();
  const save = useHousingMutation(api.housing.setRollingLease);
  const form = useForm<RollingLeaseFormValues>({
    initialValues: rollingLeaseValues(unit.rollingLease, localToday()),
    validate: {
      subleaseStart: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : asInlineMessage(t('fieldIssues.required'))),
      reviews: { date: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : asInlineMessage(t('fieldIssues.required'))) },
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (submitted) => {
    try {
      await save.mutateAsync(rollingLeaseInput(unit.id, submitted));
      notifySuccess(t('housing:lease.saved', { code: unit.code }));
      onClose();
    } catch (failure) {
      const error = apiErrorOf(failure);
      for (const [key, text] of Object.entries(errorsByKey(error.fields ?? [], rollingLeaseErrorKey, (field) => inlineFieldMessage(t, field)))) {
        form.setFieldError(key, text);
      }
      notifyHousingError(t, error);
    }
  });

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t('housing:lease.editTitle', { code: unit.code })} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormSection legend={t('housing:lease.sections.parties')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('fields.operator')} description={t('housing:lease.operatorHint')} maxLength={200} data-autofocus {...form.getInputProps('operator')} />
              <TextInput label={t('fields.owner')} maxLength={200} {...form.getInputProps('owner')} />
              <TextInput type="date" label={t('fields.subleaseStart')} withAsterisk {...form.getInputProps('subleaseStart')} />
            </SimpleGrid>
          </FormSection>
          <FormSection legend={t('fields.renewals')}>
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('housing:lease.renewalsHint', { max: ROLLING_LEASE_MAX_RENEWALS })}
              </Text>
              {values.renewals.map((_, index) => (
                <Group key={index} gap="xs" align="flex-end">
                  <TextInput type="date" label={t('housing:lease.renewalN', { number: index + 1 })} {...form.getInputProps(`renewals.${index}`)} />
                  <Tooltip label={t('housing:lease.removeRenewal')}>
                    <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('housing:lease.removeRenewalN', { number: index + 1 })} onClick={() => form.removeListItem('renewals', index)}>
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ))}
              {form.errors.renewals && (
                <Text size="sm" c="red" role="alert">
                  {form.errors.renewals}
                </Text>
              )}
              {values.renewals.length < ROLLING_LEASE_MAX_RENEWALS && (
                <Group>
                  <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('renewals', localToday())}>
                    {t('housing:lease.addRenewal')}
                  </Button>
                </Group>
              )}
            </Stack>
          </FormSection>
          <FormSection legend={t('housing:lease.sections.accompaniment')}>
            <Stack gap="sm">
              <Textarea label={t('fields.objectives')} autosize minRows={2} maxRows={6} maxLength={4000} {...form.getInputProps('objectives')} />
              {values.reviews.map((_, index) => (
                <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                  <TextInput type="date" label={t('housing:lease.reviewDate', { number: index + 1 })} w={170} {...form.getInputProps(`reviews.${index}.date`)} />
                  <Textarea
                    label={t('housing:lease.reviewNotes', { number: index + 1 })}
                    autosize
                    minRows={1}
                    maxRows={4}
                    maxLength={4000}
                    style={{ flex: 1 }}
                    {...form.getInputProps(`reviews.${index}.notes`)}
                  />
                  <ActionIcon mt={26} variant="subtle" color="red" size="lg" aria-label={t('housing:lease.removeReviewN', { number: index + 1 })} onClick={() => form.removeListItem('reviews', index)}>
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('reviews', { date: localToday(), notes: '' })}>
                  {t('housing:lease.addReview')}
                </Button>
              </Group>
            </Stack>
          </FormSection>
          <FormSection legend={t('housing:lease.sections.end')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput type="date" label={t('fields.transferDate')} description={t('housing:lease.transferHint')} {...form.getInputProps('transferDate')} />
              <TextInput type="date" label={t('housing:fieldLabels.endDate')} description={t('housing:lease.endHint')} {...form.getInputProps('endDate')} />
            </SimpleGrid>
            <Textarea label={t('fields.outcome')} mt="sm" autosize minRows={2} maxRows={6} maxLength={4000} {...form.getInputProps('outcome')} />
          </FormSection>
          <FormButtons submitLabel={t('common.save')} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
