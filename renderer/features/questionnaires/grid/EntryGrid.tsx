import { memo, useCallback, useEffect, useReducer, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { ActionIcon, Box, Group, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { currentLanguage } from '../../../i18n';
import { questionnaireKeys } from '../queries';
import { rowSaveError } from './save-error';
import {
  answerKeyAction,
  answersOf,
  codeKeyAction,
  cleanCode,
  gridReducer,
  initialState,
  isBlank,
  moveFrom,
  needsSave,
  rowIndex,
  type CellValue,
  type Field,
  type GridColumn,
  type GridRow,
  type GridState,
  type KeyAction,
  type Position,
} from './grid-model';
import type { QuestionnaireResponse } from '../../../../shared/domain/questionnaires/responses';
import classes from './EntryGrid.module.css';

/** A row is saved this long after its last edit, and soon after the cursor leaves it. */
const IDLE_SAVE_MS = 1500;
const LEAVE_SAVE_MS = 150;
const FLASH_MS = 700;

interface EntryGridProps {
  administrationId: number;
  columns: GridColumn[];
  codeKinds: ('L' | 'D')[];
  responses: QuestionnaireResponse[];
}

function cellId(position: Position): string {
  return `${position.row}-${position.col}`;
}

function parseCell(target: EventTarget | null): Position | null {
  const element = (target as HTMLElement | null)?.closest?.('[data-cell]');
  const value = element?.getAttribute('data-cell');
  if (!value) return null;
  const [row, col] = value.split('-').map(Number);
  return { row: row!, col: col! };
}

function display(value: CellValue): string {
  if (value === undefined) return '';
  return value === null ? '—' : String(value);
}

/**
 * The keyboard entry grid: one row per paper form, one column per item, each row saved as the user goes.
 * Keys are interpreted by grid-model.ts; this component moves the focus, calls the API and shows statuses.
 */
export function EntryGrid({ administrationId, columns, codeKinds, responses }: EntryGridProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(gridReducer, responses, initialState);
  const [active, setActive] = useState<Position>(() => ({ row: Math.max(0, state.rows.length - 1), col: 0 }));
  const [flash, setFlash] = useState<Position | null>(null);
  const [message, setMessage] = useState('');
  const [deleting, setDeleting] = useState<GridRow | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);

  const stateRef = useRef<GridState>(state);
  stateRef.current = state;
  const activeRef = useRef(active);
  activeRef.current = active;
  const tableRef = useRef<HTMLTableElement>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<string>());
  const again = useRef(new Set<string>());
  const flashTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback(
    async (rowKey: string): Promise<void> => {
      timers.current.delete(rowKey);
      if (inFlight.current.has(rowKey)) {
        again.current.add(rowKey);
        return;
      }
      const row = stateRef.current.rows.find((candidate) => candidate.key === rowKey);
      if (!row || !needsSave(row)) return;
      inFlight.current.add(rowKey);
      dispatch({ type: 'saving', rowKey });
      const result = await api.questionnaires.saveResponse({
        administrationId,
        id: row.id,
        code: row.code,
        answers: answersOf(row, columns),
      });
      inFlight.current.delete(rowKey);
      if (result.ok) {
        // Keep the id in the ref at once: a save queued meanwhile must update, not create a second form.
        stateRef.current = gridReducer(stateRef.current, { type: 'saved', rowKey, revision: row.revision, response: result.data });
        dispatch({ type: 'saved', rowKey, revision: row.revision, response: result.data });
        void queryClient.invalidateQueries({ queryKey: questionnaireKeys.administrations(0).slice(0, 2) });
      } else {
        const text = rowSaveError(t, result.error, columns);
        dispatch({ type: 'failed', rowKey, error: text });
        setMessage(t('questionnaires:grid.rowError', { message: text }));
      }
      if (again.current.delete(rowKey)) void save(rowKey);
    },
    [administrationId, columns, queryClient, t],
  );

  const schedule = useCallback(
    (rowKey: string, delay: number) => {
      const pending = timers.current.get(rowKey);
      if (pending) clearTimeout(pending);
      timers.current.set(rowKey, setTimeout(() => void save(rowKey), delay));
    },
    [save],
  );

  // Leaving a row saves it.
  const previousRow = useRef<string | null>(null);
  const activeKey = state.rows[active.row]?.key ?? null;
  useEffect(() => {
    const left = previousRow.current;
    previousRow.current = activeKey;
    if (left !== null && left !== activeKey) schedule(left, LEAVE_SAVE_MS);
  }, [activeKey, schedule]);

  // Closing the grid sends what is left.
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const [rowKey, timer] of pending) {
        clearTimeout(timer);
        void save(rowKey);
      }
    };
  }, [save]);

  // The focus follows the active cell.
  useEffect(() => {
    const element = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${cellId(active)}"]`);
    if (element && document.activeElement !== element) element.focus();
  }, [active, state.rows.length]);

  const refuse = useCallback(
    (position: Position, text: string) => {
      setFlash(position);
      setMessage(text);
      clearTimeout(flashTimer.current);
      flashTimer.current = setTimeout(() => setFlash(null), FLASH_MS);
    },
    [],
  );

  const edit = useCallback(
    (position: Position, field: Field, value: string | CellValue) => {
      const row = stateRef.current.rows[position.row];
      if (!row) return;
      const event = { type: 'edit' as const, rowKey: row.key, field, value, position };
      // The ref follows at once: a move in the same keystroke must see the new blank row.
      stateRef.current = gridReducer(stateRef.current, event);
      dispatch(event);
      schedule(row.key, IDLE_SAVE_MS);
    },
    [schedule],
  );

  const move = useCallback(
    (action: Extract<KeyAction, { kind: 'move' }>, from: Position) => {
      setActive(moveFrom(from, action.direction, columns, stateRef.current.rows.length));
    },
    [columns],
  );

  const undo = useCallback(() => {
    const top = stateRef.current.undo[stateRef.current.undo.length - 1];
    if (!top) {
      setMessage(t('questionnaires:grid.nothingToUndo'));
      return;
    }
    dispatch({ type: 'undo' });
    schedule(top.rowKey, IDLE_SAVE_MS);
    const index = rowIndex(stateRef.current.rows, top.rowKey);
    if (index >= 0) setActive({ row: index, col: top.position.col });
    setMessage(t('questionnaires:grid.undone'));
  }, [schedule, t]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableElement>) => {
      const position = parseCell(event.target);
      if (!position) return;
      const press = { key: event.key, shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey };
      const row = stateRef.current.rows[position.row];
      if (!row) return;
      if (press.ctrl && event.key === 'Delete') {
        event.preventDefault();
        if (!isBlank(row)) setDeleting(row);
        return;
      }
      if (position.col === 0) {
        const action = codeKeyAction(press);
        const input = event.target as HTMLInputElement;
        if (action.kind === 'none' && [...event.key].length === 1 && !press.ctrl) {
          // A letter where the recipe wants a digit (or the reverse), or one character too many.
          const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
          if (atEnd && codeKinds.length > 0) {
            const kind = codeKinds[input.value.length];
            const isDigit = /^[0-9]$/.test(event.key);
            if (kind === undefined || (kind === 'D') !== isDigit) {
              event.preventDefault();
              refuse(position, kind === undefined ? t('questionnaires:grid.codeComplete') : t(`questionnaires:grid.codeWants.${kind}`, { key: event.key }));
            }
          }
          return;
        }
        if (action.kind === 'none') return;
        event.preventDefault();
        if (action.kind === 'move') move(action, position);
        else if (action.kind === 'undo') undo();
        else if (action.kind === 'refuse') refuse(position, t('questionnaires:grid.codeRefused', { key: action.key }));
        return;
      }
      const column = columns[position.col - 1];
      if (!column) return;
      if (column.text) {
        // A text input: typing and the caret stay native; leaving and undo are the grid's.
        if (event.key === 'Enter' || event.key === 'Tab' || event.key === 'ArrowUp' || event.key === 'ArrowDown' || event.key === 'Escape') {
          event.preventDefault();
          const direction = event.key === 'ArrowUp' ? 'up' : event.key === 'ArrowDown' ? 'down' : event.key === 'Tab' && press.shift ? 'previous' : 'next';
          move({ kind: 'move', direction }, position);
        } else if (press.ctrl && (event.key === 'z' || event.key === 'Z')) {
          event.preventDefault();
          undo();
        }
        return;
      }
      const action = answerKeyAction(press, column.item);
      if (action.kind === 'none') return;
      event.preventDefault();
      const field = { kind: 'value' as const, itemId: column.itemId };
      switch (action.kind) {
        case 'move':
          return move(action, position);
        case 'undo':
          return undo();
        case 'clear':
          edit(position, field, undefined);
          return;
        case 'noAnswer':
          edit(position, field, null);
          setMessage(t('questionnaires:grid.markedNoAnswer', { number: column.number }));
          return move({ kind: 'move', direction: 'next' }, position);
        case 'set':
          edit(position, field, action.value);
          setMessage('');
          return move({ kind: 'move', direction: 'next' }, position);
        case 'refuse':
          return refuse(position, t('questionnaires:grid.refused', { key: action.key, number: column.number, keys: keysFor(column, t) }));
        case 'edit':
          return;
      }
    },
    [codeKinds, columns, edit, move, refuse, t, undo],
  );

  const onFocus = useCallback((event: FocusEvent<HTMLTableElement>) => {
    const position = parseCell(event.target);
    if (position && (position.row !== activeRef.current.row || position.col !== activeRef.current.col)) setActive(position);
  }, []);

  const onCode = useCallback((position: Position, raw: string) => edit(position, { kind: 'code' }, cleanCode(raw)), [edit]);
  const onText = useCallback(
    (position: Position, itemId: number, text: string) => edit(position, { kind: 'text', itemId }, text),
    [edit],
  );

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteBusy(true);
    const timer = timers.current.get(deleting.key);
    if (timer) clearTimeout(timer);
    try {
      if (deleting.id !== null) unwrap(await api.questionnaires.deleteResponse({ id: deleting.id }));
      dispatch({ type: 'removed', rowKey: deleting.key });
      setMessage(t('questionnaires:grid.deleted'));
      setActive((current) => ({ row: Math.max(0, Math.min(current.row, stateRef.current.rows.length - 2)), col: 0 }));
    } catch (error) {
      setMessage(rowSaveError(t, apiErrorOf(error), columns));
    } finally {
      setDeleteBusy(false);
      setDeleting(null);
    }
  };

  const language = currentLanguage();
  const saved = state.rows.filter((row) => row.id !== null).length;

  return (
    <Box>
      <Text size="sm" c="dimmed" mb="xs" data-testid="grid-help">
        {t('questionnaires:grid.help')}
      </Text>
      <Box className={classes.scroller}>
        <table ref={tableRef} className={classes.grid} role="grid" aria-label={t('questionnaires:grid.label')} onKeyDown={onKeyDown} onFocus={onFocus}>
          <thead>
            <tr>
              <th scope="col" className={classes.rowHead}>
                #
              </th>
              <th scope="col">{t('questionnaires:grid.code')}</th>
              {columns.map((column) => {
                const wording = language === 'en' && column.item.wordingEn ? column.item.wordingEn : column.item.wordingFr;
                return (
                  <th key={column.itemId} scope="col" aria-label={`${column.number}. ${wording}`}>
                    <Tooltip label={`${column.number}. ${wording} (${column.text ? t('questionnaires:grid.freeText') : keysFor(column, t)})`} multiline w={280} withinPortal>
                      <span>{column.number}</span>
                    </Tooltip>
                  </th>
                );
              })}
              <th scope="col">{t('questionnaires:grid.status')}</th>
            </tr>
          </thead>
          <tbody>
            {state.rows.map((row, index) => (
              <GridRowView
                key={row.key}
                row={row}
                index={index}
                columns={columns}
                activeCol={active.row === index ? active.col : -1}
                flashCol={flash?.row === index ? flash.col : -1}
                blank={isBlank(row)}
                onCode={onCode}
                onText={onText}
                onDelete={setDeleting}
              />
            ))}
          </tbody>
        </table>
      </Box>
      <Group justify="space-between" mt="xs">
        <Text size="sm" role="status" aria-live="polite" data-testid="grid-message" c={flash ? 'red' : undefined} mih={22}>
          {message}
        </Text>
        <Text size="sm" c="dimmed">
          {t('questionnaires:grid.count', { count: saved })}
        </Text>
      </Group>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('questionnaires:grid.deleteTitle')}
        message={t('questionnaires:grid.deleteMessage', { code: deleting?.code || t('questionnaires:grid.noCode') })}
        confirmLabel={t('questionnaires:grid.delete')}
        danger
        loading={deleteBusy}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
}

function keysFor(column: GridColumn, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (column.item.answerType === 'scale_0_10') return t('questionnaires:grid.keys.scale10');
  if (column.item.answerType === 'yes_no') return t('questionnaires:grid.keys.yesNo');
  if (column.item.answerType === 'single_choice') {
    return t('questionnaires:grid.keys.choice', { values: column.item.choices.map((choice) => choice.value).join(', ') });
  }
  return t('questionnaires:grid.keys.range', { max: column.item.answerType === 'likert4' ? 4 : 5 });
}

interface GridRowViewProps {
  row: GridRow;
  index: number;
  columns: GridColumn[];
  /** The active column when the cursor is in this row, else -1 (other rows then skip re-rendering). */
  activeCol: number;
  flashCol: number;
  blank: boolean;
  onCode(position: Position, raw: string): void;
  onText(position: Position, itemId: number, text: string): void;
  onDelete(row: GridRow): void;
}

/** One paper form. Memoised: a keystroke re-renders only the rows it touches. */
const GridRowView = memo(function GridRowView({ row, index, columns, activeCol, flashCol, blank, onCode, onText, onDelete }: GridRowViewProps) {
  const { t } = useTranslation();
  const rowLabel = blank ? t('questionnaires:grid.newRow') : t('questionnaires:grid.rowLabel', { number: index + 1 });
  return (
    <tr className={activeCol >= 0 ? classes.activeRow : undefined} data-row={index} data-status={row.status} aria-label={rowLabel}>
      <th scope="row" className={classes.rowHead}>
        {blank ? '+' : index + 1}
      </th>
      <td className={flashCol === 0 ? classes.refused : undefined}>
        <input
          className={classes.codeInput}
          data-cell={`${index}-0`}
          tabIndex={activeCol === 0 ? 0 : -1}
          value={row.code}
          onChange={(event) => onCode({ row: index, col: 0 }, event.currentTarget.value)}
          aria-label={t('questionnaires:grid.codeOf', { row: rowLabel })}
          aria-invalid={row.status === 'error' || undefined}
          autoComplete="off"
          spellCheck={false}
        />
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
                tabIndex={-1}
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
            tabIndex={activeCol === col ? 0 : -1}
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
            <Text size="xs" c="red" className={classes.errorText} title={row.error} data-testid="row-error">
              {row.error}
            </Text>
          )}
        </Group>
      </td>
    </tr>
  );
});

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
