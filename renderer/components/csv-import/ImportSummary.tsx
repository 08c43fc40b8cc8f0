import { Alert, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/api/csv-files';
import { useFormatters } from '../../i18n/format';
import classes from './CsvImport.module.css';

/** What was detected in the file, and how many rows can be imported. */
export function ImportSummary({ preview }: { preview: ImportPreview<unknown> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const stats = [
    { key: 'total', value: preview.rows.length, color: undefined },
    { key: 'valid', value: preview.validCount, color: 'teal' },
    { key: 'errors', value: preview.errorCount, color: preview.errorCount > 0 ? 'red' : undefined },
  ] as const;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge variant="light" color="gray" size="lg">
          {t('csvImport.encoding', { encoding: t(`csvImport.encodings.${preview.encoding}`) })}
        </Badge>
        <Badge variant="light" color="gray" size="lg">
          {t('csvImport.separator', { separator: t(preview.separator === ';' ? 'csvImport.semicolon' : 'csvImport.comma') })}
        </Badge>
      </Group>
      <SimpleGrid cols={3} spacing="sm" role="group" aria-label={t('csvImport.countsLabel')}>
        {stats.map((stat) => (
          <div key={stat.key} className={classes.stat} data-testid={`import-${stat.key}`}>
            <Text fz={26} fw={700} lh={1.1} c={stat.color}>
              {format.number(stat.value)}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`csvImport.counts.${stat.key}`)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {preview.ignoredColumns.length > 0 && (
        <Alert variant="light" color="yellow" icon={<IconInfoCircle size={18} />} title={t('csvImport.ignoredTitle')}>
          {t('csvImport.ignoredBody', { columns: preview.ignoredColumns.join(', ') })}
        </Alert>
      )}
      {preview.errorCount > 0 && (
        <Alert variant="light" color="red" icon={<IconAlertTriangle size={18} />} title={t('csvImport.errorsTitle')} role="alert">
          {t('csvImport.errorsBody')}
        </Alert>
      )}
    </Stack>
  );
}
