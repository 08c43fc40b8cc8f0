/**
 * What the `housingReports/*` channels answer: the housing home screen (issue 6, point 6) and the aggregate
 * report for the advisory council (point 7). Aggregates only: never a name or a code of a person or household.
 */
import type { PublishedCount } from '../questionnaires/analysis';
import type { TaskKind } from './deadlines';
import type { PlacementEndReason } from './placements-api';
import type { RegistrationKind } from './registrations';
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

/**
 * A count as the report publishes it for the advisory council (main/services/housing/report-privacy.ts): a count
 * of procedures (placements, registrations, deadlines) exact; a count of people or households exact when 0 or 5
 * and more, `{ lessThan: 5 }` for 1 to 4; null when the cell is withheld, because it tells what happened to a
 * group of 1 to 4 people, or would give such a cell back by subtraction.
 */
export type ReportCount = PublishedCount | null;

/** Units of one kind (or all kinds). "During the period": a day from `from` to `to`, both included. */
export interface ReportUnitRow {
  /** Units recorded in Passerelle during the period (their first status, whatever it was, dated in it). */
  identified: number;
  /** Units first backed (supported, active or suspended) during the period. */
  supported: number;
  /** Units recorded and not closed at the end of `to`. */
  openAtEnd: number;
  /** Units active at the end of `to`, and their capacity: the places. */
  activeAtEnd: number;
  places: number;
}

/** Occupancy of one kind (or all kinds) over the nights from…to (the night of `to` included). */
export interface ReportOccupancyRow {
  /** Units active on at least one night of the period. */
  activeUnits: number;
  /** Σ capacity × nights on which the unit was active: the places offered. */
  placeNights: number;
  /** Σ places × nights of every placement (nuitées), clipped to the period. */
  bedNights: number;
  /** bedNights ÷ placeNights; null when no place was offered. */
  rate: number | null;
}

export interface ReportPlacementRow {
  /** Placements whose start day is in the period. */
  started: ReportCount;
  /** Placements whose actual end day is in the period. */
  ended: ReportCount;
}

export interface ReportRegistrationRow {
  /** Registrations whose request day is in the period. */
  requested: ReportCount;
  /** Registrations whose start day is in the period. */
  started: ReportCount;
  /** Registrations in force on at least one day of the period (started on or before `to`, not ended before `from`). */
  inForce: ReportCount;
  /** Registrations whose end day is in the period. */
  ended: ReportCount;
}

/** Deadlines falling due in the period (deadlineOutcomeCounts): how many (exact), met, missed, still open today. */
export interface ReportDeadlineRow {
  due: ReportCount;
  met: ReportCount;
  missed: ReportCount;
  open: ReportCount;
}

/** The figures of one period, the days from…to (both included). No name, no code of a person or household. */
export interface HousingReportFigures {
  /** First and last day of the period, both included. */
  from: string;
  to: string;
  /** Nights in the period: from…to, the night beginning on `to` included. */
  nights: number;
  units: {
    byKind: ({ kind: UnitKind } & ReportUnitRow)[];
    total: ReportUnitRow;
    /** Units recorded by the end of `to`, by their status that day. */
    byStatusAtEnd: Record<UnitStatus, number>;
  };
  occupancy: { byKind: ({ kind: UnitKind } & ReportOccupancyRow)[]; total: ReportOccupancyRow };
  placements: {
    byKind: ({ kind: UnitKind } & ReportPlacementRow)[];
    total: ReportPlacementRow;
    /** People (places) of the placements started in the period: a count of people ("< 5" for 1 to 4). */
    peopleArrived: ReportCount;
    /** The placements ended, by reason: withheld when they concern 1 to 4 households. */
    endedByReason: { reason: PlacementEndReason; count: ReportCount }[];
  };
  registrations: { byKind: ({ kind: RegistrationKind } & ReportRegistrationRow)[]; total: ReportRegistrationRow };
  deadlines: { byKind: ({ kind: TaskKind } & ReportDeadlineRow)[]; total: ReportDeadlineRow };
}

/**
 * The aggregates of point 7 for the days from…to (both included), and the same figures for the same days one
 * year earlier (issue 16, point 4: what a council compares, free of the seasons; 29 February becomes 28).
 */
export interface HousingReport extends HousingReportFigures {
  /** The day the report was made: deadlines not yet due then are "open" (in both periods). */
  today: string;
  previous: HousingReportFigures;
}
