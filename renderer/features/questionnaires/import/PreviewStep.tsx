// Step 3 of the answer import: the counts, then the rows as they would be saved with each problem named.
import { useState } from 'react';
import { Alert, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconUnlink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AnswerImportMapping, AnswerImportPreview } from '../../../../shared/domain/questionnaires/answer-import';
import { useFormatters } from '../../../i18n/format';
import type { GridColumn } from '../grid/grid-model';
import { AnswerRowsTable } from './AnswerRowsTable';
import { rowsToShow } from './import-model';
import csv from '../../../components/csv-import/CsvImport.module.css';

/** Rows drawn in the preview; the counts always cover the whole file. */
const PREVIEW_ROW_LIMIT = 300;

interface PreviewStepProps {
  columns: GridColumn[];
  preview: AnswerImportPreview;
  mapping: AnswerImportMapping;
}

export function PreviewStep({ columns, preview, mapping }: PreviewStepProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [onlyErrors, setOnlyErrors] = useState(preview.errorCount > 0);
  const showErrors = onlyErrors && preview.errorCount > 0;
  const shown = rowsToShow(preview.rows, showErrors, PREVIEW_ROW_LIMIT);
  const stats = [
    { key: 'total', value: preview.rows.length, color: undefined },
    { key: 'valid', value: preview.validCount, color: 'teal' },
    { key: 'errors', value: preview.errorCount, color: preview.errorCount > 0 ? 'red' : undefined },
  ] as const;

  // Without any question read, every row would look valid and import empty forms: the preview says so instead.
  if (mapping.columns.length === 0) {
    return (
      <Alert variant="light" color="red" icon={<IconUnlink size={18} />} title={t('questionnaireImport:preview.noColumnsTitle')} data-testid="preview-no-columns">
        {t('questionnaireImport:preview.noColumns')}
      </Alert>
    );
  }

  return (
    <Stack gap="sm">
      <SimpleGrid cols={3} spacing="sm" role="group" aria-label={t('csvImport.countsLabel')}>
        {stats.map((stat) => (
          <div key={stat.key} className={csv.stat} data-testid={`import-${stat.key}`}>
            <Text fz={26} fw={700} lh={1.1} c={stat.color}>
              {format.number(stat.value)}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`questionnaireImport:preview.counts.${stat.key}`)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {preview.errorCount > 0 && (
        <SegmentedControl
          size="xs"
          w="fit-content"
          value={showErrors ? 'errors' : 'all'}
          onChange={(value) => setOnlyErrors(value === 'errors')}
          data={[
            { value: 'errors', label: t('csvImport.showErrors') },
            { value: 'all', label: t('csvImport.showAll') },
          ]}
        />
      )}
      {preview.rows.length === 0 ? (
        <Text c="dimmed">{t('questionnaireImport:preview.noRows')}</Text>
      ) : (
        <AnswerRowsTable columns={columns} mapping={mapping} rows={shown.rows} hidden={shown.hidden} />
      )}
    </Stack>
  );
}
