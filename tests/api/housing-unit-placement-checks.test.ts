import { beforeEach, describe, expect, it } from 'vitest';
import { ok, useTestCore } from '../helpers/api';
import { housingCounts, unitFieldsInput, unitInput } from '../helpers/housing';
import type { ApiResult } from '../../shared/api/result';
import type { HousingUnit } from '../../shared/domain/housing/housing-units-api';
import type { HousingPlacement } from '../../shared/domain/housing/placements-api';

// The test core's "today" is 28 November 2026 (tests/helpers/clock.ts).
const setup = useTestCore(['housing']);
let unit: HousingUnit;

beforeEach(async () => {
  unit = ok(await setup.api.housing.createUnit(unitInput({ code: 'CAP-1', status: 'active', capacity: 4 })));
});

async function place(start: string, plannedEnd: string | null, places: number): Promise<HousingPlacement> {
  const household = ok(await setup.api.housing.createHousehold({ size: places, notes: '', people: [] }));
  return ok(await setup.api.housing.createPlacement({ unitId: unit.id, householdId: household.id, places, start, plannedEnd, notes: '' }));
}

function fieldsOf(result: ApiResult<unknown>) {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('VALIDATION');
  return result.error.fields ?? [];
}

describe('a unit change never breaks its placements', () => {
  it('refuses a capacity below the places in use from today on, naming the night and the places, and writes nothing', async () => {
    const { core, api } = setup;
    await place('2026-11-20', '2026-12-05', 2);
    await place('2026-12-01', '2026-12-10', 2);
    const before = await housingCounts(core);
    const refused = await api.housing.updateUnit({ id: unit.id, ...unitFieldsInput({ code: 'CAP-1', capacity: 3 }) });
    expect(fieldsOf(refused)).toEqual([{ path: 'capacity', issue: 'below_places_in_use', params: { date: '2026-12-01', places: 4 } }]);
    expect(await housingCounts(core)).toEqual(before);
    expect(ok(await api.housing.unit({ id: unit.id })).capacity).toBe(4);
  });

  it('lowers the capacity when past nights only were fuller, and to what is in use', async () => {
    const { api } = setup;
    await place('2026-11-01', '2026-11-10', 4);
    await place('2026-11-25', null, 2);
    const lowered = ok(await api.housing.updateUnit({ id: unit.id, ...unitFieldsInput({ code: 'CAP-1', capacity: 2 }) }));
    expect(lowered.capacity).toBe(2);
  });

  it('refuses to close a unit someone sleeps in on or after that day, and writes nothing; suspending keeps them', async () => {
    const { core, api } = setup;
    await place('2026-12-03', '2026-12-08', 1);
    const before = await housingCounts(core);
    const refused = await api.housing.changeUnitStatus({ id: unit.id, status: 'closed', date: '2026-12-01' });
    expect(fieldsOf(refused)).toEqual([{ path: 'status', issue: 'has_placements', params: { date: '2026-12-03' } }]);
    expect(await housingCounts(core)).toEqual(before);
    // Suspended: the household booked from the 3rd keeps its stay; nobody new comes (createPlacement's rule).
    const suspended = ok(await api.housing.changeUnitStatus({ id: unit.id, status: 'suspended', date: '2026-12-01' }));
    expect(suspended.status).toBe('suspended');
  });

  it('closes on the day the last household leaves (its last night is the one before)', async () => {
    const { api } = setup;
    await place('2026-11-20', '2026-12-01', 1);
    const closed = ok(await api.housing.changeUnitStatus({ id: unit.id, status: 'closed', date: '2026-12-01' }));
    expect(closed.status).toBe('closed');
  });
});
