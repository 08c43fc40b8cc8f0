// The grid's state: its rows, the cursor, saving each row as the user goes, undo, deletion and messages.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type FocusEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { questionnaireKeys } from '../queries';
import { rowSaveError } from './save-error';
import { cellId, parseCell } from './grid-cells';
import { codeClashes } from './grid-codes';
import { useGridKeys } from './use-grid-keys';
import type { KeyAction } from './grid-keys';
import {
  answersOf,
  cleanCode,
  gridReducer,
  initialState,
  moveFrom,
  needsSave,
  rowIndex,
  type CellValue,
  type Field,
  type GridColumn,
  type GridRow,
  type GridState,
  type Position,
} from './grid-model';
import type { QuestionnaireResponse } from '../../../../shared/domain/questionnaires/responses';

/** A row is saved this long after its last edit, and soon after the cursor leaves it. */
const IDLE_SAVE_MS = 1500;
const LEAVE_SAVE_MS = 150;
const FLASH_MS = 700;

export interface EntryGridOptions {
  administrationId: number;
  columns: GridColumn[];
  codeKinds: ('L' | 'D')[];
  responses: QuestionnaireResponse[];
  /** The forms the class is expected to hand in, for the counter "5 / 24 saisis" (null: unknown). */
  expectedForms?: number | null;
}

export function useEntryGrid({ administrationId, columns, codeKinds, responses }: EntryGridOptions) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(gridReducer, responses, initialState);
  const [active, setActive] = useState<Position>(() => ({ row: Math.max(0, state.rows.length - 1), col: 0 }));
  const [flash, setFlash] = useState<Position | null>(null);
  const [message, setMessage] = useState('');
  const [deleting, setDeleting] = useState<GridRow | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  /** Esc was pressed: the focus is on the grid itself and no cell is in the tab order, so Tab leaves the grid. */
  const [exited, setExited] = useState(false);

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
      // A code another form of the class holds is shown at the code (codeClashes) and not sent: the server
      // would refuse it. The row saves once the code is corrected or given its twin mark.
      if (codeClashes(stateRef.current.rows).has(rowKey)) return;
      inFlight.current.add(rowKey);
      dispatch({ type: 'saving', rowKey });
      const answers = answersOf(row, columns);
      const result = await api.questionnaires.saveResponse({ administrationId, id: row.id, code: row.code, answers });
      inFlight.current.delete(rowKey);
      if (result.ok) {
        // Keep the id in the ref at once: a save queued meanwhile must update, not create a second form.
        stateRef.current = gridReducer(stateRef.current, { type: 'saved', rowKey, revision: row.revision, response: result.data });
        dispatch({ type: 'saved', rowKey, revision: row.revision, response: result.data });
        void queryClient.invalidateQueries({ queryKey: questionnaireKeys.administrations(0).slice(0, 2) });
        void queryClient.invalidateQueries({ queryKey: questionnaireKeys.entryActivities('').slice(0, 2) });
      } else {
        const text = rowSaveError(t, result.error, columns, answers);
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

  const exit = useCallback(() => {
    setExited(true);
    tableRef.current?.focus();
  }, []);
  const enter = useCallback(() => {
    setExited(false);
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${cellId(activeRef.current)}"]`)?.focus();
  }, []);

  const onKeyDown = useGridKeys({ codeKinds, columns, stateRef, edit, move, refuse, undo, exit, enter, setDeleting, setMessage });

  const onFocus = useCallback((event: FocusEvent<HTMLTableElement>) => {
    const position = parseCell(event.target);
    if (!position) return;
    setExited(false);
    if (position.row !== activeRef.current.row || position.col !== activeRef.current.col) setActive(position);
  }, []);
  // Once the focus is outside the grid, its active cell is in the tab order again (Shift+Tab comes back to it).
  const onBlur = useCallback((event: FocusEvent<HTMLTableElement>) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) setExited(false);
  }, []);

  const onCode = useCallback((position: Position, raw: string) => edit(position, { kind: 'code' }, cleanCode(raw)), [edit]);
  // Leaving the code cell shows a clash with another form of the class (and its correction clears it at once).
  const onCodeLeft = useCallback((position: Position) => {
    const row = stateRef.current.rows[position.row];
    if (!row) return;
    stateRef.current = gridReducer(stateRef.current, { type: 'codeLeft', rowKey: row.key });
    dispatch({ type: 'codeLeft', rowKey: row.key });
  }, []);
  // The twin variant the grid offers, taken with one click: the cursor goes back to that code.
  const onTakeCode = useCallback(
    (position: Position, code: string) => {
      edit(position, { kind: 'code' }, code);
      const target = { row: position.row, col: 0 };
      setActive(target);
      requestAnimationFrame(() => tableRef.current?.querySelector<HTMLElement>(`[data-cell="${cellId(target)}"]`)?.focus());
    },
    [edit],
  );
  const clashes = useMemo(() => codeClashes(state.rows), [state.rows]);
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

  return {
    state,
    clashes,
    active,
    flash,
    message,
    deleting,
    setDeleting,
    deleteBusy,
    tableRef,
    exited,
    onKeyDown,
    onFocus,
    onBlur,
    onCode,
    onCodeLeft,
    onTakeCode,
    onText,
    confirmDelete,
  };
}
