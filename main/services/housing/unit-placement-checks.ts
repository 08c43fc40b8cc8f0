import type { Db } from '../../db/connection';
import type { FieldError } from '../../../shared/api/result';
import { firstNightOverCapacityFrom, firstOccupiedNightFrom, type Placement } from '../../../shared/domain/housing/occupancy';
import type { UnitStatus } from '../../../shared/domain/housing/units';
import { lockPlacements } from './placement-lock';
import type { ServiceContext } from '../context';
import { asPlacementRule, PLACEMENT_RULE_COLUMNS, type PlacementRuleRow } from './placement-rows';

/**
 * What a change to a unit must not break among its placements (issue 6: "the places in use never exceed a
 * unit's capacity on any day"): a lower capacity must still hold the households placed from today on, and a
 * unit closed on a day must have nobody sleeping there from that night on. Both take the
 * placements' write lock first, like every placement write (housing/placement-lock.ts, CONCURRENCY), so a placement
 * made at the same moment by another process cannot slip between the check and the change.
 */

/**
 * A closed unit is gone: nobody may sleep there from that night on. A suspended one keeps the households already
 * there and receives nobody new (createPlacement checks the status on the start day), so suspending needs no
 * empty unit.
 */
const EMPTY_STATUSES: readonly UnitStatus[] = ['closed'];

async function unitPlacements(db: Db, unitId: number): Promise<Placement[]> {
  const rows: PlacementRuleRow[] = await db('housing_placements').where({ unit_id: unitId }).select(PLACEMENT_RULE_COLUMNS);
  return rows.map(asPlacementRule);
}

/** `capacity` below_places_in_use {date, places} when the placements need more room on a night from `today` on. */
export async function capacityChangeErrors(ctx: Pick<ServiceContext, 'db' | 'today'>, unitId: number, capacity: number): Promise<FieldError[]> {
  await lockPlacements(ctx.db);
  const problem = firstNightOverCapacityFrom(await unitPlacements(ctx.db, unitId), capacity, ctx.today);
  return problem === null ? [] : [{ path: 'capacity', issue: 'below_places_in_use', params: { date: problem.night, places: problem.placesInUse } }];
}

/** `status` has_placements {date} when a household still sleeps in the unit on or after the day it would be closed. */
export async function statusChangeErrors(db: Db, unitId: number, status: UnitStatus, date: string): Promise<FieldError[]> {
  if (!EMPTY_STATUSES.includes(status)) return [];
  await lockPlacements(db);
  const night = firstOccupiedNightFrom(await unitPlacements(db, unitId), date);
  return night === null ? [] : [{ path: 'status', issue: 'has_placements', params: { date: night } }];
}
