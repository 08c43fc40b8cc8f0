// The line above the grid naming the cell the cursor is in: the code's recipe, or the question and its keys.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { keysFor } from './grid-cells';
import type { GridColumn } from './grid-model';

interface GridColumnHintProps {
  /** The active column: 0 is the code, 1..n the items. */
  col: number;
  columns: readonly GridColumn[];
  codeKinds: readonly ('L' | 'D')[];
}

/**
 * Says what the active cell takes, so whoever types never needs the mouse to read a header's tooltip: the
 * keys of a single choice typed by rank (1 → 10, 2 → 20…) are read here while typing.
 */
export function GridColumnHint({ col, columns, codeKinds }: GridColumnHintProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  let text: string;
  if (col === 0) {
    text =
      codeKinds.length === 0
        ? t('questionnaires:grid.hint.freeCode')
        : t('questionnaires:grid.hint.code', {
            pattern: codeKinds.map((kind) => (kind === 'L' ? t('questionnaires:grid.hint.letter') : t('questionnaires:grid.hint.digit'))).join(' · '),
          });
  } else {
    const column = columns[col - 1];
    if (!column) return null;
    const wording = language === 'en' && column.item.wordingEn ? column.item.wordingEn : column.item.wordingFr;
    text = column.text
      ? t('questionnaires:grid.hint.freeText', { number: column.number, wording })
      : t('questionnaires:grid.hint.item', { number: column.number, wording, keys: keysFor(column, t, language) });
  }
  return (
    <Text size="sm" fw={500} mb={6} mih={22} lineClamp={2} data-testid="grid-hint">
      {text}
    </Text>
  );
}
