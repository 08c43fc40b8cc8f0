import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/core';
import { ok, signedOut, useTestCore } from '../helpers/api';
import { housingCounts, unitInput } from '../helpers/housing';
import type { ApiResult } from '../../shared/api/result';
import type { HousingPlacement } from '../../shared/domain/housing/placements-api';

/**
 * Issue 14, item 7: a stay ends on a day that has come. The actual end is today or earlier in Liège (the app's
 * clock, not the machine's UTC day); a day still ahead is the planned end. The test core's clock starts on
 * 28 November 2026 at 10:00 in Liège.
 */

const setup = useTestCore(['housing']);

async function stay(): Promise<HousingPlacement> {
  const { api } = setup;
  const unit = ok(await api.housing.createUnit(unitInput({ code: 'FIN-1', status: 'active', capacity: 4 })));
  const household = ok(await api.housing.createHousehold({ size: 2, notes: '', people: [] }));
  return ok(await api.housing.createPlacement({ unitId: unit.id, householdId: household.id, places: 2, start: '2026-11-20', plannedEnd: '2026-12-20', notes: '' }));
}

function fieldsOf(result: ApiResult<unknown>) {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('VALIDATION');
  return result.error.fields ?? [];
}

/** Moves the clock to that instant; the idle timeout ends the session across such jumps, so sign in again. */
async function setNow(iso: string): Promise<void> {
  setup.core.clock.set(iso);
  setup.api = signedOut(setup.core);
  ok(await setup.api.auth.login({ username: setup.username, password: TEST_PASSWORD }));
}

describe('ending a stay (issue 14, item 7)', () => {
  it('refuses an actual end after today, naming today, and writes nothing', async () => {
    const placement = await stay();
    const before = await housingCounts(setup.core);
    const fields = fieldsOf(await setup.api.housing.endPlacement({ id: placement.id, actualEnd: '2026-11-29', endReason: 'returned' }));
    expect(fields).toEqual([{ path: 'actualEnd', issue: 'after_today', params: { date: '2026-11-28' } }]);
    expect(await housingCounts(setup.core)).toEqual(before);
    const [row] = ok(await setup.api.housing.placements({ householdId: placement.householdId }));
    expect(row).toMatchObject({ actualEnd: null, endReason: null, plannedEnd: '2026-12-20' });
    // Still there tonight, as the unit's sheet counts it.
    expect(ok(await setup.api.housing.placements({ activeOn: '2026-11-28' })).map((item) => item.id)).toEqual([placement.id]);
  });

  it('accepts today and earlier; a departure ahead is recorded as the planned end', async () => {
    const placement = await stay();
    const planned = ok(await setup.api.housing.updatePlacement({ id: placement.id, places: 2, plannedEnd: '2026-12-05', notes: '' }));
    expect(planned).toMatchObject({ plannedEnd: '2026-12-05', actualEnd: null });
    const ended = ok(await setup.api.housing.endPlacement({ id: placement.id, actualEnd: '2026-11-28', endReason: 'returned' }));
    expect(ended).toMatchObject({ actualEnd: '2026-11-28', endReason: 'returned' });
    // A correction to an earlier day is still possible.
    expect(ok(await setup.api.housing.endPlacement({ id: placement.id, actualEnd: '2026-11-25', endReason: 'returned' })).actualEnd).toBe('2026-11-25');
  });

  it("counts today in Liège: after midnight there it is the next day, although it is still the day before in UTC", async () => {
    const placement = await stay();
    // 23:30 in Liège on the 28th (22:30 UTC): the 29th has not come.
    await setNow('2026-11-28T22:30:00.000Z');
    expect(fieldsOf(await setup.api.housing.endPlacement({ id: placement.id, actualEnd: '2026-11-29', endReason: 'returned' }))).toEqual([
      { path: 'actualEnd', issue: 'after_today', params: { date: '2026-11-28' } },
    ]);
    // 00:30 in Liège on the 29th (23:30 UTC on the 28th): it has.
    await setNow('2026-11-28T23:30:00.000Z');
    expect(ok(await setup.api.housing.endPlacement({ id: placement.id, actualEnd: '2026-11-29', endReason: 'returned' })).actualEnd).toBe('2026-11-29');
  });

  it('refuses a move on a day ahead under the move form\'s date, and leaves both stays as they were', async () => {
    const placement = await stay();
    const other = ok(await setup.api.housing.createUnit(unitInput({ code: 'FIN-2', status: 'active', capacity: 4 })));
    const before = await housingCounts(setup.core);
    const fields = fieldsOf(
      await setup.api.housing.movePlacement({ id: placement.id, date: '2026-12-01', unitId: other.id, places: 2, plannedEnd: null, notes: '' }),
    );
    expect(fields).toEqual([{ path: 'date', issue: 'after_today', params: { date: '2026-11-28' } }]);
    expect(await housingCounts(setup.core)).toEqual(before);
  });
});
