import type { TFunction } from 'i18next';
import type { InputOf } from '../../../../shared/api/contract';
import type { FieldError } from '../../../../shared/api/result';
import type { HousingPlacement } from '../../../../shared/domain/housing/placements-api';
import type { HousingUnitSummary } from '../../../../shared/domain/housing/housing-units-api';
import { placesInUse, type Placement } from '../../../../shared/domain/housing/occupancy';
import { hasEnded } from '../../../../shared/domain/housing/placement-end';
import { formatDay } from '../model/unit-form';
import { asInlineMessage } from '../../../i18n/translate-error';

/**
 * What the placement screens compute without the server: a placement's state on a day, places in use, free
 * places per unit for the unit picker, the form's values → the channel's input, and the refusals as sentences
 * with their dates in the user's words ("la nuit du 3 mars 2027", not "2027-03-03").
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type PlacementState = 'upcoming' | 'current' | 'ended';

/**
 * 'ended' once its end has come: the actual end (today or earlier, placement-end.ts), else the planned end;
 * 'upcoming' before its start, else 'current'. A stay recorded by an older version with an actual end still ahead
 * reads 'current' until that day, as the unit's places tonight count it. The occupancy rules (occupancy.ts)
 * decide the nights; this is only the word on the screen.
 */
export function placementState(placement: HousingPlacement, today: string): PlacementState {
  if (hasEnded(placement.actualEnd, today)) return 'ended';
  if (placement.start > today) return 'upcoming';
  const end = placement.actualEnd ?? placement.plannedEnd;
  if (end !== null && end <= today) return 'ended';
  return 'current';
}

/** Still waiting for its "Fin du séjour": no actual end recorded. */
export function isOpen(placement: HousingPlacement): boolean {
  return placement.actualEnd === null;
}

function asRule(placement: HousingPlacement): Placement {
  return { householdId: placement.householdId, places: placement.places, start: placement.start, plannedEnd: placement.plannedEnd, actualEnd: placement.actualEnd };
}

/** Places in use on the night beginning `day`. */
export function placesInUseOn(placements: readonly HousingPlacement[], day: string): number {
  return placesInUse(placements.map(asRule), day);
}

/**
 * Free places of each unit on `day`, from the placements active that day (`housing/placements {activeOn}`),
 * never below 0.
 */
export function freePlacesByUnit(units: readonly HousingUnitSummary[], activeOnDay: readonly HousingPlacement[]): Map<number, number> {
  const used = new Map<number, number>();
  for (const placement of activeOnDay) used.set(placement.unitId, (used.get(placement.unitId) ?? 0) + placement.places);
  return new Map(units.map((unit) => [unit.id, Math.max(0, unit.capacity - (used.get(unit.id) ?? 0))]));
}

export interface PlacementFormValues {
  unitId: string | null;
  householdId: string | null;
  places: number | string;
  start: string;
  plannedEnd: string;
  notes: string;
}

export function emptyPlacementValues(today: string, preset: { unitId?: number; householdId?: number; places?: number }): PlacementFormValues {
  return {
    unitId: preset.unitId === undefined ? null : String(preset.unitId),
    householdId: preset.householdId === undefined ? null : String(preset.householdId),
    places: preset.places ?? 1,
    start: today,
    plannedEnd: '',
    notes: '',
  };
}

/** The form as createPlacement's input; an empty planned end asks the server for the unit's default. */
export function createPlacementInput(values: PlacementFormValues): InputOf<'housing', 'createPlacement'> {
  return {
    unitId: Number(values.unitId ?? 0),
    householdId: Number(values.householdId ?? 0),
    places: typeof values.places === 'number' ? values.places : Number(values.places),
    start: values.start,
    plannedEnd: values.plannedEnd === '' ? null : values.plannedEnd,
    notes: values.notes.trim(),
  };
}

export interface PlacementEditValues {
  places: number | string;
  plannedEnd: string;
  notes: string;
}

export function placementEditValues(placement: HousingPlacement): PlacementEditValues {
  return { places: placement.places, plannedEnd: placement.plannedEnd ?? '', notes: placement.notes };
}

export function updatePlacementInput(id: number, values: PlacementEditValues): InputOf<'housing', 'updatePlacement'> {
  return {
    id,
    places: typeof values.places === 'number' ? values.places : Number(values.places),
    plannedEnd: values.plannedEnd === '' ? null : values.plannedEnd,
    notes: values.notes.trim(),
  };
}

/** The first of January of `today`'s year to `today` included: the occupancy block's default period. */
export function yearToDate(today: string): { firstDay: string; lastDay: string } {
  return { firstDay: `${today.slice(0, 4)}-01-01`, lastDay: today };
}

export function isDay(value: string): boolean {
  return DAY.test(value);
}

/** "72 %" with one decimal when it matters; an empty period has no rate. */
export function formatRate(rate: number | null, locale: string): string | null {
  if (rate === null) return null;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/**
 * A refusal under its field: over capacity says how many places are left that night ("complet" when none);
 * every date parameter is written as a day in the user's language.
 */
export function placementFieldMessage(t: TFunction, field: FieldError, locale: string): string {
  const params: Record<string, unknown> = { ...field.params };
  if (typeof params.date === 'string') params.date = formatDay(params.date, locale);
  if (field.issue === 'over_capacity') {
    return t('housing:placements.errors.overCapacity', { date: params.date, count: Number(params.free ?? 0) });
  }
  return asInlineMessage(t(`fieldIssues.${field.issue}`, { ...params, defaultValue: t('fieldIssues.invalid_value') }));
}

/** The same refusals in one sentence for a notification, each named by its field (`label`: the housing word). */
export function placementErrorSentence(t: TFunction, fields: readonly FieldError[], locale: string, label: (path: string) => string): string {
  return fields
    .map((field) => {
      const message = placementFieldMessage(t, field, locale);
      return t('errors.fieldSentence', { field: label(field.path), message: message.charAt(0).toLocaleLowerCase() + message.slice(1) });
    })
    .join(' ');
}
