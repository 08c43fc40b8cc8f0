// Cell addressing in the DOM and the text a cell or column shows.
import { choiceKeys, typedByRank } from '../../../../shared/domain/questionnaires/entry-keys';
import type { CellValue, GridColumn, Position } from './grid-model';

export function cellId(position: Position): string {
  return `${position.row}-${position.col}`;
}

export function parseCell(target: EventTarget | null): Position | null {
  const element = (target as HTMLElement | null)?.closest?.('[data-cell]');
  const value = element?.getAttribute('data-cell');
  if (!value) return null;
  const [row, col] = value.split('-').map(Number);
  return { row: row!, col: col! };
}

export function display(value: CellValue): string {
  if (value === undefined) return '';
  return value === null ? '—' : String(value);
}

/**
 * The keys a column takes, in words. A single-choice item names each option with its key: its value as
 * printed ("1 = Vélo"), or, when some value has two digits, its rank and the value it records ("2 → 20 (Bus)").
 */
export function keysFor(column: GridColumn, t: (key: string, options?: Record<string, unknown>) => string, language: 'fr' | 'en' = 'fr'): string {
  const { item } = column;
  if (item.answerType === 'scale_0_10') return t('questionnaires:grid.keys.scale10');
  if (item.answerType === 'yes_no') return t('questionnaires:grid.keys.yesNo');
  if (item.answerType === 'single_choice') {
    const byRank = typedByRank(item);
    const entries = choiceKeys(item).map(({ key, value, index }) => {
      const choice = item.choices[index]!;
      const label = language === 'en' && choice.labelEn.trim() !== '' ? choice.labelEn : choice.labelFr;
      return t(byRank ? 'questionnaires:grid.keys.rankEntry' : 'questionnaires:grid.keys.choiceEntry', { key, value, label });
    });
    return t(byRank ? 'questionnaires:grid.keys.rank' : 'questionnaires:grid.keys.choice', { values: entries.join(', ') });
  }
  return t('questionnaires:grid.keys.range', { max: item.answerType === 'likert4' ? 4 : 5 });
}
