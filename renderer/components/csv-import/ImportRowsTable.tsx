import type { ReactNode } from 'react';
import { Group, List, ScrollArea, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../shared/api/csv-files';
import type { FieldIssue } from '../../../shared/api/result';
import { fieldLabel, translateFieldIssue } from '../../i18n/translate-error';
import { displayValue, fieldsWithIssues, issueField } from './import-rows';
import classes from './CsvImport.module.css';

export interface ImportColumn<Draft> {
  /** The draft's field: its cell turns red when that field has an issue. */
  key: Extract<keyof Draft, string>;
  label: string;
  /** How to show the value (a code as its label); plain text by default. */
  render?(draft: Draft): ReactNode;
}

interface ImportRowsTableProps<Draft> {
  columns: readonly ImportColumn<Draft>[];
  rows: readonly ImportRow<Draft>[];
  hidden: number;
}

/** The rows of the file as understood: line number, values, and each problem in words. */
export function ImportRowsTable<Draft>({ columns, rows, hidden }: ImportRowsTableProps<Draft>) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={340} type="auto" offsetScrollbars>
      <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" withTableBorder withColumnBorders miw={720} styles={{ td: { verticalAlign: 'top' } }}>
        <Table.Thead className={classes.head}>
          <Table.Tr>
            <Table.Th w={64}>{t('csvImport.line')}</Table.Th>
            <Table.Th miw={240}>{t('csvImport.problems')}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.key} style={{ whiteSpace: 'nowrap' }}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const bad = fieldsWithIssues(row);
            return (
              <Table.Tr key={row.line} className={row.errors.length > 0 ? classes.errorRow : undefined}>
                <Table.Td ff="monospace">{row.line}</Table.Td>
                <Table.Td>
                  {row.errors.length === 0 ? (
                    <Group gap={4} wrap="nowrap" c="teal">
                      <IconCircleCheck size={16} stroke={1.7} aria-hidden="true" />
                      <Text size="sm">{t('csvImport.rowOk')}</Text>
                    </Group>
                  ) : (
                    <List size="sm" spacing={2} icon={<IconAlertCircle size={14} stroke={1.8} color="var(--mantine-color-red-6)" />} center>
                      {row.errors.map((issue, index) => (
                        <List.Item key={`${issue.path}-${index}`}>
                          {t('errors.fieldSentence', {
                            field: fieldLabel(t, issueField(issue)),
                            message: translateFieldIssue(t, { ...issue, issue: issue.issue as FieldIssue }),
                          })}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                {columns.map((column) => (
                  <Table.Td key={column.key} className={bad.has(column.key) ? classes.errorCell : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {column.render ? column.render(row.values) : displayValue(row.values[column.key])}
                  </Table.Td>
                ))}
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
