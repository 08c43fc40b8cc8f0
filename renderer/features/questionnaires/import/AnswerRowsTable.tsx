// The rows of the file as they would be saved: line, problems in words, code, one column per question imported.
import { Group, List, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AnswerImportMapping, AnswerImportRow } from '../../../../shared/domain/questionnaires/answer-import';
import type { FieldIssue } from '../../../../shared/api/result';
import { currentLanguage } from '../../../i18n';
import { translateFieldIssue } from '../../../i18n/translate-error';
import type { GridColumn } from '../grid/grid-model';
import { answerText, columnOf, columnsWithErrors } from './import-model';
import csv from '../../../components/csv-import/CsvImport.module.css';
import classes from './AnswerImport.module.css';

/** What an error's path names: the code, or a column of the file by its header. */
const CODE_PATH = 'code';

interface AnswerRowsTableProps {
  columns: GridColumn[];
  mapping: AnswerImportMapping;
  rows: AnswerImportRow[];
  hidden: number;
}

export function AnswerRowsTable({ columns, mapping, rows, hidden }: AnswerRowsTableProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const imported = columns.filter((column) => columnOf(mapping, column.itemId) !== null);
  const problem = (error: AnswerImportRow['errors'][number]) =>
    t('questionnaireImport:preview.problem', {
      column: error.path === CODE_PATH ? t('questionnaireImport:preview.code') : `« ${error.path} »`,
      message: translateFieldIssue(t, { path: error.path, issue: error.issue as FieldIssue, params: error.params }),
    });

  return (
    <ScrollArea.Autosize mah={380} type="auto" offsetScrollbars>
      <Table verticalSpacing={5} horizontalSpacing="xs" fz="sm" withTableBorder withColumnBorders styles={{ td: { verticalAlign: 'top' } }} aria-label={t('questionnaireImport:preview.tableLabel')}>
        <Table.Thead className={csv.head}>
          <Table.Tr>
            <Table.Th w={56}>{t('csvImport.line')}</Table.Th>
            <Table.Th miw={260}>{t('csvImport.problems')}</Table.Th>
            <Table.Th>{t('questionnaireImport:preview.code')}</Table.Th>
            {imported.map((column) => (
              <Table.Th key={column.itemId} className={classes.itemHead}>
                <Tooltip label={`${columnOf(mapping, column.itemId)} → ${column.number}. ${(language === 'en' && column.item.wordingEn) || column.item.wordingFr}`} multiline w={300} withinPortal>
                  <span>{t('questionnaireImport:preview.item', { number: column.number })}</span>
                </Tooltip>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const bad = columnsWithErrors(row);
            return (
              <Table.Tr key={row.line} className={row.errors.length > 0 ? csv.errorRow : undefined} data-line={row.line}>
                <Table.Td ff="monospace">{row.line}</Table.Td>
                <Table.Td>
                  {row.errors.length === 0 ? (
                    <Group gap={4} wrap="nowrap" c="teal">
                      <IconCircleCheck size={16} stroke={1.7} aria-hidden="true" />
                      <Text size="sm">{t('csvImport.rowOk')}</Text>
                    </Group>
                  ) : (
                    <List size="sm" spacing={2} icon={<IconAlertCircle size={14} stroke={1.8} color="var(--mantine-color-red-6)" />} center>
                      {row.errors.map((error, index) => (
                        <List.Item key={`${error.path}-${index}`}>{problem(error)}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                <Table.Td ff="monospace" className={bad.has(CODE_PATH) ? csv.errorCell : undefined}>
                  {row.code || '—'}
                </Table.Td>
                {imported.map((column) => {
                  const text = answerText(row, column.itemId);
                  return (
                    <Table.Td key={column.itemId} className={[classes.answerCell, bad.has(columnOf(mapping, column.itemId)!) ? csv.errorCell : ''].join(' ')} ta={column.text ? undefined : 'center'} title={column.text ? text : undefined}>
                      {text}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {hidden > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('csvImport.moreRows', { hidden })}
        </Text>
      )}
    </ScrollArea.Autosize>
  );
}
