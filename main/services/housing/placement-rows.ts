import type { Placement } from '../../../shared/domain/housing/occupancy';

/**
 * The columns of a housing_placements row that the occupancy rules read, and the one mapping to the rules' shape
 * (shared/domain/housing/occupancy.ts). Services that count nights (placements, unit checks, home, report)
 * select these columns and map them here, so a change of the row's shape is made once.
 */
export const PLACEMENT_RULE_COLUMNS = ['unit_id', 'household_id', 'places', 'start_date', 'planned_end', 'actual_end'] as const;

export interface PlacementRuleRow {
  unit_id: number;
  household_id: number;
  places: number;
  start_date: string;
  planned_end: string | null;
  actual_end: string | null;
}

export function asPlacementRule(row: Omit<PlacementRuleRow, 'unit_id'>): Placement {
  return { householdId: row.household_id, places: row.places, start: row.start_date, plannedEnd: row.planned_end, actualEnd: row.actual_end };
}
