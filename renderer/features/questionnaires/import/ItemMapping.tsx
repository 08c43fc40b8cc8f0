// One question of the mapping step: the file's column it is read from, and what each answer label found means.
import { Badge, Group, Paper, Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerImportMapping } from '../../../../shared/domain/questionnaires/answer-import';
import { useFormatters } from '../../../i18n/format';
import type { GridColumn } from '../grid/grid-model';
import { columnOf, type LabelChoice } from './import-model';
import { chosenValue, selectValue, valueOptions } from './value-options';
import classes from './AnswerImport.module.css';

interface ItemMappingProps {
  column: GridColumn;
  mapping: AnswerImportMapping;
  headers: string[];
  labels: LabelChoice[];
  language: 'fr' | 'en';
  disabled: boolean;
  onColumn(itemId: number, column: string | null): void;
  onLabel(itemId: number, label: string, value: number | null | undefined): void;
}

export function ItemMapping({ column, mapping, headers, labels, language, disabled, onColumn, onLabel }: ItemMappingProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { item, number } = column;
  const source = columnOf(mapping, item.id);
  const wording = language === 'en' && item.wordingEn.trim() ? item.wordingEn : item.wordingFr;
  const unknown = labels.filter((label) => label.value === undefined).length;
  const options = valueOptions(t, item, language);

  return (
    <Paper withBorder radius="md" p="sm" className={unknown > 0 ? classes.unknownItem : undefined} role="group" aria-label={t('questionnaireImport:mapping.itemLabel', { number })} data-item={number}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Text size="sm" className={classes.wording}>
          <Text span fw={700}>
            {number}.
          </Text>{' '}
          {wording}
        </Text>
        <Select
          aria-label={t('questionnaireImport:mapping.columnOf', { number })}
          data={headers}
          value={source}
          onChange={(value) => onColumn(item.id, value)}
          placeholder={t('questionnaireImport:mapping.notImported')}
          clearable
          searchable
          disabled={disabled}
          w={300}
          size="xs"
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      {source !== null && column.text && (
        <Text size="xs" c="dimmed" mt={6}>
          {t('questionnaireImport:mapping.freeText')}
        </Text>
      )}
      {source !== null && !column.text && labels.length === 0 && (
        <Text size="xs" c="dimmed" mt={6}>
          {t('questionnaireImport:mapping.numbersOnly')}
        </Text>
      )}
      {source !== null && !column.text && labels.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing={8} verticalSpacing={6} mt="xs">
          {labels.map((choice) => {
            const isUnknown = choice.value === undefined;
            return (
              <Group key={choice.label} gap="xs" wrap="nowrap" className={classes.labelRow} data-unknown={isUnknown || undefined}>
                <Text size="sm" className={classes.label} c={isUnknown ? 'orange.8' : undefined} fw={isUnknown ? 600 : undefined} title={choice.label}>
                  « {choice.label} »
                  {choice.count !== null && (
                    <Text span size="xs" c="dimmed" fw={400}>
                      {' '}
                      ({t('questionnaireImport:mapping.rows', { count: choice.count, formatted: format.number(choice.count) })})
                    </Text>
                  )}
                </Text>
                {isUnknown && (
                  <Badge size="xs" color="orange" variant="light">
                    {t('questionnaireImport:mapping.unknown')}
                  </Badge>
                )}
                <Select
                  aria-label={t('questionnaireImport:mapping.valueOf', { label: choice.label, number })}
                  data={options}
                  value={selectValue(choice.value)}
                  onChange={(value) => onLabel(item.id, choice.label, chosenValue(value))}
                  placeholder={t('questionnaireImport:mapping.choose')}
                  aria-invalid={isUnknown || undefined}
                  classNames={{ input: isUnknown ? classes.unknownInput : undefined }}
                  disabled={disabled}
                  allowDeselect={false}
                  w={230}
                  size="xs"
                />
              </Group>
            );
          })}
        </SimpleGrid>
      )}
    </Paper>
  );
}
