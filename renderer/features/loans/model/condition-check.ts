import type { InputOf } from '../../../../shared/api/contract';
import type { ExhibitionItem, ItemCondition } from '../../../../shared/domain/loans/exhibitions';
import type { CheckPhase, LoanCheck } from '../../../../shared/domain/loans/loans';

/** One item of a condition check as the user fills it in. */
export interface CheckRow {
  itemId: number;
  number: number;
  label: string;
  condition: ItemCondition;
  note: string;
  /** Its condition at delivery (return checks only); null when it was not in the delivery check. */
  atDelivery: ItemCondition | null;
}

/**
 * The rows of a check, one per item of the exhibition in printed order. At delivery an item starts "good",
 * unless it is still flagged (then as flagged, with the flag's note). At return it starts as it left.
 */
export function initialCheckRows(phase: CheckPhase, items: readonly ExhibitionItem[], deliveryCheck: LoanCheck | null): CheckRow[] {
  const sorted = [...items].sort((a, b) => a.number - b.number);
  return sorted.map((item) => {
    if (phase === 'delivery') {
      return { itemId: item.id, number: item.number, label: item.label, condition: item.flag?.condition ?? 'good', note: item.flag?.note ?? '', atDelivery: null };
    }
    const left = deliveryCheck?.items.find((row) => row.itemId === item.id) ?? null;
    return {
      itemId: item.id,
      number: item.number,
      label: item.label,
      condition: left?.condition ?? 'good',
      note: left && left.condition !== 'good' ? left.note : '',
      atDelivery: left?.condition ?? null,
    };
  });
}

/** Rows whose condition at return differs from delivery (an item absent at delivery differs unless good). */
export function changedSinceDelivery(rows: readonly CheckRow[]): CheckRow[] {
  return rows.filter((row) => (row.atDelivery === null ? row.condition !== 'good' : row.condition !== row.atDelivery));
}

/** A damaged or missing item needs a word on what is wrong: the indexes of rows that lack one. */
export function rowsMissingNote(rows: readonly CheckRow[]): number[] {
  return rows.flatMap((row, index) => (row.condition !== 'good' && row.note.trim() === '' ? [index] : []));
}

export function countByCondition(rows: readonly CheckRow[]): Record<ItemCondition, number> {
  const counts: Record<ItemCondition, number> = { good: 0, damaged: 0, missing: 0 };
  for (const row of rows) counts[row.condition] += 1;
  return counts;
}

export type CheckInput = InputOf<'loans', 'checkOut'>;

export function checkInput(loanId: number, date: string, rows: readonly CheckRow[], notes: string): CheckInput {
  return {
    id: loanId,
    date,
    items: rows.map((row) => ({ itemId: row.itemId, condition: row.condition, note: row.note.trim() })),
    notes,
  };
}
