// One row of the grid (one paper form) and its save-status icon.
import { memo } from 'react';
import { ActionIcon, Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { display } from './grid-cells';
import type { GridColumn, GridRow, Position } from './grid-model';
import type { CodeClash } from './grid-codes';
import classes from './EntryGrid.module.css';

interface GridRowViewProps {
  row: GridRow;
  index: number;
  columns: GridColumn[];
  /** The active column when the cursor is in this row, else -1 (other rows then skip re-rendering). */
  activeCol: number;
  /** Esc left the cells: the active one is out of the tab order too, so Tab leaves the grid. */
  exited: boolean;
  flashCol: number;
  blank: boolean;
  /** Another form of the class holds this code (shown once the code cell was left). */
  clash: CodeClash | null;
  onCode(position: Position, raw: string): void;
  onCodeLeft(position: Position): void;
  onTakeCode(position: Position, code: string): void;
  onText(position: Position, itemId: number, text: string): void;
  onDelete(row: GridRow): void;
}

/** One paper form. Memoised: a keystroke re-renders only the rows it touches. */
export const GridRowView = memo(function GridRowView({
  row,
  index,
  columns,
  activeCol,
  exited,
  flashCol,
  blank,
  clash,
  onCode,
  onCodeLeft,
  onTakeCode,
  onText,
  onDelete,
}: GridRowViewProps) {
  const { t } = useTranslation();
  const tabCol = exited ? -1 : activeCol;
  const rowLabel = blank ? t('questionnaires:grid.newRow') : t('questionnaires:grid.rowLabel', { number: index + 1 });
  return (
    <tr className={activeCol >= 0 ? classes.activeRow : undefined} data-row={index} data-status={row.status} aria-label={rowLabel}>
      <th scope="row" className={classes.rowHead}>
        {blank ? '+' : index + 1}
      </th>
      <td className={[flashCol === 0 ? classes.refused : '', clash ? classes.clashCell : ''].join(' ')}>
        <input
          className={classes.codeInput}
          data-cell={`${index}-0`}
          tabIndex={tabCol === 0 ? 0 : -1}
          value={row.code}
          onChange={(event) => onCode({ row: index, col: 0 }, event.currentTarget.value)}
          onBlur={() => onCodeLeft({ row: index, col: 0 })}
          aria-label={t('questionnaires:grid.codeOf', { row: rowLabel })}
          aria-invalid={row.status === 'error' || clash !== null || undefined}
          aria-describedby={clash ? `code-clash-${row.key}` : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        {clash && <CodeClashNote id={`code-clash-${row.key}`} clash={clash} onTake={(code) => onTakeCode({ row: index, col: 0 }, code)} />}
      </td>
      {columns.map((column, position) => {
        const col = position + 1;
        const cellClass = [classes.cell, activeCol === col ? classes.active : '', flashCol === col ? classes.refused : ''].join(' ');
        if (column.text) {
          return (
            <td key={column.itemId} className={cellClass}>
              <input
                className={classes.textInput}
                data-cell={`${index}-${col}`}
                tabIndex={tabCol === col ? 0 : -1}
                value={row.texts[column.itemId] ?? ''}
                onChange={(event) => onText({ row: index, col }, column.itemId, event.currentTarget.value)}
                aria-label={t('questionnaires:grid.cellLabel', { number: column.number, row: rowLabel })}
              />
            </td>
          );
        }
        const value = row.values[column.itemId];
        return (
          <td
            key={column.itemId}
            role="gridcell"
            className={cellClass}
            data-cell={`${index}-${col}`}
            data-value={value === undefined ? '' : value === null ? 'none' : value}
            tabIndex={tabCol === col ? 0 : -1}
            aria-label={`${t('questionnaires:grid.cellLabel', { number: column.number, row: rowLabel })}: ${value === null ? t('questionnaires:grid.noAnswer') : display(value) || t('questionnaires:grid.empty')}`}
          >
            {display(value)}
          </td>
        );
      })}
      <td className={classes.statusCell}>
        <Group gap={4} wrap="nowrap">
          <RowStatusIcon row={row} />
          {!blank && (
            <ActionIcon size="sm" variant="subtle" color="red" tabIndex={-1} aria-label={t('questionnaires:grid.deleteRow', { row: rowLabel })} onClick={() => onDelete(row)}>
              <IconTrash size={14} />
            </ActionIcon>
          )}
          {row.status === 'error' && row.error && (
            <Text size="xs" className={`${classes.errorText} ${classes.errorNote}`} title={row.error} data-testid="row-error">
              {row.error}
            </Text>
          )}
        </Group>
      </td>
    </tr>
  );
});

/** Under the code: which form holds it, and the twin variant to take with one click. */
function CodeClashNote({ id, clash, onTake }: { id: string; clash: CodeClash; onTake(code: string): void }) {
  const { t } = useTranslation();
  const { line, suggestion } = clash;
  return (
    <div className={classes.clashNote} role="alert" data-testid="code-clash">
      <Text id={id} size="xs" className={classes.errorNote}>
        {suggestion === null ? t('questionnaires:grid.codeClashFull', { line }) : t('questionnaires:grid.codeClash', { line, code: suggestion })}
      </Text>
      {suggestion !== null && (
        // Out of the keyboard flow (Tab and arrows belong to the grid): typing "-2" after the code does the same.
        <Button size="compact-xs" variant="light" mt={4} tabIndex={-1} onMouseDown={(event) => event.preventDefault()} onClick={() => onTake(suggestion)}>
          {t('questionnaires:grid.takeTwin', { code: suggestion })}
        </Button>
      )}
    </div>
  );
}

function RowStatusIcon({ row }: { row: GridRow }) {
  const { t } = useTranslation();
  switch (row.status) {
    case 'saving':
      return <Loader size={14} aria-label={t('questionnaires:grid.statuses.saving')} />;
    case 'saved':
      return <IconCheck size={16} color="var(--mantine-color-green-7)" aria-label={t('questionnaires:grid.statuses.saved')} role="img" />;
    case 'dirty':
      return <IconPencil size={16} color="var(--mantine-color-gray-6)" aria-label={t('questionnaires:grid.statuses.dirty')} role="img" />;
    case 'error':
      return <IconAlertCircle size={16} color="var(--mantine-color-red-7)" aria-label={t('questionnaires:grid.statuses.error')} role="img" />;
    case 'clean':
      return null;
  }
}
