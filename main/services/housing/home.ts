import { readHousingDeadlines } from './settings';
import { registrationTasksFor } from './registrations';
import type { ServiceContext } from '../context';
import { addDays } from '../../../shared/domain/dates';
import { placesInUse, type Placement } from '../../../shared/domain/housing/occupancy';
import { PLACEMENT_STATUSES, UNIT_STATUSES, type UnitKind, type UnitStatus } from '../../../shared/domain/housing/units';
import type { HousingHome } from '../../../shared/domain/housing/reports-api';
import { asPlacementRule, PLACEMENT_RULE_COLUMNS, type PlacementRuleRow } from './placement-rows';

/**
 * The housing staff's home screen (issue 6, point 6): what is due this week or late, the units by status, the
 * places free tonight and the households waiting. Read only; counts and unit codes, plus the tasks with the
 * person's code (housing staff see those everywhere else too).
 */

interface UnitRow {
  id: number;
  code: string;
  kind: UnitKind;
  capacity: number;
  status: UnitStatus;
}

export async function housingHome(ctx: Pick<ServiceContext, 'db' | 'today'>): Promise<HousingHome> {
  const { db, today } = ctx;
  const { dueSoonDays } = await readHousingDeadlines(db);
  // Open tasks due up to `dueSoonDays` ahead, the overdue ones included (taskStatus in deadlines.ts).
  const tasks = (await registrationTasksFor(ctx, { until: addDays(today, dueSoonDays) })).filter(
    (task) => task.status === 'overdue' || task.status === 'dueSoon',
  );

  const units: UnitRow[] = await db('housing_units').select('id', 'code', 'kind', 'capacity', 'status').orderBy('code');
  const unitsByStatus = Object.fromEntries(UNIT_STATUSES.map((status) => [status, 0])) as Record<UnitStatus, number>;
  for (const unit of units) unitsByStatus[unit.status] += 1;

  // Tonight = the night beginning today (occupancy.ts): a household leaving today has already freed its places.
  const active = units.filter((unit) => PLACEMENT_STATUSES.includes(unit.status));
  const placements: PlacementRuleRow[] = active.length === 0
    ? []
    : await db('housing_placements')
        .whereIn('unit_id', active.map((unit) => unit.id))
        .where('start_date', '<=', today)
        .select(PLACEMENT_RULE_COLUMNS);
  const byUnit = new Map<number, Placement[]>();
  for (const row of placements) {
    const list = byUnit.get(row.unit_id) ?? [];
    list.push(asPlacementRule(row));
    byUnit.set(row.unit_id, list);
  }
  let capacity = 0;
  let inUse = 0;
  let free = 0;
  const unitsWithRoom: HousingHome['unitsWithRoom'] = [];
  for (const unit of active) {
    const used = placesInUse(byUnit.get(unit.id) ?? [], today);
    const room = Math.max(0, unit.capacity - used);
    capacity += unit.capacity;
    inUse += used;
    free += room;
    if (room > 0) unitsWithRoom.push({ unitId: unit.id, unitCode: unit.code, kind: unit.kind, free: room });
  }
  unitsWithRoom.sort((a, b) => b.free - a.free || a.unitCode.localeCompare(b.unitCode));

  const waitingRow = await db('housing_waitlist').where({ status: 'waiting' }).count({ n: '*' }).first();
  return {
    today,
    tasks,
    unitsByStatus,
    freePlaces: { activeUnits: active.length, capacity, inUse, free },
    unitsWithRoom,
    waiting: Number(waitingRow?.n ?? 0),
  };
}
