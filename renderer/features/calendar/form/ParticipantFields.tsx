import { useMemo } from 'react';
import { MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import { schoolYearOf } from '../../../../shared/domain/school-year';
import { facilitatorLabel, mergeOptions } from '../model/options';
import { useClassOptions, useFacilitatorOptions, usePartnerOptions, useSchoolOptions } from '../../directory';
import { FormSection } from '../../../components/FormSection';
import type { EventForm } from './use-event-form';

/** Who takes part: the school, its classes for the event's school year, partners and the facilitator. */
export function ParticipantFields({ form, existing }: { form: EventForm; existing: SchoolEvent | null }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const schoolId = values.schoolId ? Number(values.schoolId) : null;
  const schoolYear = schoolYearOf(/^\d{4}-\d{2}-\d{2}/.test(values.start) ? values.start : new Date().toISOString()).label;

  const schools = useSchoolOptions();
  const classes = useClassOptions(schoolId, schoolYear);
  const partners = usePartnerOptions();
  const facilitators = useFacilitatorOptions();

  const schoolOptions = useMemo(
    () => mergeOptions(schools.data ?? [], existing ? [{ id: existing.schoolId, name: existing.schoolName }] : []),
    [schools.data, existing],
  );
  const classOptions = useMemo(
    () => mergeOptions(classes.data ?? [], existing && schoolId === existing.schoolId ? existing.classes : []),
    [classes.data, existing, schoolId],
  );
  const partnerOptions = useMemo(() => mergeOptions(partners.data ?? [], existing?.partners ?? []), [partners.data, existing]);
  const facilitatorOptions = useMemo(() => {
    const rows = (facilitators.data ?? []).map((item) => ({ id: item.id, name: facilitatorLabel(item) }));
    const known = existing?.facilitatorId ? [{ id: existing.facilitatorId, name: existing.facilitatorName ?? '' }] : [];
    return mergeOptions(rows, known);
  }, [facilitators.data, existing]);

  const unavailable = t('calendar:form.loadFailed');
  const schoolInput = form.getInputProps('schoolId');

  return (
    <FormSection legend={t('calendar:form.sections.people')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('calendar:form.school')}
          placeholder={schools.isError ? unavailable : t('calendar:form.schoolPlaceholder')}
          required
          searchable
          data={schoolOptions}
          nothingFoundMessage={t('calendar:filters.nothingFound')}
          limit={100}
          {...schoolInput}
          onChange={(value) => {
            schoolInput.onChange(value);
            form.setFieldValue('classIds', []);
          }}
        />
        <MultiSelect
          label={t('calendar:form.classes')}
          description={schoolId === null ? t('calendar:form.classesNeedSchool') : t('calendar:form.classesHint', { year: schoolYear })}
          placeholder={classes.isError ? unavailable : undefined}
          data={classOptions}
          disabled={schoolId === null}
          searchable
          nothingFoundMessage={t('calendar:filters.nothingFound')}
          {...form.getInputProps('classIds')}
        />
        <MultiSelect
          label={t('calendar:form.partners')}
          placeholder={partners.isError ? unavailable : undefined}
          data={partnerOptions}
          searchable
          nothingFoundMessage={t('calendar:filters.nothingFound')}
          {...form.getInputProps('partnerIds')}
        />
        <Select
          label={t('calendar:form.facilitator')}
          placeholder={facilitators.isError ? unavailable : t('calendar:form.facilitatorNone')}
          data={facilitatorOptions}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('calendar:filters.clear') }}
          nothingFoundMessage={t('calendar:filters.nothingFound')}
          {...form.getInputProps('facilitatorId')}
        />
      </SimpleGrid>
    </FormSection>
  );
}
