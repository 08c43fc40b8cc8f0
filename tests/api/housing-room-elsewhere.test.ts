import { describe, expect, it } from 'vitest';
import { ok, useTestCore } from '../helpers/api';
import { housingCounts, unitInput, type UnitInput } from '../helpers/housing';
import type { PasserelleApi } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/result';
import type { HousingUnit } from '../../shared/domain/housing/housing-units-api';

/**
 * Issue 14, item 8: a placement refused for lack of room says where there is room — the other units with enough
 * free places on every night of the requested stay, with their kind — and writes nothing. The test core's
 * today is 28 November 2026.
 */

const setup = useTestCore(['housing']);

async function unit(api: PasserelleApi, changes: Partial<UnitInput>): Promise<HousingUnit> {
  return ok(await api.housing.createUnit(unitInput({ status: 'active', statusDate: '2026-10-01', ...changes })));
}

async function householdOf(size: number): Promise<number> {
  return ok(await setup.api.housing.createHousehold({ size, notes: '', people: [] })).id;
}

function refusal(result: ApiResult<unknown>): ApiError {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('accepted');
  expect(result.error.code).toBe('VALIDATION');
  return result.error;
}

describe('a refused placement says where there is room (issue 14, item 8)', () => {
  it('lists the units with enough places on every night of the stay, with their kind, and writes nothing', async () => {
    const { api } = setup;
    const full = await unit(api, { code: 'RM-FULL', kind: 'logement_transit', capacity: 2 });
    const roomy = await unit(api, { code: 'RM-ROOMY', kind: 'logement_transit', capacity: 5 });
    const citizen = await unit(api, { code: 'RM-HC', kind: 'hebergement_citoyen', capacity: 3 });
    // Room on the first nights only: a household arrives there on 5 December, in the middle of the stay.
    const laterFull = await unit(api, { code: 'RM-LATER', kind: 'logement_transit', capacity: 3 });
    // Room every night, but closed from 10 December.
    const closing = await unit(api, { code: 'RM-CLOSING', kind: 'logement_transit', capacity: 6 });
    ok(await api.housing.changeUnitStatus({ id: closing.id, status: 'closed', date: '2026-12-10' }));
    // Too small for three people.
    await unit(api, { code: 'RM-SMALL', kind: 'habitat_leger', capacity: 2 });
    // Not active.
    await unit(api, { code: 'RM-IDENT', kind: 'logement_transit', capacity: 8, status: 'identified' });

    ok(await api.housing.createPlacement({ unitId: full.id, householdId: await householdOf(2), places: 2, start: '2026-11-20', plannedEnd: null, notes: '' }));
    ok(await api.housing.createPlacement({ unitId: roomy.id, householdId: await householdOf(1), places: 1, start: '2026-12-01', plannedEnd: '2026-12-03', notes: '' }));
    ok(await api.housing.createPlacement({ unitId: laterFull.id, householdId: await householdOf(2), places: 2, start: '2026-12-05', plannedEnd: '2027-01-05', notes: '' }));

    const household = await householdOf(3);
    const before = await housingCounts(setup.core);
    const error = refusal(
      await api.housing.createPlacement({ unitId: full.id, householdId: household, places: 3, start: '2026-11-28', plannedEnd: '2026-12-15', notes: '' }),
    );
    expect(error.fields).toEqual([{ path: 'places', issue: 'over_capacity', params: { date: '2026-11-28', free: 0 } }]);
    // By kind (the list's order of kinds), then code; the fewest free places on any night of the stay.
    expect(error.unitsWithRoom).toEqual([
      { unitId: citizen.id, code: 'RM-HC', kind: 'hebergement_citoyen', free: 3 },
      { unitId: roomy.id, code: 'RM-ROOMY', kind: 'logement_transit', free: 4 },
    ]);
    expect(await housingCounts(setup.core)).toEqual(before);

    // The first proposal takes the household for the same stay.
    const placed = ok(await api.housing.createPlacement({ unitId: citizen.id, householdId: household, places: 3, start: '2026-11-28', plannedEnd: '2026-12-15', notes: '' }));
    expect(placed).toMatchObject({ unitId: citizen.id, places: 3, plannedEnd: '2026-12-15' });
  });

  it('for an open-ended stay, counts every night from its start on; an empty list when no unit has room', async () => {
    const { api } = setup;
    const full = await unit(api, { code: 'OE-FULL', kind: 'logement_transit', capacity: 1 });
    const later = await unit(api, { code: 'OE-LATER', kind: 'logement_transit', capacity: 2 });
    ok(await api.housing.createPlacement({ unitId: full.id, householdId: await householdOf(1), places: 1, start: '2026-11-01', plannedEnd: null, notes: '' }));
    ok(await api.housing.createPlacement({ unitId: later.id, householdId: await householdOf(2), places: 2, start: '2027-06-01', plannedEnd: '2027-06-10', notes: '' }));
    const error = refusal(
      await api.housing.createPlacement({ unitId: full.id, householdId: await householdOf(1), places: 1, start: '2026-11-28', plannedEnd: null, notes: '' }),
    );
    expect(error.unitsWithRoom).toEqual([]);
  });

  it('a refused move proposes the units with room for the new stay under the move form', async () => {
    const { api } = setup;
    const from = await unit(api, { code: 'MV-FROM', kind: 'logement_transit', capacity: 4 });
    const to = await unit(api, { code: 'MV-TO', kind: 'logement_transit', capacity: 1 });
    const other = await unit(api, { code: 'MV-OTHER', kind: 'maison_jeunes_travailleurs', capacity: 2 });
    const stay = ok(await api.housing.createPlacement({ unitId: from.id, householdId: await householdOf(2), places: 2, start: '2026-11-01', plannedEnd: null, notes: '' }));
    const before = await housingCounts(setup.core);
    const error = refusal(await api.housing.movePlacement({ id: stay.id, date: '2026-11-28', unitId: to.id, places: 2, plannedEnd: null, notes: '' }));
    expect(error.fields).toEqual([{ path: 'places', issue: 'over_capacity', params: { date: '2026-11-28', free: 1 } }]);
    // The unit it leaves is not the refused one: its places free up that day, so it shows too (the form leaves it out).
    expect(error.unitsWithRoom?.map((room) => room.code)).toEqual(['MV-FROM', 'MV-OTHER']);
    expect(error.unitsWithRoom?.find((room) => room.unitId === other.id)).toEqual({ unitId: other.id, code: 'MV-OTHER', kind: 'maison_jeunes_travailleurs', free: 2 });
    expect(await housingCounts(setup.core)).toEqual(before);
  });
});
