import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import {
  answersOf,
  cleanCode,
  codeFits,
  codeKinds,
  gridColumns,
  gridReducer,
  initialState,
  moveFrom,
  needsSave,
  rowFromResponse,
} from '../../renderer/features/questionnaires/grid/grid-model';
import { acceptedKeys, answerKeyAction, codeKeyAction, tabLeavesGrid } from '../../renderer/features/questionnaires/grid/grid-keys';
import { choiceKeys, typedByRank } from '../../shared/domain/questionnaires/entry-keys';
import { display, keysFor } from '../../renderer/features/questionnaires/grid/grid-cells';
import { rowSaveError } from '../../renderer/features/questionnaires/grid/save-error';
import questionnairesFr from '../../renderer/features/questionnaires/i18n/fr.json';
import questionnairesEn from '../../renderer/features/questionnaires/i18n/en.json';
import { translators } from '../helpers/translators';
import type { TemplateItem } from '../../shared/domain/questionnaires/templates';

function item(id: number, answerType: TemplateItem['answerType'], phase: TemplateItem['phase'] = 'both', choices: TemplateItem['choices'] = []): TemplateItem {
  return {
    id,
    position: id,
    dimension: 'other',
    answerType,
    reverseKeyed: false,
    wordingFr: `Question ${id}`,
    wordingEn: `Question ${id}`,
    phase,
    anchorsFr: [],
    anchorsEn: [],
    choices,
  };
}

const ITEMS = [item(1, 'likert5'), item(2, 'likert4', 'after'), item(3, 'yes_no'), item(4, 'free_text'), item(5, 'scale_0_10')];
const columns = gridColumns(ITEMS, 'before');

let tFr: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  ({ tFr, tEn } = await translators({ questionnaires: { fr: questionnairesFr, en: questionnairesEn } }));
});

const choices = (...values: number[]): TemplateItem['choices'] =>
  values.map((value, index) => ({ value, labelFr: `Option ${index + 1}`, labelEn: index === 0 ? '' : `Choice ${index + 1}` }));

describe('questionnaire grid columns', () => {
  it('keeps the items of the phase in paper order, numbered 1..n as printed', () => {
    expect(columns.map((column) => [column.itemId, column.number])).toEqual([
      [1, 1],
      [3, 2],
      [4, 3],
      [5, 4],
    ]);
    expect(gridColumns(ITEMS, 'after').map((column) => column.number)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('answer keys', () => {
  it('records a digit of the scale and refuses one outside it', () => {
    expect(answerKeyAction({ key: '5' }, ITEMS[0]!)).toEqual({ kind: 'set', value: 5 });
    expect(answerKeyAction({ key: '6' }, ITEMS[0]!)).toEqual({ kind: 'refuse', key: '6' });
    expect(answerKeyAction({ key: '0' }, ITEMS[0]!)).toEqual({ kind: 'refuse', key: '0' });
    expect(answerKeyAction({ key: '5' }, ITEMS[1]!)).toEqual({ kind: 'refuse', key: '5' });
    expect(answerKeyAction({ key: '0' }, ITEMS[2]!)).toEqual({ kind: 'set', value: 0 });
    expect(answerKeyAction({ key: '2' }, ITEMS[2]!)).toEqual({ kind: 'refuse', key: '2' });
    expect(answerKeyAction({ key: 'a' }, ITEMS[0]!)).toEqual({ kind: 'refuse', key: 'a' });
  });

  it('takes * or x as 10 on a 0–10 item only', () => {
    expect(answerKeyAction({ key: '*' }, ITEMS[4]!)).toEqual({ kind: 'set', value: 10 });
    expect(answerKeyAction({ key: 'x' }, ITEMS[4]!)).toEqual({ kind: 'set', value: 10 });
    expect(answerKeyAction({ key: '0' }, ITEMS[4]!)).toEqual({ kind: 'set', value: 0 });
    expect(answerKeyAction({ key: '*' }, ITEMS[0]!)).toEqual({ kind: 'refuse', key: '*' });
  });

  it('takes option values on a single-choice item whose values all have one digit', () => {
    const choice = item(9, 'single_choice', 'both', choices(1, 3));
    expect(typedByRank(choice)).toBe(false);
    expect(answerKeyAction({ key: '3' }, choice)).toEqual({ kind: 'set', value: 3 });
    expect(answerKeyAction({ key: '2' }, choice)).toEqual({ kind: 'refuse', key: '2' });
    expect(acceptedKeys(choice)).toBe('1, 3');
    expect(keysFor(gridColumns([choice], 'before')[0]!, tFr)).toBe('1 = Option 1, 3 = Option 2');
  });

  it('takes the rank of the option, one key each, when an option value has two digits (10, 20…)', () => {
    const choice = item(9, 'single_choice', 'both', choices(10, 20, 5));
    expect(typedByRank(choice)).toBe(true);
    expect(answerKeyAction({ key: '1' }, choice)).toEqual({ kind: 'set', value: 10 });
    expect(answerKeyAction({ key: '2' }, choice)).toEqual({ kind: 'set', value: 20 });
    // The third option is typed 3 although its value is 5; 5 itself is no option's rank.
    expect(answerKeyAction({ key: '3' }, choice)).toEqual({ kind: 'set', value: 5 });
    expect(answerKeyAction({ key: '5' }, choice)).toEqual({ kind: 'refuse', key: '5' });
    expect(answerKeyAction({ key: '0' }, choice)).toEqual({ kind: 'refuse', key: '0' });
    expect(answerKeyAction({ key: '*' }, choice)).toEqual({ kind: 'refuse', key: '*' });
    expect(answerKeyAction({ key: '.' }, choice)).toEqual({ kind: 'noAnswer' });
    expect(answerKeyAction({ key: 'Tab' }, choice)).toEqual({ kind: 'move', direction: 'next' });
    expect(acceptedKeys(choice)).toBe('1 = 10, 2 = 20, 3 = 5');
    const column = gridColumns([choice], 'before')[0]!;
    expect(keysFor(column, tFr)).toBe('par rang : 1 → 10 (Option 1), 2 → 20 (Option 2), 3 → 5 (Option 3)');
    // English labels, the French one when an option has none.
    expect(keysFor(column, tEn, 'en')).toBe('by rank: 1 → 10 (Option 1), 2 → 20 (Choice 2), 3 → 5 (Choice 3)');
  });

  it('gives options after the ninth the letters A, B… (a template may have 20), in either case', () => {
    const many = item(9, 'single_choice', 'both', choices(...Array.from({ length: 20 }, (_, index) => (index + 1) * 4)));
    expect(choiceKeys(many).map((choice) => choice.key).join('')).toBe('123456789ABCDEFGHIJK');
    expect(answerKeyAction({ key: '9' }, many)).toEqual({ kind: 'set', value: 36 });
    expect(answerKeyAction({ key: 'a' }, many)).toEqual({ kind: 'set', value: 40 });
    expect(answerKeyAction({ key: 'K' }, many)).toEqual({ kind: 'set', value: 80 });
    expect(answerKeyAction({ key: 'L' }, many)).toEqual({ kind: 'refuse', key: 'L' });
    const ten = item(9, 'single_choice', 'both', choices(10, 11));
    expect(answerKeyAction({ key: 'A' }, ten)).toEqual({ kind: 'refuse', key: 'A' });
  });

  it('marks no answer, clears, undoes and moves', () => {
    expect(answerKeyAction({ key: '.' }, ITEMS[0]!)).toEqual({ kind: 'noAnswer' });
    expect(answerKeyAction({ key: '-' }, ITEMS[0]!)).toEqual({ kind: 'noAnswer' });
    expect(answerKeyAction({ key: 'Backspace' }, ITEMS[0]!)).toEqual({ kind: 'clear' });
    expect(answerKeyAction({ key: 'z', ctrl: true }, ITEMS[0]!)).toEqual({ kind: 'undo' });
    expect(answerKeyAction({ key: 'ArrowUp' }, ITEMS[0]!)).toEqual({ kind: 'move', direction: 'up' });
    expect(answerKeyAction({ key: 'Tab', shift: true }, ITEMS[0]!)).toEqual({ kind: 'move', direction: 'previous' });
    expect(answerKeyAction({ key: 'Shift' }, ITEMS[0]!)).toEqual({ kind: 'none' });
    expect(answerKeyAction({ key: 'c', ctrl: true }, ITEMS[0]!)).toEqual({ kind: 'none' });
  });

  it('leaves the code cell with Enter or Tab and refuses punctuation', () => {
    expect(codeKeyAction({ key: 'Enter' })).toEqual({ kind: 'move', direction: 'next' });
    expect(codeKeyAction({ key: 'Tab' })).toEqual({ kind: 'move', direction: 'next' });
    expect(codeKeyAction({ key: 'a' })).toEqual({ kind: 'none' });
    expect(codeKeyAction({ key: '/' })).toEqual({ kind: 'refuse', key: '/' });
  });
});

describe('moves', () => {
  it('follows the keyboard flow through every cell of the row, free text included, then to the next code', () => {
    // Columns of the 'before' phase: 1 likert5, 2 yes_no, 3 free text, 4 scale 0–10.
    expect(columns.map((column) => column.text)).toEqual([false, false, true, false]);
    expect(moveFrom({ row: 0, col: 0 }, 'next', columns, 3)).toEqual({ row: 0, col: 1 });
    expect(moveFrom({ row: 0, col: 2 }, 'next', columns, 3)).toEqual({ row: 0, col: 3 });
    expect(moveFrom({ row: 0, col: 3 }, 'next', columns, 3)).toEqual({ row: 0, col: 4 });
    expect(moveFrom({ row: 0, col: 4 }, 'next', columns, 3)).toEqual({ row: 1, col: 0 });
    expect(moveFrom({ row: 2, col: 4 }, 'next', columns, 3)).toEqual({ row: 2, col: 4 });
    expect(moveFrom({ row: 1, col: 0 }, 'previous', columns, 3)).toEqual({ row: 0, col: 4 });
    expect(moveFrom({ row: 1, col: 4 }, 'previous', columns, 3)).toEqual({ row: 1, col: 3 });
    expect(moveFrom({ row: 0, col: 0 }, 'previous', columns, 3)).toEqual({ row: 0, col: 0 });
  });

  it('after a one-key answer on the 0–10 question, the next cell is the comment of the same pupil, not the next pupil', () => {
    const afterColumns = gridColumns([item(1, 'likert5'), item(2, 'scale_0_10'), item(3, 'free_text')], 'after');
    // The answer key moves 'next' (use-grid-keys): from the 0–10 cell to the comment, same row.
    expect(answerKeyAction({ key: '7' }, afterColumns[1]!.item)).toEqual({ kind: 'set', value: 7 });
    expect(moveFrom({ row: 0, col: 2 }, 'next', afterColumns, 2)).toEqual({ row: 0, col: 3 });
    // Only leaving the comment, the row's last cell, goes to the next pupil's code.
    expect(moveFrom({ row: 0, col: 3 }, 'next', afterColumns, 2)).toEqual({ row: 1, col: 0 });
  });

  it('moves by arrows to every cell and stops at the edges', () => {
    expect(moveFrom({ row: 0, col: 2 }, 'right', columns, 3)).toEqual({ row: 0, col: 3 });
    expect(moveFrom({ row: 0, col: 4 }, 'right', columns, 3)).toEqual({ row: 0, col: 4 });
    expect(moveFrom({ row: 0, col: 0 }, 'left', columns, 3)).toEqual({ row: 0, col: 0 });
    expect(moveFrom({ row: 0, col: 1 }, 'up', columns, 3)).toEqual({ row: 0, col: 1 });
    expect(moveFrom({ row: 2, col: 1 }, 'down', columns, 3)).toEqual({ row: 2, col: 1 });
    expect(moveFrom({ row: 1, col: 1 }, 'down', columns, 3)).toEqual({ row: 2, col: 1 });
  });

  it('lets Tab leave the grid only past its last cell, and Shift+Tab only before its first (issue 21: no trap)', () => {
    // Three rows, four item columns: the last cell is row 2, column 4.
    expect(tabLeavesGrid({ key: 'Tab' }, { row: 2, col: 4 }, 4, 3)).toBe(true);
    expect(tabLeavesGrid({ key: 'Tab' }, { row: 2, col: 3 }, 4, 3)).toBe(false);
    expect(tabLeavesGrid({ key: 'Tab' }, { row: 1, col: 4 }, 4, 3)).toBe(false);
    expect(tabLeavesGrid({ key: 'Tab', shift: true }, { row: 0, col: 0 }, 4, 3)).toBe(true);
    expect(tabLeavesGrid({ key: 'Tab', shift: true }, { row: 1, col: 0 }, 4, 3)).toBe(false);
    expect(tabLeavesGrid({ key: 'Tab', shift: true }, { row: 2, col: 4 }, 4, 3)).toBe(false);
    expect(tabLeavesGrid({ key: 'Enter' }, { row: 2, col: 4 }, 4, 3)).toBe(false);
    expect(tabLeavesGrid({ key: 'Tab', ctrl: true }, { row: 2, col: 4 }, 4, 3)).toBe(false);
  });
});

describe('codes', () => {
  it('follows the recipe: letters and digits in their place', () => {
    const kinds = codeKinds(['mother_first_letter', 'own_first_letter', 'birth_day']);
    expect(kinds.join('')).toBe('LLDD');
    expect(codeFits('AB12', kinds)).toBe(true);
    expect(codeFits('', kinds)).toBe(true);
    expect(codeFits('A112', kinds)).toBe(false);
    expect(codeFits('AB1', kinds)).toBe(false);
    expect(cleanCode('é b-1 2')).toBe('EB12');
  });
});

describe('rows and undo', () => {
  it('keeps one blank row at the bottom and stacks changes to undo them', () => {
    let state = initialState([]);
    expect(state.rows).toHaveLength(1);
    const key = state.rows[0]!.key;
    state = gridReducer(state, { type: 'edit', rowKey: key, field: { kind: 'code' }, value: 'A', position: { row: 0, col: 0 } });
    state = gridReducer(state, { type: 'edit', rowKey: key, field: { kind: 'code' }, value: 'AB12', position: { row: 0, col: 0 } });
    expect(state.rows).toHaveLength(2);
    expect(state.undo).toHaveLength(1); // keystrokes in the code merge into one change
    state = gridReducer(state, { type: 'edit', rowKey: key, field: { kind: 'value', itemId: 1 }, value: 4, position: { row: 0, col: 1 } });
    state = gridReducer(state, { type: 'edit', rowKey: key, field: { kind: 'value', itemId: 3 }, value: null, position: { row: 0, col: 2 } });
    expect(state.rows[0]!.values).toEqual({ 1: 4, 3: null });
    // Only the cells entered are sent: 4, and an explicit "no answer" (null) for item 3; items 4 (free text)
    // and 5 were not entered and are left out, so the server stores no row for them.
    expect(answersOf(state.rows[0]!, columns)).toEqual([
      { itemId: 1, value: 4, text: '' },
      { itemId: 3, value: null, text: '' },
    ]);
    state = gridReducer(state, { type: 'undo' });
    expect(state.rows[0]!.values[3]).toBeUndefined();
    expect(state.rows[0]!.values[1]).toBe(4);
    state = gridReducer(state, { type: 'undo' });
    state = gridReducer(state, { type: 'undo' });
    expect(state.rows[0]!.code).toBe('');
    expect(state.rows).toHaveLength(1); // back to a single blank row
    expect(gridReducer(state, { type: 'undo' })).toBe(state);
  });

  it('keeps a row dirty when it changed while saving, and marks a refused save', () => {
    let state = initialState([]);
    const key = state.rows[0]!.key;
    state = gridReducer(state, { type: 'edit', rowKey: key, field: { kind: 'code' }, value: 'AB12', position: { row: 0, col: 0 } });
    expect(needsSave(state.rows[0]!)).toBe(true);
    const sent = state.rows[0]!.revision;
    state = gridReducer(state, { type: 'saving', rowKey: key });
    state = gridReducer(state, { type: 'edit', rowKey: key, field: { kind: 'value', itemId: 1 }, value: 2, position: { row: 0, col: 1 } });
    const response = { id: 7, administrationId: 1, code: 'AB12', answers: [], updatedAt: '' };
    state = gridReducer(state, { type: 'saved', rowKey: key, revision: sent, response });
    expect(state.rows[0]!.id).toBe(7);
    expect(state.rows[0]!.status).toBe('dirty');
    state = gridReducer(state, { type: 'failed', rowKey: key, error: 'Ce code est déjà utilisé' });
    expect(state.rows[0]!.status).toBe('error');
    expect(needsSave(state.rows[0]!)).toBe(true);
    state = gridReducer(state, { type: 'saved', rowKey: key, revision: state.rows[0]!.revision, response });
    expect(state.rows[0]!.status).toBe('saved');
    expect(state.rows[0]!.error).toBeNull();
    state = gridReducer(state, { type: 'removed', rowKey: key });
    expect(state.rows).toHaveLength(1);
  });

  it('sends the free text written, trimmed, and leaves out a text of blanks', () => {
    let state = initialState([]);
    const key = state.rows[0]!.key;
    state = gridReducer(state, { type: 'edit', rowKey: key, field: { kind: 'text', itemId: 4 }, value: '  bien  ', position: { row: 0, col: 3 } });
    expect(answersOf(state.rows[0]!, columns)).toEqual([{ itemId: 4, value: null, text: 'bien' }]);
    state = gridReducer(state, { type: 'edit', rowKey: key, field: { kind: 'text', itemId: 4 }, value: '   ', position: { row: 0, col: 3 } });
    expect(answersOf(state.rows[0]!, columns)).toEqual([]);
  });

  it('loads saved forms: a stored null is "no answer" (—), an item with no stored answer stays blank', () => {
    const state = initialState([
      { id: 3, administrationId: 1, code: 'CD05', answers: [{ itemId: 1, value: 2, text: '' }, { itemId: 3, value: null, text: '' }, { itemId: 4, value: null, text: 'bien' }], updatedAt: '' },
    ]);
    expect(state.rows).toHaveLength(2);
    const row = state.rows[0]!;
    expect(row).toMatchObject({ id: 3, code: 'CD05', values: { 1: 2, 3: null }, texts: { 4: 'bien' }, status: 'saved' });
    expect(3 in row.values).toBe(true);
    expect(row.values[3]).toBeNull();
    expect(5 in row.values).toBe(false);
    expect(columns.filter((column) => !column.text).map((column) => display(row.values[column.itemId]))).toEqual(['2', '—', '']);
    // Saved again untouched, it sends back exactly what was stored: the null kept, item 5 still absent.
    expect(answersOf(row, columns)).toEqual([
      { itemId: 1, value: 2, text: '' },
      { itemId: 3, value: null, text: '' },
      { itemId: 4, value: null, text: 'bien' },
    ]);
  });

  it('round-trips a form: what answersOf sends, rowFromResponse reads back the same', () => {
    let state = initialState([]);
    const key = state.rows[0]!.key;
    state = gridReducer(state, { type: 'edit', rowKey: key, field: { kind: 'value', itemId: 5 }, value: 10, position: { row: 0, col: 4 } });
    state = gridReducer(state, { type: 'edit', rowKey: key, field: { kind: 'value', itemId: 1 }, value: null, position: { row: 0, col: 1 } });
    const answers = answersOf(state.rows[0]!, columns);
    const back = rowFromResponse({ id: 1, administrationId: 1, code: '', answers, updatedAt: '' });
    expect(back.values).toEqual({ 1: null, 5: 10 });
  });
});

describe('refused saves', () => {
  it('names the item of a refused answer by its number on the form, counting only the answers sent', () => {
    const sent = [
      { itemId: 3, value: 1, text: '' },
      { itemId: 5, value: 12, text: '' },
    ];
    const error = { code: 'VALIDATION' as const, message: 'invalid', fields: [{ path: 'answers.1.value', issue: 'out_of_scale' as const, params: { min: 0, max: 10 } }] };
    // answers.1 is item 5, the fourth column (number 4), not the second column.
    expect(rowSaveError(tFr, error, columns, sent)).toMatch(/^Question 4 : /);
    expect(rowSaveError(tFr, { ...error, fields: [{ path: 'code', issue: 'duplicate' as const }] }, columns, sent)).toBe(
      'Ce code est déjà utilisé par un autre formulaire de cette passation.',
    );
  });
});
