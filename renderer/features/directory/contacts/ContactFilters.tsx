import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, type ContactKind } from '../../../../shared/domain/directory';
import { enumOptions } from '../common/enum-options';
import { SchoolSelect, type SchoolOption } from '../common/SchoolSelect';

export interface ContactFilterValues {
  schoolId: number | undefined;
  kinds: ContactKind[];
}

export const NO_CONTACT_FILTERS: ContactFilterValues = { schoolId: undefined, kinds: [] };

interface ContactFiltersProps {
  value: ContactFilterValues;
  onChange(filters: Partial<ContactFilterValues>): void;
  onSchool(school: SchoolOption | null): void;
}

/** École and type. */
export function ContactFilters({ value, onChange, onSchool }: ContactFiltersProps) {
  const { t } = useTranslation();
  return (
    <>
      <SchoolSelect
        label={t('directory.filters.school')}
        placeholder={t('directory.allSchools')}
        clearable
        value={value.schoolId}
        onChange={(schoolId, option) => {
          onSchool(option);
          onChange({ schoolId: schoolId ?? undefined });
        }}
        w={{ base: '100%', xs: 280 }}
      />
      <MultiSelect<ContactKind>
        label={t('directory.filters.kind')}
        placeholder={value.kinds.length === 0 ? t('directory.all') : undefined}
        data={enumOptions(t, 'contactKinds', CONTACT_KINDS)}
        value={value.kinds}
        onChange={(kinds) => onChange({ kinds })}
        clearable
        w={{ base: '100%', xs: 240 }}
        comboboxProps={{ withinPortal: true }}
      />
    </>
  );
}
