import { Badge, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/api/contract';
import { DEFAULT_HOUSING_DEADLINES } from '../../../../shared/domain/housing/deadlines';
import type { HousingUnit } from '../../../../shared/domain/housing/housing-units-api';
import { LIGHT_HOUSING_CRITERIA } from '../../../../shared/domain/housing/light-housing';
import { INITIAL_UNIT_STATUSES, SUPPORT_KINDS, UNIT_KINDS, type UnitKind, type UnitStatus } from '../../../../shared/domain/housing/units';
import { api, apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { fieldErrorsFromSchema } from '../../../forms/contract-validation';
import { notifySuccess } from '../../../forms/notify';
import { notifyHousingError } from '../common/housing-errors';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { FormSection } from '../../../components/FormSection';
import { localToday } from '../../../dates/local-today';
import { FormButtons } from '../../../components/FormButtons';
import {
  createUnitInput,
  emptyUnitValues,
  errorsByKey,
  lightHousingState,
  unitErrorKey,
  unitFieldsFromValues,
  valuesFromUnit,
  type UnitFormValues,
} from '../model/unit-form';
import { useHousingMutation } from '../mutations';
import { useProviders } from '../queries';

/** The live badge under the habitat léger checklist: "Qualifie (3 critères sur 9 minimum)" or what is missing. */
export function LightHousingBadge({ criteria }: { criteria: UnitFormValues['lightHousingCriteria'] }) {
  const { t } = useTranslation();
  const state = lightHousingState(criteria);
  return (
    <Badge size="lg" variant="light" color={state.qualifies ? 'teal' : 'orange'} role="status" aria-live="polite" style={{ textTransform: 'none' }}>
      {state.qualifies
        ? t('housing:lightHousing.qualifies', { count: state.count, minimum: state.minimum })
        : t('housing:lightHousing.missing', { count: state.missing, minimum: state.minimum })}
    </Badge>
  );
}

/** Records a unit ("Nouveau logement") with its status as it is today, or edits one (`unit` given; its status changes from the sheet). */
export function UnitFormModal({ unit, onClose, onCreated }: { unit?: HousingUnit; onClose(): void; onCreated?(unit: HousingUnit): void }) {
  const { t } = useTranslation();
  const providers = useProviders();
  const save = useHousingMutation(async (values: UnitFormValues) =>
    unit ? api.housing.updateUnit({ id: unit.id, ...unitFieldsFromValues(values, unit) }) : api.housing.createUnit(createUnitInput(values)),
  );
  const message = (field: Parameters<typeof inlineFieldMessage>[1]) => inlineFieldMessage(t, field);
  const form = useForm<UnitFormValues>({
    initialValues: unit ? valuesFromUnit(unit) : emptyUnitValues(localToday()),
    validate: (values) =>
      errorsByKey(
        unit
          ? fieldErrorsFromSchema(contract.housing.updateUnit.input, { id: unit.id, ...unitFieldsFromValues(values, unit) })
          : fieldErrorsFromSchema(contract.housing.createUnit.input, { ...createUnitInput(values) }),
        unitErrorKey,
        message,
      ),
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (submitted) => {
    try {
      const saved = await save.mutateAsync(submitted);
      notifySuccess(t(unit ? 'housing:form.updated' : 'housing:form.created', { code: saved.code }));
      if (!unit && onCreated) onCreated(saved);
      else onClose();
    } catch (failure) {
      const error = apiErrorOf(failure);
      const names = Object.keys(values);
      for (const [key, text] of Object.entries(errorsByKey(error.fields ?? [], unitErrorKey, message))) {
        if (names.includes(key)) form.setFieldError(key, text);
      }
      notifyHousingError(t, error);
    }
  });

  const providerOptions = (providers.data ?? []).map((provider) => ({
    value: String(provider.id),
    label: `${provider.name} (${t(`housing:providerKinds.${provider.kind}`)})`,
  }));

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={unit ? t('housing:form.editTitle', { code: unit.code }) : t('housing:form.createTitle')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormSection legend={t('housing:form.sections.unit')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('housing:fieldLabels.code')}
                description={t('housing:form.codeHint')}
                withAsterisk
                maxLength={20}
                autoComplete="off"
                data-autofocus
                {...form.getInputProps('code')}
              />
              <Select<UnitKind>
                label={t('housing:units.kind')}
                withAsterisk
                allowDeselect={false}
                data={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`housing:kinds.${kind}`) }))}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('kind')}
              />
              <TextInput label={t('fields.address')} withAsterisk maxLength={200} autoComplete="off" {...form.getInputProps('address')} />
              <Select
                label={t('housing:units.provider')}
                placeholder={t('housing:form.noProvider')}
                clearable
                searchable
                nothingFoundMessage={t('housing:form.noProviderFound')}
                data={providerOptions}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('providerId')}
              />
              <NumberInput
                label={t('housing:form.capacity')}
                description={t('housing:form.capacityHint')}
                withAsterisk
                min={1}
                max={500}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('capacity')}
              />
            </SimpleGrid>
          </FormSection>

          {values.kind === 'hebergement_citoyen' && (
            <FormSection legend={t('housing:kinds.hebergement_citoyen')}>
              <NumberInput
                label={t('fields.citizenStayDays')}
                description={t('housing:form.stayHint', { days: unit?.effectiveCitizenStayDays ?? DEFAULT_HOUSING_DEADLINES.citizenStayDays })}
                placeholder={String(unit?.effectiveCitizenStayDays ?? DEFAULT_HOUSING_DEADLINES.citizenStayDays)}
                min={1}
                max={365}
                allowDecimal={false}
                allowNegative={false}
                suffix={` ${t('housing:form.days')}`}
                maw={320}
                {...form.getInputProps('citizenStayDays')}
              />
            </FormSection>
          )}

          {values.kind === 'habitat_leger' && (
            <FormSection legend={t('housing:kinds.habitat_leger')}>
              <Checkbox.Group
                label={t('fields.lightHousingCriteria')}
                description={t('housing:lightHousing.hint')}
                {...form.getInputProps('lightHousingCriteria')}
                onChange={(criteria) => form.setFieldValue('lightHousingCriteria', LIGHT_HOUSING_CRITERIA.filter((criterion) => criteria.includes(criterion)))}
              >
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mt="xs">
                  {LIGHT_HOUSING_CRITERIA.map((criterion) => (
                    <Checkbox key={criterion} value={criterion} label={t(`housing:criteria.${criterion}`)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
              <Group mt="sm">
                <LightHousingBadge criteria={values.lightHousingCriteria} />
              </Group>
            </FormSection>
          )}

          <FormSection legend={t('fields.supports')}>
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('housing:form.supportsHint')}
              </Text>
              {form.errors.supportKinds && (
                <Text size="sm" c="red" role="alert">
                  {form.errors.supportKinds}
                </Text>
              )}
              {SUPPORT_KINDS.map((kind) => {
                const checked = values.supportKinds.includes(kind);
                return (
                  <Group key={kind} gap="md" align="center" wrap="wrap" mih={36}>
                    <Checkbox
                      w={220}
                      label={t(`housing:supports.${kind}`)}
                      checked={checked}
                      onChange={(event) => {
                        const on = event.currentTarget.checked;
                        form.setFieldValue('supportKinds', SUPPORT_KINDS.filter((other) => (other === kind ? on : values.supportKinds.includes(other))));
                        form.clearFieldError('supportKinds');
                      }}
                    />
                    {checked && (
                      <TextInput
                        type="date"
                        size="xs"
                        label={t('housing:form.supportSince')}
                        aria-label={t('housing:form.supportSinceFor', { support: t(`housing:supports.${kind}`) })}
                        {...form.getInputProps(`supportDates.${kind}`)}
                      />
                    )}
                  </Group>
                );
              })}
            </Stack>
          </FormSection>

          {!unit && (
            <FormSection legend={t('housing:form.sections.status')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select<UnitStatus>
                  label={t('housing:form.initialStatus')}
                  description={t('housing:form.initialStatusHint')}
                  withAsterisk
                  allowDeselect={false}
                  data={INITIAL_UNIT_STATUSES.map((status) => ({ value: status, label: t(`housing:statuses.${status}`) }))}
                  comboboxProps={{ withinPortal: true }}
                  {...form.getInputProps('status')}
                />
                <TextInput type="date" label={t('fields.statusDate')} withAsterisk {...form.getInputProps('statusDate')} />
              </SimpleGrid>
            </FormSection>
          )}

          <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={6} maxLength={4000} {...form.getInputProps('notes')} />
          <FormButtons submitLabel={unit ? t('common.save') : t('housing:form.createSubmit')} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
