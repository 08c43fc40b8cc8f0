import type { ReactNode } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { directoryKeys } from '../directory-queries';

interface PartnerSelectProps {
  label: string;
  value?: number | null;
  onChange(value: number | null): void;
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  w?: SelectProps['w'];
}

/** Choose a partner by name (partners are few: all are loaded, searched here). */
export function PartnerSelect({ value, onChange, ...props }: PartnerSelectProps) {
  const { t } = useTranslation();
  const partners = useQuery({
    queryKey: directoryKeys.partnerOptions,
    queryFn: async () => unwrap(await api.partners.list({ sortBy: 'name', limit: 500 })),
  });
  const data = (partners.data?.rows ?? []).map((partner) => ({ value: partner.id, label: partner.name }));
  return (
    <Select<number>
      {...props}
      data={data}
      value={value ?? null}
      onChange={onChange}
      clearable
      searchable
      nothingFoundMessage={t('directory.noMatch')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
