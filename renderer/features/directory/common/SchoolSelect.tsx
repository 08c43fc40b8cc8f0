import { useMemo, useState, type ReactNode } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { directoryKeys } from '../directory-queries';

export interface SchoolOption {
  value: number;
  label: string;
}

interface SchoolSelectProps {
  label: string;
  value?: number | null;
  onChange(value: number | null, option: SchoolOption | null): void;
  /** The chosen school's name when it is already known (editing), so it shows before any search. */
  initial?: SchoolOption | null;
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  clearable?: boolean;
  withAsterisk?: boolean;
  w?: SelectProps['w'];
  'data-autofocus'?: boolean;
}

/** Finds a school by typing part of its name; the server searches, so thousands of schools stay fast. */
export function SchoolSelect({ value, onChange, initial, ...props }: SchoolSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<SchoolOption | null>(initial ?? null);
  // Once a school is chosen, the box shows its name: that is not a search.
  const typed = chosen && search === chosen.label ? '' : search.trim();
  const [debounced] = useDebouncedValue(typed, 250);
  const options = useQuery({
    queryKey: directoryKeys.schoolOptions(debounced),
    queryFn: async () => unwrap(await api.schools.list({ search: debounced || undefined, sortBy: 'name', limit: 50 })),
    placeholderData: keepPreviousData,
  });

  const data = useMemo(() => {
    const found = (options.data?.rows ?? []).map((school) => ({ value: school.id, label: school.name }));
    const current = chosen && chosen.value === value ? chosen : null;
    return current && !found.some((option) => option.value === current.value) ? [current, ...found] : found;
  }, [options.data, chosen, value]);

  return (
    <Select<number>
      {...props}
      searchable
      data={data}
      value={value ?? null}
      onChange={(next, option) => {
        const picked = option ? { value: option.value, label: option.label } : null;
        setChosen(picked);
        onChange(next, picked);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={options.isFetching ? t('app.loading') : t('directory.noSchoolFound')}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
