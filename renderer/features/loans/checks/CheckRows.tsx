import { SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ITEM_CONDITIONS, type ItemCondition } from '../../../../shared/domain/loans/exhibitions';
import type { CheckPhase } from '../../../../shared/domain/loans/loans';
import type { CheckRow } from '../model/condition-check';

/** Good stays quiet (the control's neutral indicator); what needs attention stands out. */
const CONDITION_COLOURS: Record<ItemCondition, string | undefined> = { good: undefined, damaged: 'orange', missing: 'red' };

interface CheckRowsProps {
  phase: CheckPhase;
  rows: readonly CheckRow[];
  /** Messages under the notes, by row index. */
  errors: Record<number, string>;
  onChange(index: number, changes: Partial<CheckRow>): void;
}

/**
 * One line per item: its number and label, its condition (a radio group: Tab reaches it, the arrow keys
 * change it) and a note, asked for as soon as the item is not in good condition.
 */
export function CheckRows({ phase, rows, errors, onChange }: CheckRowsProps) {
  const { t } = useTranslation();
  const options = ITEM_CONDITIONS.map((condition) => ({ value: condition, label: t(`exhibitions:conditions.${condition}`) }));
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table verticalSpacing="xs" horizontalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>{t('exhibitions:check.columns.number')}</Table.Th>
            <Table.Th>{t('exhibitions:check.columns.item')}</Table.Th>
            <Table.Th w={290}>{t('exhibitions:check.columns.condition')}</Table.Th>
            <Table.Th w={240}>{t('exhibitions:check.columns.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => {
            const name = t('exhibitions:items.numbered', { number: row.number, label: row.label });
            const notGood = row.condition !== 'good';
            const changed = phase === 'return' && row.atDelivery !== null && row.atDelivery !== row.condition;
            return (
              <Table.Tr key={row.itemId} bg={notGood ? 'var(--mantine-color-orange-light)' : undefined}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {row.number}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row.label}</Text>
                  {phase === 'return' && row.atDelivery && (
                    <Text size="xs" c={changed ? 'orange.8' : 'dimmed'} fw={changed ? 600 : undefined}>
                      {t('exhibitions:check.atDelivery', { condition: t(`exhibitions:conditions.${row.atDelivery}`) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <SegmentedControl<ItemCondition>
                    aria-label={t('exhibitions:check.conditionOf', { item: name })}
                    size="xs"
                    fullWidth
                    data={options}
                    value={row.condition}
                    color={CONDITION_COLOURS[row.condition]}
                    onChange={(condition) => onChange(index, { condition })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={t('exhibitions:check.noteOf', { item: name })}
                    placeholder={notGood ? t(`exhibitions:check.notePlaceholder.${row.condition}`) : t('exhibitions:check.noteOptional')}
                    required={notGood}
                    styles={notGood && row.note.trim() === '' ? { input: { borderColor: 'var(--mantine-color-orange-6)', borderWidth: 2 } } : undefined}
                    maxLength={1000}
                    value={row.note}
                    error={errors[index]}
                    onChange={(event) => onChange(index, { note: event.currentTarget.value })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
