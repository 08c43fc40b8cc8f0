import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../main/dispatch';
import { createTestCore, signInAs, type TestCore } from '../helpers/core';
import { dataOf } from '../helpers/directory';
import { housingCounts, unitInput } from '../helpers/housing';
import type { ApiResult } from '../../shared/api/result';
import type { HousingUnit } from '../../shared/domain/housing/housing-units-api';
import type { HousingHousehold } from '../../shared/domain/housing/people';
import type { HousingPlacement } from '../../shared/domain/housing/placements-api';

let core: TestCore;
let housing: Caller;
let from: HousingUnit;
let to: HousingUnit;

beforeEach(async () => {
  core = await createTestCore();
  ({ caller: housing } = await signInAs(core, ['housing']));
  from = dataOf<HousingUnit>(await core.dispatch(housing, 'housing/createUnit', unitInput({ code: 'MV-A', status: 'active', capacity: 4 })));
  to = dataOf<HousingUnit>(await core.dispatch(housing, 'housing/createUnit', unitInput({ code: 'MV-B', status: 'active', capacity: 3 })));
});
afterEach(() => core.cleanup());

async function place(unitId: number, places: number, start = '2026-11-01'): Promise<HousingPlacement> {
  const household = dataOf<HousingHousehold>(await core.dispatch(housing, 'housing/createHousehold', { size: places, notes: '', people: [] }));
  return dataOf<HousingPlacement>(
    await core.dispatch(housing, 'housing/createPlacement', { unitId, householdId: household.id, places, start, plannedEnd: null, notes: '' }),
  );
}

function moveInput(id: number, changes: Record<string, unknown> = {}) {
  return { id, date: '2026-11-20', unitId: to.id, places: 2, plannedEnd: null, notes: '', ...changes };
}

function failureOf(result: ApiResult<unknown>) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('moving a household to another unit', () => {
  it('ends the stay as transferred and starts the new one the same day', async () => {
    const stay = await place(from.id, 2);
    const moved = dataOf<{ ended: HousingPlacement; placement: HousingPlacement }>(await core.dispatch(housing, 'housing/movePlacement', moveInput(stay.id)));
    expect(moved.ended).toMatchObject({ id: stay.id, actualEnd: '2026-11-20', endReason: 'transferred' });
    expect(moved.placement).toMatchObject({ unitId: to.id, householdId: stay.householdId, start: '2026-11-20', places: 2, actualEnd: null });
    const tonight = dataOf<HousingPlacement[]>(await core.dispatch(housing, 'housing/placements', { householdId: stay.householdId, activeOn: '2026-11-20' }));
    expect(tonight.map((placement) => placement.unitId)).toEqual([to.id]);
  });

  it('refuses a move into a unit without room, naming the field, and leaves the first stay open', async () => {
    await place(to.id, 2, '2026-11-10');
    const stay = await place(from.id, 2);
    const before = await housingCounts(core);
    const error = failureOf(await core.dispatch(housing, 'housing/movePlacement', moveInput(stay.id)));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([{ path: 'places', issue: 'over_capacity', params: { date: '2026-11-20', free: 1 } }]);
    expect(await housingCounts(core)).toEqual(before);
    const [again] = dataOf<HousingPlacement[]>(await core.dispatch(housing, 'housing/placements', { householdId: stay.householdId }));
    expect(again).toMatchObject({ id: stay.id, actualEnd: null, endReason: null });
  });

  it('calls a move before the stay began a bad date, and refuses the same unit or a finished stay', async () => {
    const stay = await place(from.id, 2);
    expect(failureOf(await core.dispatch(housing, 'housing/movePlacement', moveInput(stay.id, { date: '2026-10-20' }))).fields?.[0]?.path).toBe('date');
    expect(failureOf(await core.dispatch(housing, 'housing/movePlacement', moveInput(stay.id, { unitId: from.id }))).fields).toEqual([{ path: 'unitId', issue: 'invalid_value' }]);
    dataOf(await core.dispatch(housing, 'housing/endPlacement', { id: stay.id, actualEnd: '2026-11-15', endReason: 'returned' }));
    expect(failureOf(await core.dispatch(housing, 'housing/movePlacement', moveInput(stay.id)))).toMatchObject({ code: 'CONFLICT', reason: 'placementEnded' });
  });
});
