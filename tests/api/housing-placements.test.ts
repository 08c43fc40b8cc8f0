import { describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { housingCounts, unitInput, type UnitInput } from '../helpers/housing';
import type { InputOf, PasserelleApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { HousingUnit } from '../../shared/domain/housing/housing-units-api';
import type { HousingHousehold } from '../../shared/domain/housing/people';
import type { HousingPlacement } from '../../shared/domain/housing/placements-api';
import { addDays } from '../../shared/domain/dates';
import { placesInUse, type Placement } from '../../shared/domain/housing/occupancy';

const setup = useTestCore(['housing']);

let unitCounter = 0;
/** An active unit (since 1 October 2026) of 4 places unless told otherwise. */
async function activeUnit(api: PasserelleApi, changes: Partial<UnitInput> = {}): Promise<HousingUnit> {
  unitCounter += 1;
  return ok(await api.housing.createUnit(unitInput({ code: `PL-${unitCounter}`, status: 'active', ...changes })));
}

async function household(api: PasserelleApi, size = 3): Promise<HousingHousehold> {
  return ok(await api.housing.createHousehold({ size, notes: '', people: [] }));
}

type PlacementInput = InputOf<'housing', 'createPlacement'>;

function placementInput(unitId: number, householdId: number, changes: Partial<PlacementInput> = {}): PlacementInput {
  return { unitId, householdId, places: 2, start: '2026-11-01', plannedEnd: '2026-11-10', notes: '', ...changes };
}

async function place(changes: Partial<PlacementInput> & { unitId: number; householdId: number }): Promise<HousingPlacement> {
  return ok(await setup.api.housing.createPlacement(placementInput(changes.unitId, changes.householdId, changes)));
}

function fieldsOf(result: ApiResult<unknown>) {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('VALIDATION');
  return result.error.fields ?? [];
}

describe('housing placements', () => {
  it('places back to back on the same day, and answers the household by code', async () => {
    const { core, api } = setup;
    const unit = await activeUnit(api);
    const [first, second] = [await household(api), await household(api)];
    const a = await place({ unitId: unit.id, householdId: first.id, places: 3, start: '2026-11-01', plannedEnd: '2026-11-10' });
    const b = await place({ unitId: unit.id, householdId: second.id, places: 3, start: '2026-11-10', plannedEnd: '2026-11-20' });
    expect(a).toMatchObject({ unitId: unit.id, unitCode: unit.code, householdId: first.id, householdCode: first.code, places: 3, actualEnd: null, endReason: null });
    expect(b.start).toBe('2026-11-10');

    const onTenth = ok(await api.housing.placements({ unitId: unit.id, activeOn: '2026-11-10' }));
    expect(onTenth.map((placement) => placement.id)).toEqual([b.id]);
    const ofFirst = ok(await api.housing.placements({ householdId: first.id }));
    expect(ofFirst.map((placement) => placement.id)).toEqual([a.id]);

    // Ids only in both audit logs: the household's placements changed, and which placement.
    const log = await core.db('housing_audit_log').where({ entity: 'household', entity_id: first.id, action: 'update' });
    expect(log).toHaveLength(1);
    const events = await core.db('audit_events').where({ action: 'housing.placement.create' });
    expect(events.map((event: { entity_id: string }) => Number(event.entity_id)).sort()).toEqual([a.id, b.id].sort());
  });

  it('refuses one place too many, naming the field, the night and the free places, and writes nothing', async () => {
    const { core, api } = setup;
    const unit = await activeUnit(api);
    const [first, second] = [await household(api), await household(api)];
    await place({ unitId: unit.id, householdId: first.id, places: 3, start: '2026-11-01', plannedEnd: '2026-11-10' });
    const before = await housingCounts(core);
    const refused = await api.housing.createPlacement(placementInput(unit.id, second.id, { places: 2, start: '2026-10-28', plannedEnd: '2026-11-03' }));
    expect(fieldsOf(refused)).toEqual([{ path: 'places', issue: 'over_capacity', params: { date: '2026-11-01', free: 1 } }]);
    expect(await housingCounts(core)).toEqual(before);
    // One place fits; then an update asking for one more is refused too, and leaves the row as it was.
    const fits = await place({ unitId: unit.id, householdId: second.id, places: 1, start: '2026-10-28', plannedEnd: '2026-11-03' });
    const grown = await api.housing.updatePlacement({ id: fits.id, places: 2, plannedEnd: '2026-11-03', notes: '' });
    expect(fieldsOf(grown)).toEqual([{ path: 'places', issue: 'over_capacity', params: { date: '2026-11-01', free: 1 } }]);
    expect((await core.db('housing_placements').where({ id: fits.id }).first()).places).toBe(1);
    // Its own places do not count against it: shortening the same placement is fine.
    const moved = ok(await api.housing.updatePlacement({ id: fits.id, places: 2, plannedEnd: '2026-11-01', notes: 'raccourci' }));
    expect(moved).toMatchObject({ places: 2, plannedEnd: '2026-11-01', notes: 'raccourci' });
  });

  it('refuses a household in two units on the same night, but lets it move on a day', async () => {
    const { core, api } = setup;
    const [one, two] = [await activeUnit(api), await activeUnit(api)];
    const family = await household(api);
    await place({ unitId: one.id, householdId: family.id, start: '2026-11-01', plannedEnd: '2026-11-10' });
    const before = await housingCounts(core);
    const refused = await api.housing.createPlacement(placementInput(two.id, family.id, { start: '2026-11-09', plannedEnd: '2026-11-15' }));
    expect(fieldsOf(refused)).toEqual([{ path: 'householdId', issue: 'household_overlap', params: { date: '2026-11-09' } }]);
    expect(await housingCounts(core)).toEqual(before);
    await place({ unitId: two.id, householdId: family.id, start: '2026-11-10', plannedEnd: '2026-11-15' });
  });

  it('refuses bad dates, unknown unit or household, and a unit not active on the start day', async () => {
    const { core, api } = setup;
    const unit = await activeUnit(api);
    const identified = ok(await api.housing.createUnit(unitInput({ code: 'ID-1' })));
    const family = await household(api);
    const before = await housingCounts(core);
    expect(fieldsOf(await api.housing.createPlacement(placementInput(unit.id, family.id, { plannedEnd: '2026-11-01' })))).toEqual([
      { path: 'plannedEnd', issue: 'end_before_start' },
    ]);
    expect(fieldsOf(await api.housing.createPlacement(placementInput(999, 998)))).toEqual([
      { path: 'unitId', issue: 'not_found' },
      { path: 'householdId', issue: 'not_found' },
    ]);
    expect(fieldsOf(await api.housing.createPlacement(placementInput(identified.id, family.id)))).toEqual([
      { path: 'unitId', issue: 'unit_not_active' },
    ]);
    // Active since 1 October: not yet on 30 September.
    expect(fieldsOf(await api.housing.createPlacement(placementInput(unit.id, family.id, { start: '2026-09-30' })))).toEqual([
      { path: 'unitId', issue: 'unit_not_active' },
    ]);
    expect(await housingCounts(core)).toEqual(before);
    for (const call of [
      () => api.housing.updatePlacement({ id: 999, places: 1, plannedEnd: null, notes: '' }),
      () => api.housing.endPlacement({ id: 999, actualEnd: '2026-11-02', endReason: 'returned' }),
      () => api.housing.deletePlacement({ id: 999 }),
    ]) {
      expect(await call()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.placement' } });
    }
    expect(await api.housing.unitOccupancy({ unitId: 999, from: '2026-11-01', to: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'notFound.unit' },
    });
  });

  it('a suspended unit receives nobody new but keeps the households already there', async () => {
    const { api } = setup;
    const unit = await activeUnit(api);
    const [staying, newcomer] = [await household(api), await household(api)];
    const kept = await place({ unitId: unit.id, householdId: staying.id, start: '2026-11-01', plannedEnd: '2026-11-30' });
    ok(await api.housing.changeUnitStatus({ id: unit.id, status: 'suspended', date: '2026-11-15' }));
    const refused = await api.housing.createPlacement(placementInput(unit.id, newcomer.id, { start: '2026-11-16', plannedEnd: '2026-11-20' }));
    expect(fieldsOf(refused)).toEqual([{ path: 'unitId', issue: 'unit_not_active' }]);
    const there = ok(await api.housing.placements({ unitId: unit.id, activeOn: '2026-11-20' }));
    expect(there.map((placement) => placement.id)).toEqual([kept.id]);
    // Its stay may still change while the unit is suspended.
    ok(await api.housing.updatePlacement({ id: kept.id, places: 2, plannedEnd: '2026-12-05', notes: '' }));
  });

  it('ends a placement with a reason, keeps an ended stay, deletes one recorded by mistake', async () => {
    const { core, api } = setup;
    const unit = await activeUnit(api);
    const [first, second] = [await household(api), await household(api)];
    const stay = await place({ unitId: unit.id, householdId: first.id, start: '2026-11-01', plannedEnd: '2026-11-10' });
    // Unchecked: the reason is required, and left out on purpose.
    const noReason = await unchecked(api).housing.endPlacement({ id: stay.id, actualEnd: '2026-11-08' });
    expect(fieldsOf(noReason).map((field) => field.path)).toEqual(['endReason']);
    expect(fieldsOf(await api.housing.endPlacement({ id: stay.id, actualEnd: '2026-10-31', endReason: 'returned' }))).toEqual([
      { path: 'actualEnd', issue: 'before_start' },
    ]);
    const ended = ok(await api.housing.endPlacement({ id: stay.id, actualEnd: '2026-11-08', endReason: 'moved_to_housing' }));
    expect(ended).toMatchObject({ actualEnd: '2026-11-08', endReason: 'moved_to_housing', plannedEnd: '2026-11-10' });
    // The places are free from the evening of the 8th.
    await place({ unitId: unit.id, householdId: second.id, places: 4, start: '2026-11-08', plannedEnd: '2026-11-12' });
    expect(await api.housing.deletePlacement({ id: stay.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'placementEnded' } });

    const mistake = ok(await api.housing.placements({ householdId: second.id }))[0]!;
    expect(ok(await api.housing.deletePlacement({ id: mistake.id }))).toBeNull();
    expect(await core.db('housing_placements').where({ id: mistake.id }).first()).toBeUndefined();
  });

  it('staying longer than planned is checked against the capacity too', async () => {
    const { api } = setup;
    const unit = await activeUnit(api);
    const [first, second] = [await household(api), await household(api)];
    const stay = await place({ unitId: unit.id, householdId: first.id, places: 3, start: '2026-11-01', plannedEnd: '2026-11-10' });
    await place({ unitId: unit.id, householdId: second.id, places: 3, start: '2026-11-10', plannedEnd: '2026-11-20' });
    const late = await api.housing.endPlacement({ id: stay.id, actualEnd: '2026-11-12', endReason: 'moved_to_housing' });
    expect(fieldsOf(late)).toEqual([{ path: 'places', issue: 'over_capacity', params: { date: '2026-11-10', free: 1 } }]);
  });

  it('proposes the citizen hosting stay as the planned end when none is given', async () => {
    const { api } = setup;
    const usual = await activeUnit(api, { kind: 'hebergement_citoyen', citizenStayDays: null });
    const short = await activeUnit(api, { kind: 'hebergement_citoyen', citizenStayDays: 10 });
    const transit = await activeUnit(api);
    const start = '2026-11-03';
    const a = await place({ unitId: usual.id, householdId: (await household(api)).id, start, plannedEnd: null });
    const b = await place({ unitId: short.id, householdId: (await household(api)).id, start, plannedEnd: null });
    const c = await place({ unitId: transit.id, householdId: (await household(api)).id, start, plannedEnd: null });
    expect([a.plannedEnd, b.plannedEnd, c.plannedEnd]).toEqual(['2026-12-01', '2026-11-13', null]);
  });

  it('computes bed-nights, occupancy rate and peak for a period', async () => {
    const { api } = setup;
    const unit = await activeUnit(api);
    // 2 people, 25 Oct → 11 Nov: 10 nights in November; 3 people from 20 Nov, open-ended: 11 nights to 1 December.
    await place({ unitId: unit.id, householdId: (await household(api)).id, places: 2, start: '2026-10-25', plannedEnd: '2026-11-11' });
    await place({ unitId: unit.id, householdId: (await household(api)).id, places: 3, start: '2026-11-20', plannedEnd: null });
    const november = ok(await api.housing.unitOccupancy({ unitId: unit.id, from: '2026-11-01', to: '2026-12-01' }));
    expect(november).toEqual({
      unitId: unit.id,
      capacity: 4,
      from: '2026-11-01',
      to: '2026-12-01',
      nights: 30,
      bedNights: 2 * 10 + 3 * 11,
      occupancyRate: 53 / 120,
      peak: { night: '2026-11-20', places: 3 },
    });
    const empty = ok(await api.housing.unitOccupancy({ unitId: unit.id, from: '2026-11-05', to: '2026-11-05' }));
    expect(empty).toMatchObject({ nights: 0, bedNights: 0, occupancyRate: null, peak: null });
    expect(fieldsOf(await api.housing.unitOccupancy({ unitId: unit.id, from: '2026-11-05', to: '2026-11-04' }))).toEqual([
      { path: 'to', issue: 'end_before_start' },
    ]);
  });
});

describe('housing placements under concurrent writes', () => {
  it('never exceeds the capacity when two processes place households in the same unit at once', async () => {
    // Two processes on the same records: on SQLite two handles on one database file (one data directory admits
    // one process, passerelle.lock, so the second opens the file from another folder); on PostgreSQL two
    // server processes' cores on one database.
    const first = await createTestCore({ onDisk: true });
    const second = await first.openSecond();
    try {
      const { api: one } = await signedIn(first, ['housing']);
      const { api: two } = await signedIn(second, ['housing']);
      const capacity = 5;
      const unit = await activeUnit(one, { capacity });
      const households: HousingHousehold[] = [];
      for (let index = 0; index < 24; index += 1) households.push(await household(one, 1));

      // 24 requests of 1 or 2 places over overlapping nights, half from each core, all at once.
      const inputs = households.map((family, index) =>
        placementInput(unit.id, family.id, { places: 1 + (index % 2), start: addDays('2026-11-01', index % 4), plannedEnd: addDays('2026-11-05', index % 3) }),
      );
      const results = await Promise.all(inputs.map((input, index) => (index % 2 === 0 ? one : two).housing.createPlacement(input)));

      const accepted = results.filter((result) => result.ok);
      expect(accepted.length).toBeGreaterThan(0);
      // The write lock taken first makes the other process wait before it reads: every refusal is a capacity
      // refusal (without it, a writer whose snapshot went stale would answer CONFLICT databaseBusy, or worse).
      const refusals = results.flatMap((result) => (result.ok ? [] : [result.error]));
      for (const error of refusals) expect({ code: error.code, fields: error.fields?.map((field) => field.issue) }, JSON.stringify(error)).toEqual({ code: 'VALIDATION', fields: ['over_capacity'] });

      // What is stored: exactly the accepted placements, never above capacity on any night.
      const rows: { id: number; household_id: number; places: number; start_date: string; planned_end: string | null; actual_end: string | null }[] =
        await first.db('housing_placements').where({ unit_id: unit.id });
      expect(rows.map((row) => row.id).sort((a, b) => a - b)).toEqual(accepted.map((result) => (result.ok ? result.data.id : 0)).sort((a, b) => a - b));
      const placements: Placement[] = rows.map((row) => ({ householdId: row.household_id, places: row.places, start: row.start_date, plannedEnd: row.planned_end, actualEnd: row.actual_end }));
      for (let day = '2026-10-31'; day <= '2026-11-10'; day = addDays(day, 1)) expect(placesInUse(placements, day), day).toBeLessThanOrEqual(capacity);
      // Each accepted call wrote its audit rows, each refused one none.
      expect(await first.db('audit_events').where({ action: 'housing.placement.create' }).count({ n: '*' }).first()).toEqual({ n: accepted.length });
    } finally {
      await second.close();
      await first.cleanup();
    }
  });
});
