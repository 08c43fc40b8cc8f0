import { useMemo } from 'react';
import { MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import { schoolYearOf } from '../../../../shared/domain/school-year';
import { facilitatorLabel, mergeOptions } from '../model/options';
import { classesPupilCount, expectedPupilsAfterClassChange, facilitatorsForPartners } from '../model/expected-pupils';
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
    const offered = facilitatorsForPartners(facilitators.data ?? [], values.partnerIds, values.facilitatorId);
    const rows = offered.map((item) => ({ id: item.id, name: facilitatorLabel(item) }));
    const known = existing?.facilitatorId && String(existing.facilitatorId) === values.facilitatorId ? [{ id: existing.facilitatorId, name: existing.facilitatorName ?? '' }] : [];
    return mergeOptions(rows, known);
  }, [facilitators.data, existing, values.partnerIds, values.facilitatorId]);
  // Class sizes known here: the school's classes of the year, and those the event already has.
  const classSizes = useMemo(
    () => new Map([...(existing?.classes ?? []), ...(classes.data ?? [])].map((row) => [String(row.id), row.pupilCount])),
    [classes.data, existing],
  );

  const unavailable = t('calendar:form.loadFailed');
  const schoolInput = form.getInputProps('schoolId');
  const classesInput = form.getInputProps('classIds');
  /** New classes: the pupils expected follow them unless the user typed their own number. */
  const changeClasses = (classIds: string[]) => {
    const current = form.getValues();
    const next = expectedPupilsAfterClassChange(
      current.pupilsExpected,
      classesPupilCount(current.classIds, classSizes),
      classesPupilCount(classIds, classSizes),
    );
    classesInput.onChange(classIds);
    if (next !== undefined) form.setFieldValue('pupilsExpected', next);
  };

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
            changeClasses([]);
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
          {...classesInput}
          onChange={changeClasses}
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
          description={values.partnerIds.length > 0 ? t('calendar:form.facilitatorOfPartners') : undefined}
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
