import { useTranslation } from 'react-i18next';
import { SchoolSelect, type SchoolOption } from '../common/SchoolSelect';
import { SchoolYearSelect } from '../../../components/SchoolYearSelect';

export interface ClassFilterValues {
  schoolId: number | undefined;
  schoolYear: string | undefined;
}

interface ClassFiltersProps {
  value: ClassFilterValues;
  onChange(filters: Partial<ClassFilterValues>): void;
  /** Remembers the chosen school's name, for a new class of that school. */
  onSchool(school: SchoolOption | null): void;
}

/** École and année scolaire (the current year by default). */
export function ClassFilters({ value, onChange, onSchool }: ClassFiltersProps) {
  const { t } = useTranslation();
  return (
    <>
      <SchoolSelect
        label={t('directory.filters.school')}
        placeholder={t('directory.allSchools')}
        clearable
        value={value.schoolId}
        onChange={(schoolId, option) => {
          onSchool(option ?? null);
          onChange({ schoolId: schoolId ?? undefined });
        }}
        w={{ base: '100%', xs: 280 }}
      />
      <SchoolYearSelect
        label={t('fields.schoolYear')}
        placeholder={t('directory.allYears')}
        clearable
        value={value.schoolYear}
        onChange={(schoolYear) => onChange({ schoolYear: schoolYear ?? undefined })}
        w={{ base: '100%', xs: 170 }}
      />
    </>
  );
}
