import { useMemo } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Facilitator } from '../../../../shared/domain/directory';
import type { DataColumn } from '../../../components/data-table/DataTable';
import type { FacilitatorSortColumn } from './facilitator-list';
import { ReachCell } from './partner-columns';

export function useFacilitatorColumns(): DataColumn<Facilitator, FacilitatorSortColumn>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const columns: DataColumn<Facilitator, FacilitatorSortColumn>[] = [
      {
        key: 'name',
        header: t('directory.facilitators.columns.name'),
        sortColumn: 'name',
        render: (facilitator) => (
          <Text size="sm" fw={600}>
            {facilitator.name}
          </Text>
        ),
      },
      {
        key: 'partnerName',
        header: t('directory.facilitators.columns.partner'),
        sortColumn: 'partnerName',
        render: (facilitator) =>
          facilitator.partnerName ? (
            <Text size="sm">{facilitator.partnerName}</Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('directory.facilitators.independent')}
            </Text>
          ),
      },
      {
        key: 'reach',
        header: t('directory.facilitators.columns.reach'),
        render: (facilitator) => <ReachCell email={facilitator.email} phone={facilitator.phone} />,
      },
    ];
    return columns;
  }, [t]);
}
