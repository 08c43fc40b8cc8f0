/**
 * What the `housingReports/*` channels answer: the housing home screen (issue 6, point 6) and the aggregate
 * report for the advisory council (point 7). Aggregates only: never a name or a code of a person or household.
 */
import type { RegistrationTask } from './registrations-api';
import type { UnitKind, UnitStatus } from './units';

export interface HousingHome {
  today: string;
  /** Open tasks overdue or due within the "due soon" setting (7 days: "this week"), by due date. */
  tasks: RegistrationTask[];
  unitsByStatus: Record<UnitStatus, number>;
  /** Places free tonight in active units (capacity − places in use on the night beginning today). */
  freePlaces: { activeUnits: number; capacity: number; inUse: number; free: number };
  /** Active units with at least one free place tonight, most free first. */
  unitsWithRoom: { unitId: number; unitCode: string; kind: UnitKind; free: number }[];
  /** Households waiting on the waiting list. */
  waiting: number;
}

// PLACEHOLDER: the report helper defines HousingReport (the aggregates of point 7) here.
export interface HousingReport {
  /** First and last day of the period, both included. */
  from: string;
  to: string;
}
