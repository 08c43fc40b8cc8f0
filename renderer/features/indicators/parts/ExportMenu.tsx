import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileTypeCsv, IconFileTypePdf, IconFileTypeXls } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_TABLES } from '../../../../shared/domain/indicators/indicators';
import type { IndicatorPeriod } from '../../../../shared/domain/indicators/period';
import { useDocumentExport } from './use-document-export';
import { useTableCsv } from './use-table-csv';

/**
 * "Exporter" in the dashboard's header: the council's annual report (PDF), the period's workbook (.xlsx),
 * then every table as CSV. The button spins while a file is being made.
 */
export function ExportMenu({ period }: { period: IndicatorPeriod | null }) {
  const { t } = useTranslation();
  const csv = useTableCsv();
  const documents = useDocumentExport();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={18} stroke={1.7} />} rightSection={<IconChevronDown size={16} />} loading={csv.isPending || documents.isPending} disabled={period === null}>
          {t('indicators:export.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('indicators:export.documents')}</Menu.Label>
        <Menu.Item leftSection={<IconFileTypePdf size={16} stroke={1.7} />} onClick={() => period && documents.mutate({ period, document: 'annualReport' })}>
          {t('indicators:export.annualReport')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypeXls size={16} stroke={1.7} />} onClick={() => period && documents.mutate({ period, document: 'workbook' })}>
          {t('indicators:export.workbook')}
        </Menu.Item>
        <Menu.Divider />
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
