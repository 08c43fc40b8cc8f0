// The answer labels shared by the questions of one scale: one value per label, given to all of them at once.
import { Badge, Group, Paper, Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerImportMapping, AnswerImportPreview } from '../../../../shared/domain/questionnaires/answer-import';
import { useFormatters } from '../../../i18n/format';
import type { GridColumn } from '../grid/grid-model';
import { numberList, sharedLabels } from './import-model';
import { chosenValue, selectValue, valueOptions } from './value-options';
import classes from './AnswerImport.module.css';

interface SharedLabelsProps {
  /** Two or more questions read from a column, with the same scale. */
  group: GridColumn[];
  mapping: AnswerImportMapping;
  preview: AnswerImportPreview;
  language: 'fr' | 'en';
  disabled: boolean;
  onLabel(itemIds: number[], label: string, value: number | null | undefined): void;
}

export function SharedLabels({ group, mapping, preview, language, disabled, onLabel }: SharedLabelsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = sharedLabels(mapping, preview, group.map((column) => column.itemId));
  if (labels.length === 0) return null;
  const numbers = numberList(group.map((column) => column.number));
  const questions = 'from' in numbers ? t('questionnaireImport:shared.range', numbers) : numbers.list;
  const options = valueOptions(t, group[0]!.item, language);
  const unknown = labels.some((label) => label.value === undefined);

  return (
    <Paper withBorder radius="md" p="sm" className={unknown ? classes.unknownItem : undefined} role="group" aria-label={t('questionnaireImport:shared.title', { questions })} data-testid="shared-labels">
      <Text fw={600} size="sm">
        {t('questionnaireImport:shared.title', { questions })}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('questionnaireImport:shared.body')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing={8} verticalSpacing={6}>
        {labels.map((shared) => {
          const isUnknown = shared.value === undefined;
          return (
            <Group key={shared.label} gap="xs" wrap="nowrap" className={classes.labelRow} data-unknown={isUnknown || undefined}>
              <Text size="sm" className={classes.label} c={isUnknown ? 'orange.8' : undefined} fw={isUnknown ? 600 : undefined} title={shared.label}>
                « {shared.label} »
                <Text span size="xs" c="dimmed" fw={400}>
                  {' '}
                  ({t('questionnaireImport:shared.inQuestions', { count: shared.itemIds.length })}
                  {shared.count !== null && ` · ${t('questionnaireImport:mapping.rows', { count: shared.count, formatted: format.number(shared.count) })}`})
                </Text>
              </Text>
              {isUnknown && (
                <Badge size="xs" color="orange" variant="light">
                  {t('questionnaireImport:mapping.unknown')}
                </Badge>
              )}
              <Select
                aria-label={t('questionnaireImport:shared.valueOf', { label: shared.label, questions })}
                data={options}
                value={shared.value === 'mixed' ? null : selectValue(shared.value)}
                onChange={(value) => onLabel(shared.itemIds, shared.label, chosenValue(value))}
                placeholder={shared.value === 'mixed' ? t('questionnaireImport:shared.mixed') : t('questionnaireImport:mapping.choose')}
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
    </Paper>
  );
}
