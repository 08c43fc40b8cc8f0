import { useMemo } from 'react';
import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useClassOptions, useSchoolOptions } from '../../directory';
import { useYearEvents } from '../queries';
import { parseSchoolYearLabel, schoolYearOf, schoolYearStarting } from '../../../../shared/domain/school-year';
import type { QuestionnaireTemplate } from '../../../../shared/domain/questionnaires/templates';
import { SCOPE_KINDS, schoolYearOptions, type ScopeSelection } from './scope-model';

interface ScopePickerProps {
  templates: readonly QuestionnaireTemplate[];
  templateId: number | null;
  onTemplate(id: number): void;
  selection: ScopeSelection;
  onSelection(next: ScopeSelection): void;
  today: string;
}

const ALL_YEARS = 'all';

/**
 * The questionnaire and the scope of the results: the whole programme, a school year, a school (one year or
 * all), a class or an activity. Each list is searchable by typing; results follow every change.
 */
export function ScopePicker({ templates, templateId, onTemplate, selection, onSelection, today }: ScopePickerProps) {
  const { t } = useTranslation();
  const years = useMemo(() => schoolYearOptions(today), [today]);
  const change = (changes: Partial<ScopeSelection>) => onSelection({ ...selection, ...changes });
  const kind = selection.kind;

  const templateOptions = templates.map((template) => ({
    value: String(template.id),
    label: template.archived
      ? t('questionnaireResults:scope.archivedVersion', { name: template.name, version: template.version })
      : template.version > 1
        ? t('questionnaireResults:scope.version', { name: template.name, version: template.version })
        : template.name,
  }));

  const yearData = [
    ...(kind === 'school' ? [{ value: ALL_YEARS, label: t('questionnaireResults:scope.allYears') }] : []),
    ...years.map((year) => ({ value: year, label: year })),
  ];

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('questionnaireResults:scope.template')}
          data={templateOptions}
          value={templateId === null ? null : String(templateId)}
          onChange={(value) => value !== null && onTemplate(Number(value))}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('questionnaireResults:scope.nothingFound')}
          w={380}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="results-scope-kind">
            {t('questionnaireResults:scope.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="results-scope-kind"
            data={SCOPE_KINDS.map((value) => ({ value, label: t(`questionnaireResults:scope.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => {
              const next = value as ScopeSelection['kind'];
              // Only a school can be read over every year; the other kinds need one.
              change({ kind: next, schoolYear: next === 'school' ? selection.schoolYear : (selection.schoolYear ?? schoolYearOf(today).label) });
            }}
          />
        </Stack>
      </Group>
      {kind !== 'all' && (
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('questionnaireResults:scope.schoolYear')}
            data={yearData}
            value={selection.schoolYear ?? ALL_YEARS}
            onChange={(value) => value !== null && change({ schoolYear: value === ALL_YEARS ? null : value, classId: null, eventId: null })}
            allowDeselect={false}
            w={200}
          />
          {(kind === 'school' || kind === 'class') && (
            <SchoolPicker schoolId={selection.schoolId} onChange={(schoolId) => change({ schoolId, classId: null })} />
          )}
          {kind === 'class' && (
            <ClassPicker
              schoolId={selection.schoolId}
              schoolYear={selection.schoolYear ?? schoolYearOf(today).label}
              classId={selection.classId}
              onChange={(classId) => change({ classId })}
            />
          )}
          {kind === 'event' && (
            <EventPicker schoolYear={selection.schoolYear ?? schoolYearOf(today).label} eventId={selection.eventId} onChange={(eventId) => change({ eventId })} />
          )}
        </Group>
      )}
    </Stack>
  );
}

function SchoolPicker({ schoolId, onChange }: { schoolId: number | null; onChange(id: number | null): void }) {
  const { t } = useTranslation();
  const schools = useSchoolOptions();
  return (
    <Select
      label={t('questionnaireResults:scope.school')}
      placeholder={t('questionnaireResults:scope.schoolPlaceholder')}
      data={(schools.data ?? []).map((school) => ({ value: String(school.id), label: school.name }))}
      value={schoolId === null ? null : String(schoolId)}
      onChange={(value) => onChange(value === null ? null : Number(value))}
      searchable
      disabled={schools.isLoading}
      nothingFoundMessage={t('questionnaireResults:scope.nothingFound')}
      w={320}
    />
  );
}

function ClassPicker({ schoolId, schoolYear, classId, onChange }: { schoolId: number | null; schoolYear: string; classId: number | null; onChange(id: number | null): void }) {
  const { t } = useTranslation();
  const classes = useClassOptions(schoolId, schoolYear);
  return (
    <Select
      label={t('questionnaireResults:scope.class')}
      placeholder={schoolId === null ? t('questionnaireResults:scope.classNeedsSchool') : t('questionnaireResults:scope.classPlaceholder')}
      data={(classes.data ?? []).map((item) => ({ value: String(item.id), label: item.name }))}
      value={classId === null ? null : String(classId)}
      onChange={(value) => onChange(value === null ? null : Number(value))}
      searchable
      disabled={schoolId === null || classes.isLoading}
      nothingFoundMessage={t('questionnaireResults:scope.noClass')}
      w={260}
    />
  );
}

function EventPicker({ schoolYear, eventId, onChange }: { schoolYear: string; eventId: number | null; onChange(id: number | null): void }) {
  const { t } = useTranslation();
  const year = schoolYearStarting(parseSchoolYearLabel(schoolYear) ?? schoolYearOf(dayjs().format('YYYY-MM-DD')).startYear);
  const events = useYearEvents(year);
  const options = (events.data ?? [])
    .filter((event) => event.status !== 'cancelled')
    .map((event) => ({ value: String(event.id), label: `${dayjs(event.start).format('DD/MM/YYYY')} — ${event.title} (${event.schoolName})` }));
  return (
    <Select
      label={t('questionnaireResults:scope.event')}
      placeholder={t('questionnaireResults:scope.eventPlaceholder')}
      data={options}
      value={eventId === null ? null : String(eventId)}
      onChange={(value) => onChange(value === null ? null : Number(value))}
      searchable
      disabled={events.isLoading}
      nothingFoundMessage={t('questionnaireResults:scope.noEvent')}
      w={480}
    />
  );
}
