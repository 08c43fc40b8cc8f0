import type { Db } from '../../db/connection';
import { asPlacementRule, PLACEMENT_RULE_COLUMNS, type PlacementRuleRow } from './placement-rows';
import { unitsWithRoom, type UnitForRoom, type UnitWithRoom } from '../../../shared/domain/housing/room-elsewhere';
import type { Placement } from '../../../shared/domain/housing/occupancy';
import type { UnitKind, UnitStatus } from '../../../shared/domain/housing/units';

/**
 * The other units with room for a refused stay (issue 14, item 8; the rule in
 * shared/domain/housing/room-elsewhere.ts). Read in the refused call's transaction, after the placement lock,
 * so what it proposes is what the next write will find. Reads codes, kinds, capacities and dates only: nothing
 * about the household, nothing decrypted.
 */
export async function otherUnitsWithRoom(db: Db, refusedUnitId: number, stay: { start: string; end: string | null; places: number }): Promise<UnitWithRoom[]> {
  const units = (await db('housing_units').whereNot({ id: refusedUnitId }).select('id', 'code', 'kind', 'capacity')) as {
    id: number;
    code: string;
    kind: UnitKind;
    capacity: number;
  }[];
  if (units.length === 0) return [];
  const history = new Map<number, { status: UnitStatus; date: string }[]>();
  const changes = (await db('housing_unit_status_changes')
    .whereNot({ unit_id: refusedUnitId })
    .orderBy([{ column: 'date' }, { column: 'id' }])
    .select('unit_id', 'status', 'date')) as { unit_id: number; status: UnitStatus; date: string }[];
  for (const change of changes) history.set(change.unit_id, [...(history.get(change.unit_id) ?? []), { status: change.status, date: change.date }]);
  // Only the placements still there on the stay's first night or later can take a place from it.
  const placements = new Map<number, Placement[]>();
  const rows = (await db('housing_placements')
    .whereNot({ unit_id: refusedUnitId })
    .whereRaw('(COALESCE(actual_end, planned_end) IS NULL OR COALESCE(actual_end, planned_end) > ?)', [stay.start])
    .select(...PLACEMENT_RULE_COLUMNS)) as PlacementRuleRow[];
  for (const row of rows) placements.set(row.unit_id, [...(placements.get(row.unit_id) ?? []), asPlacementRule(row)]);
  const candidates: UnitForRoom[] = units.map((unit) => ({ ...unit, history: history.get(unit.id) ?? [], placements: placements.get(unit.id) ?? [] }));
  return unitsWithRoom(candidates, stay);
}
