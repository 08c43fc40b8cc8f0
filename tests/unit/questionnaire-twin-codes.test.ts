import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { codeRegex, twinVariant, withoutTwinMark } from '../../shared/domain/questionnaires/codes';
import { cleanCode, codeFits, gridReducer, initialState, type GridRow } from '../../renderer/features/questionnaires/grid/grid-model';
import { codeClashes } from '../../renderer/features/questionnaires/grid/grid-codes';
import { codeKeyAction, codeKeyRefusal } from '../../renderer/features/questionnaires/grid/grid-keys';
import { rowSaveError } from '../../renderer/features/questionnaires/grid/save-error';
import questionnairesFr from '../../renderer/features/questionnaires/i18n/fr.json';
import questionnairesEn from '../../renderer/features/questionnaires/i18n/en.json';
import { translators } from '../helpers/translators';
import type { QuestionnaireResponse } from '../../shared/domain/questionnaires/responses';

// Issue 14, item 10: the code rules shared by the grid and the server (twin mark), the grid's clash detection
// and what a key does at the end of the code.

const LLDD = ['L', 'L', 'D', 'D'] as const;

describe('the twin mark', () => {
  it('is a dash and one digit 2–9 after a code that follows the recipe', () => {
    const regex = codeRegex('LLDD');
    for (const code of ['AB12', 'AB12-2', 'AB12-9']) expect(regex.test(code), code).toBe(true);
    for (const code of ['AB12-1', 'AB12-0', 'AB12-22', 'AB12-', 'AB-12', 'AB1-2', 'AB12-A', 'AB123']) expect(regex.test(code), code).toBe(false);
    expect(codeFits('AB12-3', LLDD)).toBe(true);
    expect(codeFits('AB1-3', LLDD)).toBe(false);
  });

  it('proposes the first free variant of the bare code, or none when all eight are taken', () => {
    expect(twinVariant('AB12', new Set(['AB12']))).toBe('AB12-2');
    expect(twinVariant('AB12', new Set(['AB12', 'AB12-2', 'AB12-3']))).toBe('AB12-4');
    expect(twinVariant('AB12-2', new Set(['AB12', 'AB12-2']))).toBe('AB12-3');
    expect(twinVariant('AB12', new Set(['AB12', ...'23456789'].map((digit) => (digit === 'AB12' ? digit : `AB12-${digit}`))))).toBeNull();
    expect(twinVariant('', new Set())).toBeNull();
    expect(withoutTwinMark('AB12-5')).toBe('AB12');
    expect(withoutTwinMark('AB12')).toBe('AB12');
  });

  it('is kept by the grid only at the end of the code, being typed or complete', () => {
    expect(cleanCode('ab12-')).toBe('AB12-');
    expect(cleanCode('ab 12 - 2')).toBe('AB12-2');
    expect(cleanCode('é b-1 2')).toBe('EB12');
    expect(cleanCode('-2')).toBe('2');
  });
});

describe('a key typed at the end of the code', () => {
  it('follows the recipe, then takes the dash and one digit 2–9', () => {
    expect(codeKeyAction({ key: '-' })).toEqual({ kind: 'none' });
    expect(codeKeyAction({ key: '/' })).toEqual({ kind: 'refuse', key: '/' });
    expect(codeKeyRefusal('A', 'B', LLDD)).toBeNull();
    expect(codeKeyRefusal('A', '1', LLDD)).toBe('wantsL');
    expect(codeKeyRefusal('AB', 'C', LLDD)).toBe('wantsD');
    expect(codeKeyRefusal('AB1', '-', LLDD)).toBe('twinMarkWhere');
    expect(codeKeyRefusal('AB12', '3', LLDD)).toBe('complete');
    expect(codeKeyRefusal('AB12', '-', LLDD)).toBeNull();
    expect(codeKeyRefusal('AB12-', '1', LLDD)).toBe('twinDigit');
    expect(codeKeyRefusal('AB12-', '2', LLDD)).toBeNull();
    expect(codeKeyRefusal('AB12-2', '3', LLDD)).toBe('complete');
    // A teacher's free code takes any letter or digit, and the mark once it has something.
    expect(codeKeyRefusal('', '-', [])).toBe('twinMarkWhere');
    expect(codeKeyRefusal('PROF', '-', [])).toBeNull();
  });
});

function response(id: number, code: string): QuestionnaireResponse {
  return { id, administrationId: 1, code, answers: [], updatedAt: '2026-12-02T08:00:00.000Z' };
}

function typeCode(rows: GridRow[], index: number, code: string): GridRow[] {
  const state = gridReducer({ rows, undo: [] }, { type: 'edit', rowKey: rows[index]!.key, field: { kind: 'code' }, value: code, position: { row: index, col: 0 } });
  return state.rows;
}

describe('code clashes in the grid', () => {
  it('flags the row that repeats a code, never the form saved with it, with the line and the free variant', () => {
    let rows = initialState([response(1, 'AB12'), response(2, 'AB12-2'), response(3, 'CD05')]).rows;
    expect(codeClashes(rows).size).toBe(0);
    rows = typeCode(rows, 3, 'AB12');
    expect([...codeClashes(rows)]).toEqual([[rows[3]!.key, { line: 1, suggestion: 'AB12-3' }]]);
    // Form 1 retyped with form 3's code: form 1 is the one flagged, form 3 keeps its saved code.
    rows = typeCode(rows, 0, 'CD05');
    const clashes = codeClashes(rows);
    expect(clashes.get(rows[0]!.key)).toEqual({ line: 3, suggestion: 'CD05-2' });
    // Form 1 no longer holds AB12 (its saved code is no longer on screen): the new row now holds it.
    expect(clashes.has(rows[3]!.key)).toBe(false);
  });

  it('lets the earlier of two unsaved rows hold a code, and clears once corrected', () => {
    let rows = initialState([]).rows;
    rows = typeCode(rows, 0, 'EF23');
    rows = typeCode(rows, 1, 'EF23');
    expect(codeClashes(rows).get(rows[1]!.key)).toEqual({ line: 1, suggestion: 'EF23-2' });
    rows = typeCode(rows, 1, 'EF24');
    expect(codeClashes(rows).size).toBe(0);
  });

  it('shows a clash only once the code cell was left', () => {
    const state = initialState([]);
    const key = state.rows[0]!.key;
    expect(state.rows[0]!.codeLeft).toBe(false);
    const left = gridReducer(state, { type: 'codeLeft', rowKey: key });
    expect(left.rows[0]!.codeLeft).toBe(true);
    expect(gridReducer(left, { type: 'codeLeft', rowKey: key })).toBe(left);
    expect(initialState([response(1, 'AB12')]).rows[0]).toMatchObject({ codeLeft: true, savedCode: 'AB12' });
  });
});

describe('a clash the server finds (another user typed the code meanwhile)', () => {
  let tFr: TFunction;
  let tEn: TFunction;
  beforeAll(async () => {
    ({ tFr, tEn } = await translators({ questionnaires: { fr: questionnairesFr, en: questionnairesEn } }));
  });

  it('names the twin variant the server proposes', () => {
    const error = { code: 'VALIDATION' as const, message: 'invalid', fields: [{ path: 'code', issue: 'duplicate' as const, params: { suggestion: 'AB12-2' } }] };
    expect(rowSaveError(tFr, error, [])).toBe(
      'Ce code est déjà utilisé par un autre formulaire de cette passation ; pour des jumeaux, utilisez AB12-2 (à noter sur le papier).',
    );
    expect(rowSaveError(tEn, error, [])).toContain('for twins, use AB12-2');
  });
});
