import { Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf } from '../../../api/client';
import { contract } from '../../../../shared/api/contract';
import type { HousingPerson } from '../../../../shared/domain/housing/people';
import { AppModal } from '../../../components/AppModal';
import { fieldErrorsFromSchema } from '../../../forms/contract-validation';
import { notifySuccess } from '../../../forms/notify';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { FormButtons } from '../../../components/FormButtons';
import { emptyPersonValues, personErrorKey, personFieldsFromValues, personValues, type PersonFormValues } from '../model/household-form';
import { errorsByKey } from '../model/unit-form';
import { useHouseholdMutation } from '../mutations';
import { PersonFields } from './PersonFields';
import { showHouseholdServerError } from './household-errors';

interface PersonFormModalProps {
  householdId: number;
  /** Given: edit this person; else add one to the household. */
  person?: HousingPerson;
  onClose(): void;
}

/** Adds a person to a household or edits one; every detail is optional, the code stays the identity. */
export function PersonFormModal({ householdId, person, onClose }: PersonFormModalProps) {
  const { t } = useTranslation();
  const save = useHouseholdMutation(
    async (values: PersonFormValues) =>
      person ? api.housing.updatePerson({ id: person.id, ...personFieldsFromValues(values) }) : api.housing.addPerson({ householdId, ...personFieldsFromValues(values) }),
    householdId,
  );
  const form = useForm<PersonFormValues>({
    initialValues: person ? personValues(person) : emptyPersonValues(),
    validate: (values) =>
      errorsByKey(fieldErrorsFromSchema(contract.housing.addPerson.input, { householdId, ...personFieldsFromValues(values) }), personErrorKey, (field) =>
        inlineFieldMessage(t, field),
      ),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      notifySuccess(t(person ? 'housing:people.updated' : 'housing:people.added', { code: saved.code }));
      onClose();
    } catch (failure) {
      showHouseholdServerError(t, apiErrorOf(failure), form, personErrorKey);
    }
  });

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={person ? t('housing:people.editTitle', { code: person.code }) : t('housing:people.addTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('housing:people.optionalHint')}
          </Text>
          <PersonFields inputProps={(path) => form.getInputProps(path as keyof PersonFormValues)} prefix="" />
          <FormButtons submitLabel={person ? t('common.save') : t('housing:people.addSubmit')} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
