import { describe, expect, it } from 'vitest';
import type { Exhibition, ExhibitionItem } from '../../shared/domain/loans/exhibitions';
import type { LoanCheck } from '../../shared/domain/loans/loans';
import { contract } from '../../shared/api/contract';
import {
  addItemRow,
  emptyExhibitionValues,
  exhibitionCrossIssues,
  exhibitionDraftFromValues,
  exhibitionInputFromExhibition,
  isCompleteExhibitionDraft,
  moveItemRow,
  removeItemRow,
  valuesFromExhibition,
  type ItemRow,
} from '../../renderer/features/loans/model/exhibition-form-values';
import {
  changedSinceDelivery,
  checkInput,
  countByCondition,
  initialCheckRows,
  rowsMissingNote,
} from '../../renderer/features/loans/model/condition-check';

const row = (number: number, label: string, id: number | null = null): ItemRow => ({ key: `k${number}`, id, number, kind: 'panel', label });

const item = (id: number, number: number, flag: ExhibitionItem['flag'] = null): ExhibitionItem => ({ id, number, kind: 'panel', label: `Panneau ${number}`, flag });

const exhibition: Exhibition = {
  id: 1,
  title: 'Une brève histoire de l’immigration en Belgique',
  owner: 'CRIPEL',
  kind: 'loanable',
  description: '',
  audience: '',
  languages: ['fr'],
  items: [item(10, 1), item(11, 2)],
  transportNotes: '',
  setupNotes: '',
  insuranceValue: 2500.5,
  minLoanDays: 5,
  maxLoanDays: null,
  bufferDays: 2,
  notes: '',
  archived: false,
  flaggedItems: 0,
};

describe('the item editor', () => {
  it('numbers a new row after the highest number, of the same kind as the row above', () => {
    expect(addItemRow([], 'a')).toEqual([{ key: 'a', id: null, number: 1, kind: 'panel', label: '' }]);
    const rows = [row(1, 'A'), { ...row(7, 'B'), kind: 'crate' as const }];
    expect(addItemRow(rows, 'c').at(-1)).toEqual({ key: 'c', id: null, number: 8, kind: 'crate', label: '' });
  });

  it('moves a row while the numbers stay in place, and ignores moves past either end', () => {
    const rows = [row(1, 'A', 5), row(2, 'B', 6), row(3, 'C')];
    const moved = moveItemRow(rows, 2, -1);
    expect(moved.map((r) => [r.label, r.number, r.id])).toEqual([
      ['A', 1, 5],
      ['C', 2, null],
      ['B', 3, 6],
    ]);
    expect(moveItemRow(rows, 0, -1)).toEqual(rows);
    expect(moveItemRow(rows, 2, 1)).toEqual(rows);
  });

  it('removes a row without renumbering the others (numbers are printed on the panels)', () => {
    expect(removeItemRow([row(1, 'A'), row(2, 'B'), row(3, 'C')], 1).map((r) => r.number)).toEqual([1, 3]);
  });
});

describe('the exhibition form values', () => {
  it('round-trips an exhibition into a valid update input', () => {
    const values = valuesFromExhibition(exhibition);
    expect(values.maxLoanDays).toBe('');
    const draft = exhibitionDraftFromValues(values);
    expect(isCompleteExhibitionDraft(draft)).toBe(true);
    expect(draft).toMatchObject({ maxLoanDays: null, minLoanDays: 5, insuranceValue: 2500.5, items: [{ id: 10, number: 1 }, { id: 11, number: 2 }] });
    expect(contract.exhibitions.update.input.safeParse({ id: 1, ...draft }).success).toBe(true);
    expect(exhibitionInputFromExhibition(exhibition, { archived: true })).toMatchObject({ id: 1, archived: true, items: [{ id: 10 }, { id: 11 }] });
  });

  it('leaves an empty buffer missing, so the check says it is required', () => {
    const draft = exhibitionDraftFromValues({ ...emptyExhibitionValues(), title: 'T', owner: 'O', bufferDays: '' });
    expect(draft.bufferDays).toBeUndefined();
    expect(isCompleteExhibitionDraft(draft)).toBe(false);
  });

  it('refuses a maximum below the minimum and two items with the same number', () => {
    const values = { ...emptyExhibitionValues(), minLoanDays: 10, maxLoanDays: 5, items: [row(1, 'A'), row(2, 'B'), row(1, 'C')] };
    expect(exhibitionCrossIssues(values)).toEqual([
      { path: 'maxLoanDays', issue: 'too_small', params: { limit: 10 } },
      { path: 'items.2.number', issue: 'duplicate' },
    ]);
  });
});

describe('a condition check', () => {
  const delivery: LoanCheck = {
    phase: 'delivery',
    date: '2026-03-02',
    checkedBy: 'Nadia Verlaine',
    recordedAt: '2026-01-12T09:00:00.000Z',
    notes: '',
    items: [
      { itemId: 10, number: 1, label: 'Panneau 1', condition: 'good', note: '' },
      { itemId: 11, number: 2, label: 'Panneau 2', condition: 'damaged', note: 'coin plié' },
    ],
  };

  it('starts good at delivery, except an item still flagged', () => {
    const items = [item(11, 2, { condition: 'missing', note: 'perdu', loanId: 1, since: '2026-01-10' }), item(10, 1)];
    expect(initialCheckRows('delivery', items, null).map((r) => [r.number, r.condition, r.note])).toEqual([
      [1, 'good', ''],
      [2, 'missing', 'perdu'],
    ]);
  });

  it('starts at return as the items left, and lists what differs', () => {
    const rows = initialCheckRows('return', [item(10, 1), item(11, 2), item(12, 3)], delivery);
    expect(rows.map((r) => [r.condition, r.note, r.atDelivery])).toEqual([
      ['good', '', 'good'],
      ['damaged', 'coin plié', 'damaged'],
      ['good', '', null],
    ]);
    expect(changedSinceDelivery(rows)).toEqual([]);
    const after = rows.map((r, index) => (index === 0 ? { ...r, condition: 'damaged' as const } : index === 2 ? { ...r, condition: 'missing' as const } : r));
    expect(changedSinceDelivery(after).map((r) => r.number)).toEqual([1, 3]);
    expect(rowsMissingNote(after)).toEqual([0, 2]);
    expect(countByCondition(after)).toEqual({ good: 0, damaged: 2, missing: 1 });
  });

  it('sends every item once, with trimmed notes', () => {
    const rows = initialCheckRows('return', [item(10, 1), item(11, 2)], delivery).map((r) => ({ ...r, note: ` ${r.note} ` }));
    const input = checkInput(7, '2026-03-16', rows, 'RAS');
    expect(input).toEqual({
      id: 7,
      date: '2026-03-16',
      items: [
        { itemId: 10, condition: 'good', note: '' },
        { itemId: 11, condition: 'damaged', note: 'coin plié' },
      ],
      notes: 'RAS',
    });
    expect(contract.loans.checkIn.input.safeParse(input).success).toBe(true);
  });
});
