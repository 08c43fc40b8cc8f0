import type { Db } from '../../db/connection';
import { fieldError } from '../../errors';
import { registrationTasksFor } from './registrations';
import type { ServiceContext } from '../context';
import { procedureCount, publishDeadlines, publishPeople, publishSplit } from './report-privacy';
import { maxDate, minDate } from '../../../shared/domain/dates';
import { deadlineOutcome, TASK_KINDS, type OutcomeCounts } from '../../../shared/domain/housing/deadlines';
import { addYears } from '../../../shared/domain/housing/months';
import { bedNights, nightsIn, periodOfDays } from '../../../shared/domain/housing/occupancy';
import { PLACEMENT_END_REASONS, type PlacementEndReason } from '../../../shared/domain/housing/placements-api';
import { REGISTRATION_KINDS, type RegistrationKind, type RegistrationStatus } from '../../../shared/domain/housing/registrations';
import {
  firstSupportedDate,
  PLACEMENT_STATUSES,
  UNIT_KINDS,
  UNIT_STATUSES,
  unitStatusOn,
  type UnitKind,
  type UnitStatus,
  type UnitStatusChange,
} from '../../../shared/domain/housing/units';
import type { HousingReport, HousingReportFigures, ReportOccupancyRow, ReportUnitRow } from '../../../shared/domain/housing/reports-api';
import { asPlacementRule, PLACEMENT_RULE_COLUMNS, type PlacementRuleRow } from './placement-rows';

/**
 * The housing report's aggregates (issue 6, point 7) for the days `from`…`to`, both included: in nights, the
 * nights beginning on `from` … `to` (occupancy.ts's period from…to+1). Every definition is written out in the
 * PDF's method note (main/reports/housing/report/method.ts); keep the two in step. Only counts leave this file,
 * never an id, a code or a name; counts about people go through housing/report-privacy.ts.
 */

interface UnitRow {
  id: number;
  kind: UnitKind;
  capacity: number;
}

interface PlacementRow extends PlacementRuleRow {
  end_reason: PlacementEndReason | null;
}

interface RegistrationRow {
  kind: RegistrationKind;
  status: RegistrationStatus;
  request_date: string | null;
  start_date: string | null;
  end_date: string | null;
}

const within = (day: string | null, from: string, to: string): boolean => day !== null && from <= day && day <= to;

/** Nights of [from, end) on which the unit was active (its status at the end of that day): the nights it offered its places. */
export function activeNights(history: readonly UnitStatusChange[], from: string, end: string): number {
  let nights = 0;
  history.forEach((change, index) => {
    if (!PLACEMENT_STATUSES.includes(change.status)) return;
    // A later change the same day replaces this one before its night: nightsIn gives 0.
    const next = history[index + 1]?.date ?? end;
    nights += nightsIn(maxDate(change.date, from), minDate(next, end));
  });
  return nights;
}

async function histories(db: Db): Promise<Map<number, UnitStatusChange[]>> {
  const rows: { unit_id: number; status: UnitStatus; date: string }[] = await db('housing_unit_status_changes')
    .orderBy([{ column: 'unit_id' }, { column: 'date' }, { column: 'id' }])
    .select('unit_id', 'status', 'date');
  const byUnit = new Map<number, UnitStatusChange[]>();
  for (const row of rows) {
    const list = byUnit.get(row.unit_id) ?? [];
    list.push({ status: row.status, date: row.date });
    byUnit.set(row.unit_id, list);
  }
  return byUnit;
}

const emptyUnitRow = (): ReportUnitRow => ({ identified: 0, supported: 0, openAtEnd: 0, activeAtEnd: 0, places: 0 });
const emptyOccupancy = () => ({ activeUnits: 0, placeNights: 0, bedNights: 0 });
const withRate = (row: ReturnType<typeof emptyOccupancy>): ReportOccupancyRow => ({ ...row, rate: row.placeNights > 0 ? row.bedNights / row.placeNights : null });

function addUnitRow(target: ReportUnitRow, row: ReportUnitRow): void {
  for (const key of Object.keys(target) as (keyof ReportUnitRow)[]) target[key] += row[key];
}

async function unitsAndOccupancy(db: Db, from: string, to: string) {
  const end = periodOfDays(from, to).to;
  const units: UnitRow[] = await db('housing_units').select('id', 'kind', 'capacity');
  const history = await histories(db);
  const placements: PlacementRow[] = await db('housing_placements').select([...PLACEMENT_RULE_COLUMNS, 'end_reason']);
  const unitKind = new Map(units.map((unit) => [unit.id, unit.kind]));
  const unitRows = new Map(UNIT_KINDS.map((kind) => [kind, emptyUnitRow()]));
  const occupancy = new Map(UNIT_KINDS.map((kind) => [kind, emptyOccupancy()]));
  const byStatusAtEnd = Object.fromEntries(UNIT_STATUSES.map((status) => [status, 0])) as Record<UnitStatus, number>;

  for (const unit of units) {
    const changes = history.get(unit.id) ?? [];
    const statusAtEnd = unitStatusOn(changes, to);
    const row = unitRows.get(unit.kind)!;
    if (within(changes[0]?.date ?? null, from, to)) row.identified += 1;
    if (within(firstSupportedDate(changes), from, to)) row.supported += 1;
    if (statusAtEnd !== null) {
      byStatusAtEnd[statusAtEnd] += 1;
      if (statusAtEnd !== 'closed') row.openAtEnd += 1;
      if (PLACEMENT_STATUSES.includes(statusAtEnd)) {
        row.activeAtEnd += 1;
        row.places += unit.capacity;
      }
    }
    const nights = activeNights(changes, from, end);
    const offered = occupancy.get(unit.kind)!;
    if (nights > 0) offered.activeUnits += 1;
    offered.placeNights += unit.capacity * nights;
  }

  for (const kind of UNIT_KINDS) {
    occupancy.get(kind)!.bedNights = bedNights(placements.filter((row) => unitKind.get(row.unit_id) === kind).map(asPlacementRule), from, end);
  }

  const unitTotal = emptyUnitRow();
  for (const row of unitRows.values()) addUnitRow(unitTotal, row);
  const occupancyTotal = emptyOccupancy();
  for (const row of occupancy.values()) {
    occupancyTotal.activeUnits += row.activeUnits;
    occupancyTotal.placeNights += row.placeNights;
    occupancyTotal.bedNights += row.bedNights;
  }
  return {
    units: { byKind: UNIT_KINDS.map((kind) => ({ kind, ...unitRows.get(kind)! })), total: unitTotal, byStatusAtEnd },
    occupancy: { byKind: UNIT_KINDS.map((kind) => ({ kind, ...withRate(occupancy.get(kind)!) })), total: withRate(occupancyTotal) },
    placements: placementCounts(placements, unitKind, from, to),
  };
}

function placementCounts(placements: readonly PlacementRow[], unitKind: ReadonlyMap<number, UnitKind>, from: string, to: string): HousingReport['placements'] {
  const started = placements.filter((row) => within(row.start_date, from, to));
  const ended = placements.filter((row) => within(row.actual_end, from, to));
  const perKind = (rows: readonly PlacementRow[], kind: UnitKind) => procedureCount(rows.filter((row) => unitKind.get(row.unit_id) === kind).length);
  // Why stays ended says what happened to households: withheld when the ended stays are of 1 to 4 of them.
  const households = new Set(ended.map((row) => row.household_id)).size;
  const byReason = publishSplit(PLACEMENT_END_REASONS.map((reason) => ended.filter((row) => row.end_reason === reason).length), households);
  return {
    byKind: UNIT_KINDS.map((kind) => ({ kind, started: perKind(started, kind), ended: perKind(ended, kind) })),
    total: { started: procedureCount(started.length), ended: procedureCount(ended.length) },
    peopleArrived: publishPeople(started.reduce((sum, row) => sum + row.places, 0)),
    endedByReason: PLACEMENT_END_REASONS.map((reason, index) => ({ reason, count: byReason[index]! })),
  };
}

async function registrationCounts(db: Db, from: string, to: string): Promise<HousingReport['registrations']> {
  const rows: RegistrationRow[] = await db('housing_registrations').select('kind', 'status', 'request_date', 'start_date', 'end_date');
  const inForce = (row: RegistrationRow) =>
    (row.status === 'active' || row.status === 'ended') && row.start_date !== null && row.start_date <= to && (row.end_date === null || row.end_date >= from);
  const tests = {
    requested: (row: RegistrationRow) => within(row.request_date, from, to),
    started: (row: RegistrationRow) => within(row.start_date, from, to),
    inForce,
    ended: (row: RegistrationRow) => within(row.end_date, from, to),
  };
  const columns = Object.fromEntries(
    Object.entries(tests).map(([name, test]) => [name, REGISTRATION_KINDS.map((kind) => rows.filter((row) => row.kind === kind && test(row)).length)]),
  ) as Record<keyof typeof tests, number[]>;
  const count = (name: keyof typeof tests, index: number) => procedureCount(columns[name][index]!);
  const sum = (name: keyof typeof tests) => procedureCount(columns[name].reduce((total, n) => total + n, 0));
  return {
    byKind: REGISTRATION_KINDS.map((kind, index) => ({
      kind,
      requested: count('requested', index),
      started: count('started', index),
      inForce: count('inForce', index),
      ended: count('ended', index),
    })),
    total: { requested: sum('requested'), started: sum('started'), inForce: sum('inForce'), ended: sum('ended') },
  };
}

/**
 * Deadlines falling due from `from` to `to` (both included), met, missed or still open on `today`, by kind, with
 * the people (person codes, never leaving this file) each kind concerns: report-privacy.ts needs how many.
 */
async function deadlineCounts(ctx: Pick<ServiceContext, 'db' | 'today'>, from: string, to: string): Promise<HousingReport['deadlines']> {
  const end = periodOfDays(from, to).to;
  const tasks = (await registrationTasksFor(ctx, { includeDone: true })).filter((task) => task.dueDate >= from && task.dueDate < end);
  return publishDeadlines(
    TASK_KINDS.map((kind) => {
      const ofKind = tasks.filter((task) => task.kind === kind);
      const counts: OutcomeCounts = { met: 0, missed: 0, open: 0 };
      for (const task of ofKind) counts[deadlineOutcome(task, ctx.today)] += 1;
      // A registration whose person is gone counts as one more person (its own).
      return { kind, counts, people: ofKind.map((task) => task.personCode ?? `registration ${task.registrationId}`) };
    }),
  );
}

/** The figures of the days from…to (both included). */
async function figures(ctx: Pick<ServiceContext, 'db' | 'today'>, from: string, to: string): Promise<HousingReportFigures> {
  const { units, occupancy, placements } = await unitsAndOccupancy(ctx.db, from, to);
  return {
    from,
    to,
    nights: nightsIn(from, periodOfDays(from, to).to),
    units,
    occupancy,
    placements,
    registrations: await registrationCounts(ctx.db, from, to),
    deadlines: await deadlineCounts(ctx, from, to),
  };
}

/**
 * The period the report compares with: the same days one year earlier (a council compares a year with the
 * year before, and winter with winter). 29 February becomes 28 February.
 */
export function yearEarlier(period: { from: string; to: string }): { from: string; to: string } {
  return { from: addYears(period.from, -1), to: addYears(period.to, -1) };
}

/** The report for the days from…to (both included), beside the same days a year earlier; `to` before `from` is refused on the field `to`. */
export async function housingReport(ctx: Pick<ServiceContext, 'db' | 'today'>, period: { from: string; to: string }): Promise<HousingReport> {
  const { from, to } = period;
  if (to < from) throw fieldError('to', 'end_before_start');
  const before = yearEarlier(period);
  return { ...(await figures(ctx, from, to)), today: ctx.today, previous: await figures(ctx, before.from, before.to) };
}
