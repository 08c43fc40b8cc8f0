// What a key does in the entry grid: an answer cell (digits, 10, "no answer", option ranks) or the code cell.
import { isValidAnswer, type TemplateItem } from '../../../../shared/domain/questionnaires/templates';
import { choiceKeys, typedByRank } from '../../../../shared/domain/questionnaires/entry-keys';
import { TWIN_MARK } from '../../../../shared/domain/questionnaires/codes';
import type { Direction, Position } from './grid-model';

/** The key for 10 on a 0–10 item (the numeric keypad's "*", or "x"): one keystroke per answer. */
const TEN_KEYS: readonly string[] = ['*', 'x', 'X'];
/** The keys that mark "no answer" (numeric keypad's "." and "-"). */
const NO_ANSWER_KEYS: readonly string[] = ['.', '-'];

/** The keys an item accepts, for its help text: "1–5", "0–1", "0–9, * = 10", "1, 2, 3", "1 = 10, 2 = 20". */
export function acceptedKeys(item: Pick<TemplateItem, 'answerType' | 'choices'>): string {
  switch (item.answerType) {
    case 'likert4':
      return '1–4';
    case 'likert5':
      return '1–5';
    case 'yes_no':
      return '0–1';
    case 'scale_0_10':
      return '0–9, * = 10';
    case 'single_choice':
      return typedByRank(item)
        ? choiceKeys(item).map((choice) => `${choice.key} = ${choice.value}`).join(', ')
        : item.choices.map((choice) => String(choice.value)).join(', ');
    case 'free_text':
      return '';
  }
}

export interface KeyPress {
  key: string;
  shift?: boolean;
  ctrl?: boolean;
}

export type KeyAction =
  | { kind: 'move'; direction: Direction }
  | { kind: 'set'; value: number }
  | { kind: 'noAnswer' }
  | { kind: 'clear' }
  | { kind: 'undo' }
  | { kind: 'edit' }
  | { kind: 'refuse'; key: string }
  | { kind: 'none' };

/**
 * Whether Tab at `position` leaves the grid instead of moving inside it (issue 21, WCAG 2.1.2 "no keyboard
 * trap"): Tab from the last cell of the last row and Shift+Tab from the first cell are left to the browser,
 * which moves to the control after or before the grid. Everywhere else Tab stays the grid's "next cell".
 */
export function tabLeavesGrid(press: KeyPress, position: Position, lastCol: number, rowCount: number): boolean {
  if (press.key !== 'Tab' || press.ctrl) return false;
  return press.shift ? position.row === 0 && position.col === 0 : position.row >= rowCount - 1 && position.col >= lastCol;
}

/** The keys that take the keyboard back into the cells once Esc has left them for the grid itself. */
export const ENTER_GRID_KEYS: readonly string[] = ['Enter', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** What a key does in an answer cell (a numeric item). */
export function answerKeyAction(press: KeyPress, item: Pick<TemplateItem, 'answerType' | 'choices'>): KeyAction {
  const { key } = press;
  if (press.ctrl) return key === 'z' || key === 'Z' ? { kind: 'undo' } : { kind: 'none' };
  if (ARROWS[key]) return { kind: 'move', direction: ARROWS[key] };
  if (key === 'Tab') return { kind: 'move', direction: press.shift ? 'previous' : 'next' };
  if (key === 'Enter') return item.answerType === 'free_text' ? { kind: 'edit' } : { kind: 'move', direction: 'next' };
  if (key === 'Backspace' || key === 'Delete') return { kind: 'clear' };
  if (item.answerType === 'free_text') return { kind: 'none' };
  if (NO_ANSWER_KEYS.includes(key)) return { kind: 'noAnswer' };
  if (typedByRank(item)) {
    const option = choiceKeys(item).find((choice) => choice.key === key.toUpperCase());
    if (option) return { kind: 'set', value: option.value };
    return [...key].length === 1 && key !== ' ' ? { kind: 'refuse', key } : { kind: 'none' };
  }
  if (/^[0-9]$/.test(key)) {
    const value = Number(key);
    return isValidAnswer(item, value) ? { kind: 'set', value } : { kind: 'refuse', key };
  }
  if (TEN_KEYS.includes(key)) return isValidAnswer(item, 10) ? { kind: 'set', value: 10 } : { kind: 'refuse', key };
  // Any other printable character is refused visibly; named keys (Shift, F5…) are left alone.
  if ([...key].length === 1 && key !== ' ') return { kind: 'refuse', key };
  return { kind: 'none' };
}

/** What a key does in the code cell (an input): only leaving it is handled here. */
export function codeKeyAction(press: KeyPress): KeyAction {
  if (press.ctrl) return press.key === 'z' || press.key === 'Z' ? { kind: 'undo' } : { kind: 'none' };
  if (press.key === 'Enter' || (press.key === 'Tab' && !press.shift)) return { kind: 'move', direction: 'next' };
  if (press.key === 'Tab' && press.shift) return { kind: 'move', direction: 'previous' };
  if (press.key === 'ArrowUp' || press.key === 'ArrowDown') return { kind: 'move', direction: ARROWS[press.key]! };
  // The dash is the twin mark ("AB12-2"): typed, it is judged with the code by codeKeyRefusal.
  if ([...press.key].length === 1 && press.key !== TWIN_MARK && !/^[\p{L}\p{N}]$/u.test(press.key)) return { kind: 'refuse', key: press.key };
  return { kind: 'none' };
}

/** Why a character typed at the end of the code is refused, or null when it fits. */
export type CodeKeyRefusal = 'complete' | 'wantsL' | 'wantsD' | 'twinMarkWhere' | 'twinDigit';

/**
 * Whether `key`, typed at the end of `code`, fits the recipe's `kinds` ("LLDD"; empty for a free teacher code):
 * a letter or digit in its place, then optionally the twin mark, a dash after the complete code, and one
 * digit from 2 to 9.
 */
export function codeKeyRefusal(code: string, key: string, kinds: readonly ('L' | 'D')[]): CodeKeyRefusal | null {
  const marked = code.indexOf(TWIN_MARK);
  if (marked >= 0) return marked === code.length - 1 && /^[2-9]$/.test(key) ? null : marked === code.length - 1 ? 'twinDigit' : 'complete';
  if (key === TWIN_MARK) return code !== '' && (kinds.length === 0 || code.length === kinds.length) ? null : 'twinMarkWhere';
  if (kinds.length === 0) return null;
  const kind = kinds[code.length];
  if (kind === undefined) return 'complete';
  return (kind === 'D') === /^[0-9]$/.test(key) ? null : kind === 'L' ? 'wantsL' : 'wantsD';
}
