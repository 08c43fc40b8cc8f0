import { ActionIcon, Alert, Button, Card, Group, NumberInput, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf } from '../../../api/client';
import { contract } from '../../../../shared/api/contract';
import { AppModal } from '../../../components/AppModal';
import { fieldErrorsFromSchema } from '../../../forms/contract-validation';
import { notifySuccess } from '../../../forms/notify';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { FormButtons } from '../../../components/FormButtons';
import { createHouseholdInput, emptyHouseholdValues, emptyPersonValues, householdErrorKey, type HouseholdFormValues } from '../model/household-form';
import { errorsByKey } from '../model/unit-form';
import { useHouseholdMutation } from '../mutations';
import { PersonFields } from './PersonFields';
import { showHouseholdServerError } from './household-errors';

/** A new household: its size, notes, and the people recorded now (each optional, each given a code). */
export function HouseholdFormModal({ onClose, onCreated }: { onClose(): void; onCreated(id: number): void }) {
  const { t } = useTranslation();
  const save = useHouseholdMutation(api.housing.createHousehold);
  const form = useForm<HouseholdFormValues>({
    initialValues: emptyHouseholdValues(),
    validate: (values) =>
      errorsByKey(fieldErrorsFromSchema(contract.housing.createHousehold.input, createHouseholdInput(values)), householdErrorKey, (field) => inlineFieldMessage(t, field)),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(createHouseholdInput(values));
      notifySuccess(t('housing:households.createdMessage', { code: saved.code }));
      onCreated(saved.id);
    } catch (failure) {
      showHouseholdServerError(t, apiErrorOf(failure), form, householdErrorKey);
    }
  });

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t('housing:households.createTitle')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert color="blue" variant="light" icon={<IconLock size={18} />}>
            <Text size="sm">{t('housing:households.privacyBanner')}</Text>
          </Alert>
          <Group align="flex-start" grow>
            <NumberInput
              label={t('housing:households.sizeLabel')}
              description={t('housing:households.sizeHint')}
              withAsterisk
              min={1}
              max={30}
              allowDecimal={false}
              allowNegative={false}
              data-autofocus
              {...form.getInputProps('size')}
            />
          </Group>
          <Textarea label={t('fields.notes')} description={t('housing:households.notesHint')} autosize minRows={2} maxRows={5} maxLength={4000} {...form.getInputProps('notes')} />
          <Stack gap="sm" component="section" aria-label={t('housing:households.peopleSection')}>
            <Group justify="space-between">
              <Text fw={600} size="sm">
                {t('housing:households.peopleSection')}
              </Text>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={() => form.insertListItem('people', emptyPersonValues())}
                disabled={form.values.people.length >= 30}
              >
                {t('housing:households.addRow')}
              </Button>
            </Group>
            {form.values.people.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('housing:households.noRows')}
              </Text>
            )}
            {form.values.people.map((_, index) => (
              <Card key={index} withBorder radius="md" padding="sm" component="fieldset" aria-label={t('housing:households.rowLabel', { number: index + 1 })} m={0}>
                <Group justify="space-between" mb="xs">
                  <Text size="sm" fw={600} c="dimmed">
                    {t('housing:households.rowLabel', { number: index + 1 })}
                  </Text>
                  <Tooltip label={t('housing:households.removeRow')}>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('housing:households.removeRowFor', { number: index + 1 })} onClick={() => form.removeListItem('people', index)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
                <PersonFields inputProps={(path) => form.getInputProps(path)} prefix={`people.${index}.`} />
              </Card>
            ))}
          </Stack>
          <FormButtons submitLabel={t('housing:households.createSubmit')} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
