import { MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOAN_STATUSES, type LoanStatus } from '../../../../shared/domain/loans/loans';
import { SchoolYearSelect } from '../../../components/SchoolYearSelect';
import { useExhibitions } from '../queries';

export interface LoanFilterValues {
  exhibitionId: number | undefined;
  statuses: LoanStatus[];
  schoolYear: string | undefined;
}

export const NO_LOAN_FILTERS: LoanFilterValues = { exhibitionId: undefined, statuses: [], schoolYear: undefined };

/** Exposition, statut and année scolaire. */
export function LoanFilters({ value, onChange }: { value: LoanFilterValues; onChange(filters: Partial<LoanFilterValues>): void }) {
  const { t } = useTranslation();
  const exhibitions = useExhibitions(true);
  const options = (exhibitions.data ?? []).map((exhibition) => ({ value: String(exhibition.id), label: exhibition.title }));
  return (
    <>
      <Select
        label={t('exhibitions:loans.filters.exhibition')}
        placeholder={exhibitions.isError ? t('exhibitions:unavailable') : t('exhibitions:loans.filters.allFeminine')}
        data={options}
        value={value.exhibitionId === undefined ? null : String(value.exhibitionId)}
        onChange={(id) => onChange({ exhibitionId: id ? Number(id) : undefined })}
        clearable
        clearButtonProps={{ 'aria-label': t('exhibitions:clear') }}
        searchable
        nothingFoundMessage={t('exhibitions:nothingFound')}
        w={{ base: '100%', xs: 240 }}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect<LoanStatus>
        label={t('exhibitions:loans.filters.status')}
        placeholder={value.statuses.length === 0 ? t('exhibitions:loans.filters.all') : undefined}
        data={LOAN_STATUSES.map((status) => ({ value: status, label: t(`exhibitions:statuses.${status}`) }))}
        value={value.statuses}
        onChange={(statuses) => onChange({ statuses })}
        clearable
        clearButtonProps={{ 'aria-label': t('exhibitions:clear') }}
        w={{ base: '100%', xs: 220 }}
        comboboxProps={{ withinPortal: true }}
      />
      <SchoolYearSelect
        label={t('fields.schoolYear')}
        placeholder={t('exhibitions:loans.filters.allFeminine')}
        clearable
        value={value.schoolYear}
        onChange={(schoolYear) => onChange({ schoolYear: schoolYear ?? undefined })}
        w={{ base: '100%', xs: 160 }}
      />
    </>
  );
}
