import { Autocomplete, MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCHOOL_LEVELS, SCHOOL_NETWORKS, type SchoolLevel, type SchoolNetwork } from '../../../../shared/domain/directory';
import { enumOptions } from '../common/enum-options';
import { LIEGE_NEIGHBOURHOODS } from './neighbourhoods';

export interface SchoolFilterValues {
  networks: SchoolNetwork[];
  levels: SchoolLevel[];
  neighbourhood: string;
}

export const NO_SCHOOL_FILTERS: SchoolFilterValues = { networks: [], levels: [], neighbourhood: '' };

interface SchoolFiltersProps {
  value: SchoolFilterValues;
  onChange(filters: Partial<SchoolFilterValues>): void;
}

/** Réseau, niveau and quartier. */
export function SchoolFilters({ value, onChange }: SchoolFiltersProps) {
  const { t } = useTranslation();
  return (
    <>
      <MultiSelect<SchoolNetwork>
        label={t('directory.schools.filters.network')}
        placeholder={value.networks.length === 0 ? t('directory.all') : undefined}
        data={enumOptions(t, 'networks', SCHOOL_NETWORKS)}
        value={value.networks}
        onChange={(networks) => onChange({ networks })}
        clearable
        w={{ base: '100%', xs: 210 }}
        comboboxProps={{ withinPortal: true, width: 280, position: 'bottom-start' }}
      />
      <MultiSelect<SchoolLevel>
        label={t('directory.schools.filters.level')}
        placeholder={value.levels.length === 0 ? t('directory.all') : undefined}
        data={enumOptions(t, 'schoolLevels', SCHOOL_LEVELS)}
        value={value.levels}
        onChange={(levels) => onChange({ levels })}
        clearable
        w={{ base: '100%', xs: 180 }}
        comboboxProps={{ withinPortal: true }}
      />
      <Autocomplete
        label={t('directory.schools.filters.neighbourhood')}
        placeholder={t('directory.all')}
        data={[...LIEGE_NEIGHBOURHOODS]}
        value={value.neighbourhood}
        onChange={(neighbourhood) => onChange({ neighbourhood })}
        clearable
        maxLength={200}
        w={{ base: '100%', xs: 170 }}
        comboboxProps={{ withinPortal: true }}
      />
    </>
  );
}
