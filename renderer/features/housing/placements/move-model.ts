import type { InputOf } from '../../../../shared/api/contract';
import type { HousingPlacement } from '../../../../shared/domain/housing/placements-api';

export interface MoveFormValues {
  date: string;
  unitId: string | null;
  places: number | string;
  plannedEnd: string;
  notes: string;
}

/** A move starts today (or on the stay's first day, if it has not begun yet), with the same places. */
export function emptyMoveValues(placement: HousingPlacement, today: string): MoveFormValues {
  return { date: today < placement.start ? placement.start : today, unitId: null, places: placement.places, plannedEnd: '', notes: '' };
}

export function movePlacementInput(placement: HousingPlacement, values: MoveFormValues): InputOf<'housing', 'movePlacement'> {
  return {
    id: placement.id,
    date: values.date,
    unitId: Number(values.unitId),
    places: Number(values.places),
    plannedEnd: values.plannedEnd === '' ? null : values.plannedEnd,
    notes: values.notes,
  };
}
