import { Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/api/contract';
import type { FieldError } from '../../../../shared/api/result';
import { EXHIBITION_KINDS, EXHIBITION_LANGUAGES, type Exhibition, type ExhibitionKind, type ExhibitionLanguage } from '../../../../shared/domain/loans/exhibitions';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { fieldErrorsFromSchema } from '../../../forms/contract-validation';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { FormSection } from '../../../components/FormSection';
import { FormButtons } from '../../../components/FormButtons';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import {
  emptyExhibitionValues,
  exhibitionCrossIssues,
  exhibitionDraftFromValues,
  isCompleteExhibitionDraft,
  valuesFromExhibition,
  type ExhibitionFormValues,
} from '../model/exhibition-form-values';
import { useSaveExhibition } from '../mutations';
import { ItemsEditor } from './ItemsEditor';

/** An item's error stays on its row (`items.2.label`); any other error on its field. */
function errorKey(path: string): string {
  const item = /^items\.\d+\.(number|kind|label)/.exec(path);
  return item ? item[0] : (path.split('.')[0] ?? path);
}

function formErrors(t: TFunction, fields: readonly FieldError[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) errors[errorKey(field.path)] ??= inlineFieldMessage(t, field);
  return errors;
}

/** "Panneau 3 — libellé" rather than "Éléments" in the summary of errors. */
function summaryLabels(t: TFunction, errors: Record<string, unknown>): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const path of Object.keys(errors)) {
    const match = /^items\.(\d+)\.(number|kind|label)$/.exec(path);
    if (match) labels[path] = t('exhibitions:itemsEditor.summaryField', { position: Number(match[1]) + 1, field: t(`fields.${match[2]}`) });
  }
  return labels;
}

/** Creates an exhibition, or edits one (`exhibition` given): its presentation, items, loan rules and logistics. */
export function ExhibitionFormModal({ exhibition, onClose }: { exhibition?: Exhibition; onClose(): void }) {
  const { t } = useTranslation();
  const save = useSaveExhibition();
  const [attempted, setAttempted] = useState(false);
  const form = useForm<ExhibitionFormValues>({
    initialValues: exhibition ? valuesFromExhibition(exhibition) : emptyExhibitionValues(),
    validate: (values) => {
      const draft = exhibitionDraftFromValues(values);
      return formErrors(t, [...fieldErrorsFromSchema(contract.exhibitions.create.input, draft), ...exhibitionCrossIssues(values)]);
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(
    async (submitted) => {
      setAttempted(false);
      const draft = exhibitionDraftFromValues(submitted);
      if (!isCompleteExhibitionDraft(draft)) return;
      try {
        const saved = await save.mutateAsync(exhibition ? { id: exhibition.id, ...draft } : draft);
        notifySuccess(t(exhibition ? 'exhibitions:form.updated' : 'exhibitions:form.created', { title: saved.title }));
        onClose();
      } catch (failure) {
        const error = apiErrorOf(failure);
        const names = Object.keys(values);
        for (const [path, message] of Object.entries(formErrors(t, error.fields ?? []))) {
          if (names.includes(path.split('.')[0] ?? path)) form.setFieldError(path, message);
        }
        if (error.fields?.length) setAttempted(true);
        notifyError(t, error);
      }
    },
    () => setAttempted(true),
  );

  const errors = Object.fromEntries(Object.entries(form.errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));

  return (
    <AppModal dirty={form.isDirty()}
      opened
      onClose={onClose}
      title={exhibition ? t('exhibitions:form.editTitle', { title: exhibition.title }) : t('exhibitions:form.createTitle')}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormSection legend={t('exhibitions:form.sections.presentation')}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput label={t('fields.title')} withAsterisk maxLength={200} autoComplete="off" data-autofocus {...form.getInputProps('title')} />
                <TextInput
                  label={t('fields.owner')}
                  description={t('exhibitions:form.ownerHint')}
                  withAsterisk
                  maxLength={200}
                  autoComplete="off"
                  {...form.getInputProps('owner')}
                />
                <Select<ExhibitionKind>
                  label={t('exhibitions:form.kind')}
                  description={t(`exhibitions:kindHints.${values.kind}`)}
                  withAsterisk
                  allowDeselect={false}
                  data={EXHIBITION_KINDS.map((kind) => ({ value: kind, label: t(`exhibitions:kinds.${kind}`) }))}
                  comboboxProps={{ withinPortal: true }}
                  {...form.getInputProps('kind')}
                />
                <TextInput
                  label={t('fields.audience')}
                  description={t('exhibitions:form.audienceHint')}
                  placeholder={t('exhibitions:form.audiencePlaceholder')}
                  maxLength={200}
                  {...form.getInputProps('audience')}
                />
              </SimpleGrid>
              <Checkbox.Group
                label={t('fields.languages')}
                {...form.getInputProps('languages')}
                onChange={(languages) =>
                  form.setFieldValue('languages', EXHIBITION_LANGUAGES.filter((language) => languages.includes(language)))
                }
              >
                <Group gap="lg" mt={6}>
                  {EXHIBITION_LANGUAGES.map((language: ExhibitionLanguage) => (
                    <Checkbox key={language} value={language} label={t(`exhibitions:languages.${language}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
              <Textarea label={t('fields.description')} autosize minRows={2} maxRows={6} maxLength={4000} {...form.getInputProps('description')} />
            </Stack>
          </FormSection>
          <FormSection legend={t('exhibitions:form.sections.items')}>
            <ItemsEditor items={values.items} errors={form.errors} onChange={(items) => {
              form.setFieldValue('items', items);
              for (const key of Object.keys(form.errors)) if (key.startsWith('items')) form.clearFieldError(key);
            }} />
          </FormSection>
          <FormSection legend={t('exhibitions:form.sections.loans')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NumberInput
                label={t('fields.minLoanDays')}
                description={t('exhibitions:form.minHint')}
                min={1}
                max={366}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('minLoanDays')}
              />
              <NumberInput
                label={t('fields.maxLoanDays')}
                description={t('exhibitions:form.maxHint')}
                min={1}
                max={366}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('maxLoanDays')}
              />
              <NumberInput
                label={t('fields.bufferDays')}
                description={t('exhibitions:form.bufferHint')}
                withAsterisk
                min={0}
                max={60}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('bufferDays')}
              />
              <NumberInput
                label={t('fields.insuranceValue')}
                description={t('exhibitions:form.insuranceHint')}
                min={0}
                max={10_000_000}
                decimalScale={2}
                thousandSeparator=" "
                decimalSeparator=","
                allowNegative={false}
                suffix=" €"
                {...form.getInputProps('insuranceValue')}
              />
            </SimpleGrid>
          </FormSection>
          <FormSection legend={t('exhibitions:form.sections.logistics')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Textarea
                label={t('fields.transportNotes')}
                placeholder={t('exhibitions:form.transportPlaceholder')}
                autosize
                minRows={2}
                maxRows={6}
                maxLength={4000}
                {...form.getInputProps('transportNotes')}
              />
              <Textarea
                label={t('fields.setupNotes')}
                placeholder={t('exhibitions:form.setupPlaceholder')}
                autosize
                minRows={2}
                maxRows={6}
                maxLength={4000}
                {...form.getInputProps('setupNotes')}
              />
            </SimpleGrid>
            <Textarea label={t('fields.notes')} mt="sm" autosize minRows={2} maxRows={6} maxLength={4000} {...form.getInputProps('notes')} />
          </FormSection>
          {exhibition && (
            <Switch
              label={t('exhibitions:form.archived')}
              description={t('exhibitions:form.archivedHint')}
              {...form.getInputProps('archived', { type: 'checkbox' })}
            />
          )}
          {attempted && <FormErrorSummary errors={errors} labels={summaryLabels(t, errors)} />}
          <FormButtons submitLabel={exhibition ? t('common.save') : t('exhibitions:form.createSubmit')} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
