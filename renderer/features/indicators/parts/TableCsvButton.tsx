import { Button } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorTable } from '../../../../shared/domain/indicators/indicators';
import type { IndicatorPeriod } from '../../../../shared/domain/indicators/period';
import { useTableCsv } from './use-table-csv';

/** "CSV" beside a table: the same table, current and previous period, as a file. */
export function TableCsvButton({ period, table }: { period: IndicatorPeriod; table: IndicatorTable }) {
  const { t } = useTranslation();
  const csv = useTableCsv();
  return (
    <Button
      size="compact-sm"
      variant="default"
      leftSection={<IconFileTypeCsv size={16} stroke={1.7} />}
      loading={csv.isPending}
      onClick={() => csv.mutate({ period, table })}
      aria-label={t('indicators:csvLabel', { table: t(`indicators:tables.${table}`) })}
      data-table-csv={table}
    >
      {t('indicators:csv')}
    </Button>
  );
}
