import { describe, expect, it } from 'vitest';
import {
  answerKeyAction,
  answersOf,
  cleanCode,
  codeFits,
  codeKeyAction,
  codeKinds,
  gridColumns,
  gridReducer,
  initialState,
  moveFrom,
  needsSave,
} from '../../renderer/features/questionnaires/grid/grid-model';
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

  it('takes option values on a single-choice item', () => {
    const choice = item(9, 'single_choice', 'both', [
      { value: 1, labelFr: 'a', labelEn: 'a' },
      { value: 3, labelFr: 'b', labelEn: 'b' },
    ]);
    expect(answerKeyAction({ key: '3' }, choice)).toEqual({ kind: 'set', value: 3 });
    expect(answerKeyAction({ key: '2' }, choice)).toEqual({ kind: 'refuse', key: '2' });
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
  it('follows the keyboard flow, skipping free text, from the end of a row to the next code', () => {
    expect(moveFrom({ row: 0, col: 0 }, 'next', columns, 3)).toEqual({ row: 0, col: 1 });
    expect(moveFrom({ row: 0, col: 2 }, 'next', columns, 3)).toEqual({ row: 0, col: 4 });
    expect(moveFrom({ row: 0, col: 4 }, 'next', columns, 3)).toEqual({ row: 1, col: 0 });
    expect(moveFrom({ row: 2, col: 4 }, 'next', columns, 3)).toEqual({ row: 2, col: 4 });
    expect(moveFrom({ row: 1, col: 0 }, 'previous', columns, 3)).toEqual({ row: 0, col: 4 });
    expect(moveFrom({ row: 1, col: 4 }, 'previous', columns, 3)).toEqual({ row: 1, col: 2 });
  });

  it('moves by arrows to every cell and stops at the edges', () => {
    expect(moveFrom({ row: 0, col: 2 }, 'right', columns, 3)).toEqual({ row: 0, col: 3 });
    expect(moveFrom({ row: 0, col: 4 }, 'right', columns, 3)).toEqual({ row: 0, col: 4 });
    expect(moveFrom({ row: 0, col: 0 }, 'left', columns, 3)).toEqual({ row: 0, col: 0 });
    expect(moveFrom({ row: 0, col: 1 }, 'up', columns, 3)).toEqual({ row: 0, col: 1 });
    expect(moveFrom({ row: 2, col: 1 }, 'down', columns, 3)).toEqual({ row: 2, col: 1 });
    expect(moveFrom({ row: 1, col: 1 }, 'down', columns, 3)).toEqual({ row: 2, col: 1 });
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
    expect(answersOf(state.rows[0]!, columns)).toEqual([
      { itemId: 1, value: 4, text: '' },
      { itemId: 3, value: null, text: '' },
      { itemId: 4, value: null, text: '' },
      { itemId: 5, value: null, text: '' },
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

  it('loads saved forms, a stored null shown empty', () => {
    const state = initialState([
      { id: 3, administrationId: 1, code: 'CD05', answers: [{ itemId: 1, value: 2, text: '' }, { itemId: 3, value: null, text: '' }, { itemId: 4, value: null, text: 'bien' }], updatedAt: '' },
    ]);
    expect(state.rows).toHaveLength(2);
    expect(state.rows[0]).toMatchObject({ id: 3, code: 'CD05', values: { 1: 2 }, texts: { 4: 'bien' }, status: 'saved' });
  });
});
