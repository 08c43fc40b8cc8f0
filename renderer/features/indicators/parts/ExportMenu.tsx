import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_TABLES } from '../../../../shared/domain/indicators/indicators';
import type { IndicatorPeriod } from '../../../../shared/domain/indicators/period';
import { useTableCsv } from './use-table-csv';

/**
 * "Exporter" in the dashboard's header: every table as CSV. The annual report (PDF) and the year's workbook
 * belong here too, as items above the tables, when they exist.
 */
export function ExportMenu({ period }: { period: IndicatorPeriod | null }) {
  const { t } = useTranslation();
  const csv = useTableCsv();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={18} stroke={1.7} />} rightSection={<IconChevronDown size={16} />} loading={csv.isPending} disabled={period === null}>
          {t('indicators:export.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('indicators:export.tables')}</Menu.Label>
        {INDICATOR_TABLES.map((table) => (
          <Menu.Item key={table} leftSection={<IconFileTypeCsv size={16} stroke={1.7} />} onClick={() => period && csv.mutate({ period, table })}>
            {t(`indicators:tables.${table}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
