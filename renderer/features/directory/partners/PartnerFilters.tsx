import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, type PartnerKind } from '../../../../shared/domain/directory';
import { enumOptions } from '../common/enum-options';

export interface PartnerFilterValues {
  kinds: PartnerKind[];
}

/** Type of partner. */
export function PartnerFilters({ value, onChange }: { value: PartnerFilterValues; onChange(filters: Partial<PartnerFilterValues>): void }) {
  const { t } = useTranslation();
  return (
    <MultiSelect<PartnerKind>
      label={t('directory.filters.kind')}
      placeholder={value.kinds.length === 0 ? t('directory.all') : undefined}
      data={enumOptions(t, 'partnerKinds', PARTNER_KINDS)}
      value={value.kinds}
      onChange={(kinds) => onChange({ kinds })}
      clearable
      w={{ base: '100%', xs: 280 }}
      comboboxProps={{ withinPortal: true, width: 300, position: 'bottom-start' }}
    />
  );
}
