/**
 * What the housing channels answer about placements (issue 6, point 4): a household in a unit from a start to
 * a planned and an actual end. The rules (nights, capacity, overlaps, bed-nights) live in occupancy.ts.
 * Households appear by id and generated code only.
 */

/**
 * Why a placement ended, kept short for the report: moved to lasting housing, returned (home, to family, to the
 * country), transferred (to another unit or service), left without notice, evicted (excluded for breaking the
 * rules), other (say which in the notes).
 */
export const PLACEMENT_END_REASONS = ['moved_to_housing', 'returned', 'transferred', 'left_without_notice', 'evicted', 'other'] as const;
export type PlacementEndReason = (typeof PLACEMENT_END_REASONS)[number];

export interface HousingPlacement {
  id: number;
  unitId: number;
  unitCode: string;
  householdId: number;
  householdCode: string;
  /** People placed (whole number ≥ 1). */
  places: number;
  start: string;
  /** The day the household is expected to leave; null when open-ended. */
  plannedEnd: string | null;
  /** The day it left; null while it is there. */
  actualEnd: string | null;
  endReason: PlacementEndReason | null;
  /**
   * Free text about the household, stored encrypted. '' in the list of the placements in use on a day across
   * units (`activeOn` without a unit or a household), which shows no notes and so decrypts none.
   */
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** A unit's occupancy over the nights from…to−1 (`to` excluded, occupancy.ts). */
export interface UnitOccupancy {
  unitId: number;
  capacity: number;
  from: string;
  to: string;
  nights: number;
  /** Places × nights of every placement, clipped to the period. */
  bedNights: number;
  /** bedNights ÷ (capacity × nights); null for a period of zero nights. */
  occupancyRate: number | null;
  /** The most places in use on one night, and the first such night; null for zero nights. */
  peak: { night: string; places: number } | null;
}
