import { beforeEach, describe, expect, it } from 'vitest';
import { ok, useTestCore } from '../helpers/api';
import { housingCounts, unitInput } from '../helpers/housing';
import type { InputOf } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { HousingUnit } from '../../shared/domain/housing/housing-units-api';
import type { HousingPlacement } from '../../shared/domain/housing/placements-api';

const setup = useTestCore(['housing']);
let from: HousingUnit;
let to: HousingUnit;

beforeEach(async () => {
  from = ok(await setup.api.housing.createUnit(unitInput({ code: 'MV-A', status: 'active', capacity: 4 })));
  to = ok(await setup.api.housing.createUnit(unitInput({ code: 'MV-B', status: 'active', capacity: 3 })));
});

async function place(unitId: number, places: number, start = '2026-11-01'): Promise<HousingPlacement> {
  const household = ok(await setup.api.housing.createHousehold({ size: places, notes: '', people: [] }));
  return ok(await setup.api.housing.createPlacement({ unitId, householdId: household.id, places, start, plannedEnd: null, notes: '' }));
}

function moveInput(id: number, changes: Partial<InputOf<'housing', 'movePlacement'>> = {}): InputOf<'housing', 'movePlacement'> {
  return { id, date: '2026-11-20', unitId: to.id, places: 2, plannedEnd: null, notes: '', ...changes };
}

function failureOf(result: ApiResult<unknown>) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('moving a household to another unit', () => {
  it('ends the stay as transferred and starts the new one the same day', async () => {
    const { api } = setup;
    const stay = await place(from.id, 2);
    const moved = ok(await api.housing.movePlacement(moveInput(stay.id)));
    expect(moved.ended).toMatchObject({ id: stay.id, actualEnd: '2026-11-20', endReason: 'transferred' });
    expect(moved.placement).toMatchObject({ unitId: to.id, householdId: stay.householdId, start: '2026-11-20', places: 2, actualEnd: null });
    const tonight = ok(await api.housing.placements({ householdId: stay.householdId, activeOn: '2026-11-20' }));
    expect(tonight.map((placement) => placement.unitId)).toEqual([to.id]);
  });

  it('refuses a move into a unit without room, naming the field, and leaves the first stay open', async () => {
    const { core, api } = setup;
    await place(to.id, 2, '2026-11-10');
    const stay = await place(from.id, 2);
    const before = await housingCounts(core);
    const error = failureOf(await api.housing.movePlacement(moveInput(stay.id)));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([{ path: 'places', issue: 'over_capacity', params: { date: '2026-11-20', free: 1 } }]);
    expect(await housingCounts(core)).toEqual(before);
    const [again] = ok(await api.housing.placements({ householdId: stay.householdId }));
    expect(again).toMatchObject({ id: stay.id, actualEnd: null, endReason: null });
  });

  it('calls a move before the stay began a bad date, and refuses the same unit or a finished stay', async () => {
    const { api } = setup;
    const stay = await place(from.id, 2);
    expect(failureOf(await api.housing.movePlacement(moveInput(stay.id, { date: '2026-10-20' }))).fields?.[0]?.path).toBe('date');
    expect(failureOf(await api.housing.movePlacement(moveInput(stay.id, { unitId: from.id }))).fields).toEqual([{ path: 'unitId', issue: 'invalid_value' }]);
    ok(await api.housing.endPlacement({ id: stay.id, actualEnd: '2026-11-15', endReason: 'returned' }));
    expect(failureOf(await api.housing.movePlacement(moveInput(stay.id)))).toMatchObject({ code: 'CONFLICT', reason: 'placementEnded' });
  });
});
