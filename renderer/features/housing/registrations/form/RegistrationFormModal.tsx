import { useCallback } from 'react';
import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/api/contract';
import type { HousingRegistration } from '../../../../../shared/domain/housing/registrations-api';
import { REGISTRATION_KINDS, REGISTRATION_STATUSES, REGISTRATION_TRANSITIONS, type RegistrationKind, type RegistrationStatus } from '../../../../../shared/domain/housing/registrations';
import { api, apiErrorOf } from '../../../../api/client';
import { AppModal } from '../../../../components/AppModal';
import { fieldErrorsFromSchema } from '../../../../forms/contract-validation';
import { notifySuccess } from '../../../../forms/notify';
import { FormSection } from '../../../../components/FormSection';
import { useUnits } from '../../queries';
import { FormButtons } from '../../../../components/FormButtons';
import { localToday } from '../../../../dates/local-today';
import { notifyRegistrationError, registrationFormErrors } from '../common/registration-errors';
import { emptyRegistrationValues, registrationFieldsFromValues, valuesFromRegistration, type RegistrationFormValues } from '../model/registration-form';
import { useDeadlineSettings, useRegistrationMutation } from '../queries';
import { OptionalSection } from './OptionalSection';
import { PersonPicker } from './PersonPicker';

/** The statuses offered: any for a new record (it may be entered after the fact), else the current one and where it may go. */
function statusChoices(registration?: HousingRegistration): readonly RegistrationStatus[] {
  return registration ? [registration.status, ...REGISTRATION_TRANSITIONS[registration.status]] : REGISTRATION_STATUSES;
}

/** "Nouvelle domiciliation", or the whole record edited (`registration` given). Refused fields show under their input. */
export function RegistrationFormModal({ registration, onClose, onSaved }: { registration?: HousingRegistration; onClose(): void; onSaved(saved: HousingRegistration): void }) {
  const { t } = useTranslation();
  const settings = useDeadlineSettings();
  const units = useUnits({});
  const save = useRegistrationMutation(async (values: RegistrationFormValues) => {
    const fields = registrationFieldsFromValues(values);
    return registration ? api.registrations.update({ id: registration.id, ...fields }) : api.registrations.create(fields);
  });
  const form = useForm<RegistrationFormValues>({
    initialValues: registration ? valuesFromRegistration(registration) : emptyRegistrationValues(localToday()),
    validate: (values) => {
      const fields = registrationFieldsFromValues(values);
      const errors = registrationFormErrors(
        t,
        registration ? fieldErrorsFromSchema(contract.registrations.update.input, { id: registration.id, ...fields }) : fieldErrorsFromSchema(contract.registrations.create.input, { ...fields }),
      );
      if (values.personId === null) errors.personId = t('registrations:form.personRequired');
      if (values.householdId === null) errors.householdId = t('registrations:form.householdRequired');
      return errors;
    },
  });
  const values = form.values;
  const label = (name: keyof RegistrationFormValues) => t(`registrations:fieldLabels.${name}`);
  const date = (name: keyof RegistrationFormValues, required = false) => <TextInput type="date" label={label(name)} withAsterisk={required} {...form.getInputProps(name)} />;
  const setHousehold = useCallback((id: string | null) => form.setFieldValue('householdId', id), [form]);
  const setPerson = useCallback((id: string | null) => form.setFieldValue('personId', id), [form]);

  const submit = form.onSubmit(async (submitted) => {
    try {
      const saved = await save.mutateAsync(submitted);
      const code = saved.personCode ?? '';
      notifySuccess(t(registration ? 'registrations:form.updated' : 'registrations:form.created', { code }));
      onSaved(saved);
    } catch (failure) {
      const error = apiErrorOf(failure);
      const names = Object.keys(values);
      for (const [key, text] of Object.entries(registrationFormErrors(t, error.fields ?? []))) {
        if (names.includes(key)) form.setFieldError(key, text);
      }
      notifyRegistrationError(t, error);
    }
  });

  const unitOptions = (units.data ?? []).map((unit) => ({ value: String(unit.id), label: `${unit.code} · ${unit.address}` }));
  const title = registration ? t('registrations:form.editTitle', { code: registration.personCode ?? t('registrations:list.erased') }) : t('registrations:form.createTitle');

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={title} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormSection legend={t('registrations:form.sections.person')}>
            <PersonPicker
              householdId={values.householdId}
              personId={values.personId}
              current={
                registration?.personId != null && registration.personCode !== null
                  ? { personId: String(registration.personId), personCode: registration.personCode, householdCode: registration.householdCode }
                  : undefined
              }
              onHousehold={setHousehold}
              onPerson={setPerson}
              householdError={form.errors.householdId as string | undefined}
              personError={form.errors.personId as string | undefined}
            />
          </FormSection>

          <FormSection legend={t('registrations:form.sections.registration')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select<RegistrationKind>
                label={label('kind')}
                withAsterisk
                allowDeselect={false}
                data={REGISTRATION_KINDS.map((kind) => ({ value: kind, label: t(`registrations:kinds.${kind}`) }))}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('kind')}
              />
              <Select<RegistrationStatus>
                label={label('status')}
                description={registration ? t('registrations:form.statusHint') : undefined}
                withAsterisk
                allowDeselect={false}
                data={statusChoices(registration).map((status) => ({ value: status, label: t(`registrations:statuses.${status}`) }))}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('status')}
              />
              <Select
                label={label('unitId')}
                placeholder={t('registrations:form.unitPlaceholder')}
                clearable
                searchable
                nothingFoundMessage={t('registrations:form.noUnit')}
                data={unitOptions}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('unitId')}
              />
              <TextInput
                label={label('communeReference')}
                description={t('registrations:form.communeReferenceHint')}
                maxLength={200}
                autoComplete="off"
                {...form.getInputProps('communeReference')}
              />
            </SimpleGrid>
          </FormSection>

          <FormSection legend={t('registrations:form.sections.dates')}>
            <SimpleGrid cols={{ base: 1, xs: 2, sm: 4 }} spacing="sm">
              {date('requestDate')}
              {date('decisionDate')}
              {date('startDate')}
              {date('endDate')}
            </SimpleGrid>
          </FormSection>

          <OptionalSection
            label={t('registrations:form.forwarding')}
            hint={t('registrations:form.forwardingHint', { days: settings.forwardDays })}
            checked={values.forwardingOn}
            onChange={(on) => form.setFieldValue('forwardingOn', on)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
              {date('receivedDate', true)}
              {date('forwardedDate')}
            </SimpleGrid>
          </OptionalSection>
          <OptionalSection
            label={t('registrations:form.move')}
            hint={t('registrations:form.moveHint', { days: settings.moveDeclarationDays })}
            checked={values.moveOn}
            onChange={(on) => form.setFieldValue('moveOn', on)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
              {date('moveDate', true)}
              {date('declaredDate')}
            </SimpleGrid>
          </OptionalSection>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={label('policeCheckDate')}
              description={t('registrations:form.policeHint', { days: settings.policeCheckDays })}
              {...form.getInputProps('policeCheckDate')}
            />
          </SimpleGrid>
          <OptionalSection
            label={t('registrations:form.absence')}
            hint={t('registrations:form.absenceHint', { months: settings.strikeOffMonths })}
            checked={values.absenceOn}
            onChange={(on) => form.setFieldValue('absenceOn', on)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
              {date('notFoundSince', true)}
              {date('resolvedDate')}
            </SimpleGrid>
          </OptionalSection>

          <Textarea label={label('notes')} autosize minRows={2} maxRows={6} maxLength={4000} {...form.getInputProps('notes')} />
          <FormButtons submitLabel={registration ? t('common.save') : t('registrations:form.createSubmit')} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
