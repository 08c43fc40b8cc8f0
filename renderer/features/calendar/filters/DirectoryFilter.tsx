import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartnerOptions, useSchoolOptions } from '../../directory';
import { FILTER_LABEL_PROPS, filterPlaceholder } from './filter-label';

interface DirectoryFilterProps {
  kind: 'school' | 'partner';
  value: number[];
  onChange(ids: number[]): void;
  w: number;
}

/**
 * Schools or partners to filter by, searchable. If the directory cannot be read (not yet available, or a
 * failure), the filter is disabled and says so; the calendar keeps working without it.
 */
export function DirectoryFilter({ kind, value, onChange, w }: DirectoryFilterProps) {
  const { t } = useTranslation();
  const schools = useSchoolOptions(kind === 'school');
  const partners = usePartnerOptions(kind === 'partner');
  const query = kind === 'school' ? schools : partners;
  const data = useMemo(
    () => (query.data ?? []).map((row) => ({ value: String(row.id), label: row.name })),
    [query.data],
  );
  const unavailable = query.isError;

  return (
    <MultiSelect
      w={w}
      label={t(`calendar:filters.${kind}`)}
      labelProps={FILTER_LABEL_PROPS}
      placeholder={unavailable ? t('calendar:filters.unavailable') : value.length ? undefined : filterPlaceholder(t, kind)}
      data={data}
      value={value.map(String)}
      onChange={(ids) => onChange(ids.map(Number))}
      disabled={unavailable}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('calendar:filters.clear') }}
      nothingFoundMessage={t('calendar:filters.nothingFound')}
      limit={100}
      maxDropdownHeight={280}
    />
  );
}
