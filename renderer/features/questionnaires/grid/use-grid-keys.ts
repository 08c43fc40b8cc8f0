// The grid's keyboard handler: turns a key press in a cell into a move, an edit, an undo or a refusal.
import { useCallback, type Dispatch, type KeyboardEvent, type MutableRefObject, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { keysFor, parseCell } from './grid-cells';
import { answerKeyAction, codeKeyAction, codeKeyRefusal, ENTER_GRID_KEYS, tabLeavesGrid, type CodeKeyRefusal, type KeyAction } from './grid-keys';
import { isBlank, type CellValue, type Field, type GridColumn, type GridRow, type GridState, type Position } from './grid-model';

interface GridKeysOptions {
  codeKinds: ('L' | 'D')[];
  columns: GridColumn[];
  stateRef: MutableRefObject<GridState>;
  edit(position: Position, field: Field, value: string | CellValue): void;
  move(action: Extract<KeyAction, { kind: 'move' }>, from: Position): void;
  refuse(position: Position, text: string): void;
  undo(): void;
  /** Esc: the cells leave the tab order and the focus goes to the grid itself, so the next Tab moves on. */
  exit(): void;
  /** Enter or an arrow on the grid itself: back to the active cell. */
  enter(): void;
  setDeleting: Dispatch<SetStateAction<GridRow | null>>;
  setMessage: Dispatch<SetStateAction<string>>;
}

/** The sentence of each refused code character (the key typed is its {{key}}). */
const CODE_KEY_MESSAGES: Record<CodeKeyRefusal, string> = {
  complete: 'questionnaires:grid.codeComplete',
  wantsL: 'questionnaires:grid.codeWants.L',
  wantsD: 'questionnaires:grid.codeWants.D',
  twinMarkWhere: 'questionnaires:grid.twinMarkWhere',
  twinDigit: 'questionnaires:grid.twinDigit',
};

export function useGridKeys({ codeKinds, columns, stateRef, edit, move, refuse, undo, exit, enter, setDeleting, setMessage }: GridKeysOptions) {
  const { t } = useTranslation();
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableElement>) => {
      if (event.target === event.currentTarget) {
        // The grid itself holds the focus after Esc: Tab and Shift+Tab are the browser's (they leave).
        if (ENTER_GRID_KEYS.includes(event.key)) {
          event.preventDefault();
          enter();
        }
        return;
      }
      const position = parseCell(event.target);
      if (!position) return;
      const press = { key: event.key, shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey };
      const row = stateRef.current.rows[position.row];
      if (!row) return;
      // No keyboard trap: past the last cell (or before the first) Tab goes on to the page; Esc leaves from anywhere.
      if (tabLeavesGrid(press, position, columns.length, stateRef.current.rows.length)) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        exit();
        return;
      }
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
          const refusal = atEnd ? codeKeyRefusal(input.value, event.key, codeKinds) : event.key === '-' ? 'twinMarkWhere' : null;
          if (refusal !== null) {
            event.preventDefault();
            refuse(position, t(CODE_KEY_MESSAGES[refusal], { key: event.key }));
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
        if (event.key === 'Enter' || event.key === 'Tab' || event.key === 'ArrowUp' || event.key === 'ArrowDown') {
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
          return refuse(position, t('questionnaires:grid.refused', { key: action.key, number: column.number, keys: keysFor(column, t, currentLanguage()) }));
        case 'edit':
          return;
      }
    },
    [codeKinds, columns, edit, enter, exit, move, refuse, setDeleting, setMessage, stateRef, t, undo],
  );

  return onKeyDown;
}
