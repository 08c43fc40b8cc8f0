// Cell addressing in the DOM and the text a cell or column shows.
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

export function keysFor(column: GridColumn, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (column.item.answerType === 'scale_0_10') return t('questionnaires:grid.keys.scale10');
  if (column.item.answerType === 'yes_no') return t('questionnaires:grid.keys.yesNo');
  if (column.item.answerType === 'single_choice') {
    return t('questionnaires:grid.keys.choice', { values: column.item.choices.map((choice) => choice.value).join(', ') });
  }
  return t('questionnaires:grid.keys.range', { max: column.item.answerType === 'likert4' ? 4 : 5 });
}
