import { describe, expect, it } from 'vitest';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { housingCounts, unitInput } from '../helpers/housing';
import type { InputOf } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { HousingHousehold } from '../../shared/domain/housing/people';
import type { WaitlistEntry, WaitlistStatus } from '../../shared/domain/housing/waitlist';

// The test core's clock is frozen on 28 November 2026 (Liège), the day the days waited are counted to.
const setup = useTestCore(['housing']);

async function household(size = 3): Promise<HousingHousehold> {
  return ok(await setup.api.housing.createHousehold({ size, notes: '', people: [] }));
}

type EntryInput = InputOf<'waitlist', 'add'>;

function entryInput(householdId: number, changes: Partial<EntryInput> = {}): EntryInput {
  return { householdId, priority: 'normal', requestedDate: '2026-11-01', placesNeeded: 3, unitKinds: [], ...changes };
}

async function add(householdId: number, changes: Partial<EntryInput> = {}): Promise<WaitlistEntry> {
  return ok(await setup.api.waitlist.add(entryInput(householdId, changes)));
}

async function list(status?: WaitlistStatus): Promise<WaitlistEntry[]> {
  return ok(await setup.api.waitlist.list(status ? { status } : {}));
}

/** The list as "rank code" lines: the order is the point. */
async function ranked(): Promise<string[]> {
  return (await list()).map((entry) => `${entry.rank} ${entry.householdCode}`);
}

function fieldsOf(result: ApiResult<unknown>) {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('VALIDATION');
  return result.error.fields ?? [];
}

function refusal(result: ApiResult<unknown>) {
  expect(result.ok).toBe(false);
  return result.ok ? null : { code: result.error.code, reason: result.error.reason };
}

describe('housing waiting list', () => {
  it('ranks by priority, then the day asked, then the order entered, and counts the days waited', async () => {
    const { core } = setup;
    const [a, b, c, d] = [await household(2), await household(5), await household(1), await household(4)];
    const normal = await add(a.id, { priority: 'normal', requestedDate: '2026-10-01', placesNeeded: 2 });
    const urgent = await add(b.id, { priority: 'urgent', requestedDate: '2026-11-20', placesNeeded: 4, unitKinds: ['logement_transit', 'bail_glissant'] });
    await add(c.id, { priority: 'high', requestedDate: '2026-11-10', placesNeeded: 1 });
    await add(d.id, { priority: 'high', requestedDate: '2026-11-10', placesNeeded: 4 });
    expect(await ranked()).toEqual([`1 ${b.code}`, `2 ${c.code}`, `3 ${d.code}`, `4 ${a.code}`]);

    expect(urgent).toMatchObject({
      householdId: b.id,
      householdCode: b.code,
      householdSize: 5,
      priority: 'urgent',
      requestedDate: '2026-11-20',
      placesNeeded: 4,
      unitKinds: ['logement_transit', 'bail_glissant'],
      status: 'waiting',
      closedDate: null,
      placementId: null,
      rank: 1,
      daysWaiting: 8,
    });
    // Its rank when added was 1 of 2; the list now says where it stands among four.
    expect(normal).toMatchObject({ rank: 1, daysWaiting: 58 });
    expect((await list()).find((entry) => entry.id === normal.id)?.rank).toBe(4);

    // A day later everyone has waited one more day: nothing stored goes stale.
    core.clock.advance(86_400_000);
    Object.assign(setup, await signedIn(core, ['housing'])); // the idle session has expired overnight
    expect((await list()).map((entry) => entry.daysWaiting)).toEqual([9, 19, 19, 59]);

    // Audited by id only, in both logs.
    const events = await core.db('audit_events').where({ action: 'housing.waitlist.add' }).orderBy('id');
    expect(events.map((event: { entity: string; entity_id: string }) => [event.entity, Number(event.entity_id)])[0]).toEqual(['housing_waitlist', normal.id]);
    expect(events).toHaveLength(4);
    expect(await core.db('housing_audit_log').where({ entity: 'household', entity_id: a.id, action: 'update' })).toHaveLength(1);
  });

  it('refuses an unknown household, a household already waiting and bad fields, naming the field and writing nothing', async () => {
    const { core, api } = setup;
    const family = await household();
    await add(family.id);
    const before = await housingCounts(core);
    expect(fieldsOf(await api.waitlist.add(entryInput(9999)))).toEqual([{ path: 'householdId', issue: 'not_found' }]);
    expect(fieldsOf(await api.waitlist.add(entryInput(family.id, { priority: 'urgent' })))).toEqual([
      { path: 'householdId', issue: 'duplicate' },
    ]);
    const other = await household();
    const afterHousehold = await housingCounts(core);
    expect(fieldsOf(await api.waitlist.add(entryInput(other.id, { placesNeeded: 0 })))).toEqual([
      expect.objectContaining({ path: 'placesNeeded', issue: 'too_small' }),
    ]);
    expect(fieldsOf(await api.waitlist.add(entryInput(other.id, { requestedDate: '2026-02-30' })))[0]).toMatchObject({
      path: 'requestedDate',
    });
    expect(fieldsOf(await api.waitlist.add(entryInput(other.id, { unitKinds: ['habitat_leger', 'habitat_leger'] })))[0]).toMatchObject({
      path: 'unitKinds',
    });
    // Unchecked: 'asap' is no priority, which is the point.
    expect(fieldsOf(await unchecked(api).waitlist.add({ ...entryInput(other.id), priority: 'asap' }))[0]).toMatchObject({ path: 'priority' });
    expect(await housingCounts(core)).toEqual(afterHousehold);
    expect(afterHousehold.housing_waitlist).toBe(before.housing_waitlist);
  });

  it('updates a waiting entry (its rank follows), but not a closed one', async () => {
    const { core, api } = setup;
    const [a, b] = [await household(), await household()];
    const first = await add(a.id, { priority: 'high' });
    const second = await add(b.id, { priority: 'normal' });
    const updated = ok(await api.waitlist.update({ id: second.id, priority: 'urgent', requestedDate: '2026-11-05', placesNeeded: 2, unitKinds: ['habitat_leger'] }));
    expect(updated).toMatchObject({ rank: 1, priority: 'urgent', requestedDate: '2026-11-05', placesNeeded: 2, unitKinds: ['habitat_leger'], daysWaiting: 23 });
    expect(await ranked()).toEqual([`1 ${b.code}`, `2 ${a.code}`]);

    ok(await api.waitlist.close({ id: first.id, outcome: 'withdrawn', date: '2026-11-20' }));
    const before = await housingCounts(core);
    const changes: Omit<InputOf<'waitlist', 'update'>, 'id'> = { priority: 'urgent', requestedDate: '2026-11-01', placesNeeded: 3, unitKinds: [] };
    expect(refusal(await api.waitlist.update({ id: first.id, ...changes }))).toEqual({ code: 'CONFLICT', reason: 'waitlistEntryClosed' });
    expect(refusal(await api.waitlist.update({ id: 9999, ...changes }))).toEqual({ code: 'NOT_FOUND', reason: 'notFound.waitlistEntry' });
    expect(await housingCounts(core)).toEqual(before);
    expect((await core.db('housing_waitlist').where({ id: first.id }).first()).priority).toBe('high');
  });

  it('closes an entry on a day not before the request; the others move up; it is listed under its outcome', async () => {
    const { core, api } = setup;
    const [a, b, c] = [await household(), await household(), await household()];
    const urgent = await add(a.id, { priority: 'urgent', requestedDate: '2026-11-10' });
    await add(b.id, { priority: 'high' });
    const normal = await add(c.id, { priority: 'normal' });

    const before = await housingCounts(core);
    expect(fieldsOf(await api.waitlist.close({ id: urgent.id, outcome: 'withdrawn', date: '2026-11-09' }))).toEqual([
      { path: 'date', issue: 'before_start', params: { date: '2026-11-10' } },
    ]);
    expect(await housingCounts(core)).toEqual(before);

    // The day of the request itself is allowed.
    const withdrawn = ok(await api.waitlist.close({ id: urgent.id, outcome: 'withdrawn', date: '2026-11-10' }));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', closedDate: '2026-11-10', rank: null, daysWaiting: 0, placementId: null });
    const placed = ok(await api.waitlist.close({ id: normal.id, outcome: 'placed', date: '2026-11-15' }));
    expect(placed).toMatchObject({ status: 'placed', closedDate: '2026-11-15', rank: null, daysWaiting: 14 });
    expect(await ranked()).toEqual([`1 ${b.code}`]);
    expect((await list('withdrawn')).map((entry) => entry.id)).toEqual([urgent.id]);
    expect((await list('placed')).map((entry) => entry.id)).toEqual([normal.id]);

    const closedBefore = await housingCounts(core);
    expect(refusal(await api.waitlist.close({ id: urgent.id, outcome: 'placed', date: '2026-11-20' }))).toEqual({
      code: 'CONFLICT',
      reason: 'waitlistEntryClosed',
    });
    expect(await housingCounts(core)).toEqual(closedBefore);
    expect(await core.db('audit_events').where({ action: 'housing.waitlist.close', entity: 'housing_waitlist' })).toHaveLength(2);
  });

  it('reopens a closed entry at its old place, unless the household is waiting again', async () => {
    const { core, api } = setup;
    const [a, b] = [await household(), await household()];
    const urgent = await add(a.id, { priority: 'urgent' });
    const other = await add(b.id, { priority: 'normal' });
    const before = await housingCounts(core);
    expect(refusal(await api.waitlist.reopen({ id: urgent.id }))).toEqual({ code: 'CONFLICT', reason: 'waitlistEntryNotClosed' });
    expect(await housingCounts(core)).toEqual(before);

    ok(await api.waitlist.close({ id: urgent.id, outcome: 'withdrawn', date: '2026-11-20' }));
    expect(await ranked()).toEqual([`1 ${b.code}`]);
    const back = ok(await api.waitlist.reopen({ id: urgent.id }));
    expect(back).toMatchObject({ status: 'waiting', closedDate: null, rank: 1, daysWaiting: 27 });
    expect(await ranked()).toEqual([`1 ${a.code}`, `2 ${b.code}`]);

    // Closed again, then the household asks again under a new entry: the old one cannot come back as well.
    ok(await api.waitlist.close({ id: other.id, outcome: 'withdrawn', date: '2026-11-21' }));
    const again = await add(b.id, { priority: 'high', requestedDate: '2026-11-25' });
    const closedBefore = await housingCounts(core);
    expect(refusal(await api.waitlist.reopen({ id: other.id }))).toEqual({ code: 'CONFLICT', reason: 'householdAlreadyWaiting' });
    expect(await housingCounts(core)).toEqual(closedBefore);
    expect(await ranked()).toEqual([`1 ${a.code}`, `2 ${b.code}`]);
    expect((await list()).map((entry) => entry.id)).toEqual([urgent.id, again.id]);
    expect(refusal(await api.waitlist.reopen({ id: 9999 }))).toEqual({ code: 'NOT_FOUND', reason: 'notFound.waitlistEntry' });
  });

  it('closes the household’s entry as placed when a placement is created, in the same transaction', async () => {
    const { core, api } = setup;
    const unit = ok(await api.housing.createUnit(unitInput({ code: 'WL-1', status: 'active', capacity: 4 })));
    const [placedFamily, waitingFamily] = [await household(), await household()];
    const entry = await add(placedFamily.id, { priority: 'urgent', requestedDate: '2026-11-01' });
    const stays = await add(waitingFamily.id, { priority: 'normal', requestedDate: '2026-11-02' });

    // A refused placement leaves the entry waiting.
    const refused = await api.housing.createPlacement({
      unitId: unit.id,
      householdId: placedFamily.id,
      places: 9,
      start: '2026-11-12',
      plannedEnd: '2026-12-12',
      notes: '',
    });
    expect(fieldsOf(refused)[0]).toMatchObject({ path: 'places', issue: 'over_capacity' });
    expect((await core.db('housing_waitlist').where({ id: entry.id }).first()).status).toBe('waiting');

    const placement = ok(await api.housing.createPlacement({ unitId: unit.id, householdId: placedFamily.id, places: 3, start: '2026-11-12', plannedEnd: '2026-12-12', notes: '' }));
    const [placed] = await list('placed');
    expect(placed).toMatchObject({ id: entry.id, status: 'placed', closedDate: '2026-11-12', placementId: placement.id, rank: null, daysWaiting: 11 });
    expect(await ranked()).toEqual([`1 ${waitingFamily.code}`]);
    expect(await core.db('audit_events').where({ action: 'housing.waitlist.placed', entity: 'housing_waitlist', entity_id: String(entry.id) })).toHaveLength(1);

    // A placement starting before the request was entered closes the entry on the request day, never before it.
    const late = ok(await api.housing.createPlacement({ unitId: unit.id, householdId: waitingFamily.id, places: 1, start: '2026-10-20', plannedEnd: '2026-10-30', notes: '' }));
    expect(await core.db('housing_waitlist').where({ id: stays.id }).first()).toMatchObject({ status: 'placed', closed_date: '2026-11-02', placement_id: late.id });

    // A household not on the list: its placement touches no entry.
    const stranger = await household();
    const counts = await housingCounts(core);
    ok(await api.housing.createPlacement({ unitId: unit.id, householdId: stranger.id, places: 1, start: '2026-11-12', plannedEnd: '2026-11-20', notes: '' }));
    expect((await housingCounts(core)).housing_waitlist).toBe(counts.housing_waitlist);
    expect(await core.db('housing_waitlist').where({ status: 'waiting' })).toHaveLength(0);
  });

  it('is for housing staff only', async () => {
    const { core } = setup;
    const family = await household();
    const { api: coordinator } = await signedIn(core, ['coordinator']);
    const before = await housingCounts(core);
    expect(refusal(await coordinator.waitlist.list({}))?.code).toBe('FORBIDDEN');
    expect(refusal(await coordinator.waitlist.add(entryInput(family.id)))?.code).toBe('FORBIDDEN');
    expect(await housingCounts(core)).toEqual(before);
  });
});
