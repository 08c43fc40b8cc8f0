import { describe, expect, it } from 'vitest';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { housingCounts, unitInput } from '../helpers/housing';
import { moveClock } from '../helpers/move-clock';
import type { ApiResult } from '../../shared/api/result';
import type { HousingPlacement } from '../../shared/domain/housing/placements-api';

/**
 * Issue 17: the confirmation of an ended stay offers "Annuler", which reopens it through housing/reopenPlacement.
 * Only the end the user saw is undone; the unit must still have room and the household sleep nowhere else. The
 * test core's clock starts on 28 November 2026 at 10:00 in Liège.
 */

const setup = useTestCore(['housing']);

async function unit(code: string, capacity = 2) {
  return ok(await setup.api.housing.createUnit(unitInput({ code, status: 'active', capacity })));
}

async function household() {
  return ok(await setup.api.housing.createHousehold({ size: 2, notes: '', people: [] }));
}

/** A stay of two places since 20 November, planned until 20 December, ended today. */
async function endedStay(unitId: number, householdId?: number): Promise<HousingPlacement> {
  const placement = ok(
    await setup.api.housing.createPlacement({
      unitId,
      householdId: householdId ?? (await household()).id,
      places: 2,
      start: '2026-11-20',
      plannedEnd: '2026-12-20',
      notes: 'Arrivé avec un enfant',
    }),
  );
  return ok(await setup.api.housing.endPlacement({ id: placement.id, actualEnd: '2026-11-28', endReason: 'returned' }));
}

function refusal(result: ApiResult<unknown>) {
  expect(result.ok).toBe(false);
  if (result.ok) return null;
  return { code: result.error.code, reason: result.error.reason, params: result.error.params };
}

async function stored(id: number) {
  return setup.core.db('housing_placements').where({ id }).first('actual_end', 'end_reason', 'updated_at');
}

describe('undoing the end of a stay (issue 17)', () => {
  it('reopens the stay as it was: no end, its nights occupied again, audited by id only', async () => {
    const home = await unit('UNDO-1');
    const ended = await endedStay(home.id);
    expect(ok(await setup.api.housing.placements({ activeOn: '2026-11-28' }))).toEqual([]);

    const reopened = ok(await setup.api.housing.reopenPlacement({ id: ended.id, actualEnd: ended.actualEnd!, updatedAt: ended.updatedAt }));
    expect(reopened).toMatchObject({ id: ended.id, actualEnd: null, endReason: null, plannedEnd: '2026-12-20', places: 2, notes: 'Arrivé avec un enfant' });
    expect(ok(await setup.api.housing.placements({ activeOn: '2026-11-28' })).map((row) => row.id)).toEqual([ended.id]);

    const audit = await setup.core.db('audit_events').where({ action: 'housing.placement.reopen' }).select('entity', 'entity_id', 'user_id');
    expect(audit).toEqual([{ entity: 'housing_placement', entity_id: String(ended.id), user_id: setup.userId }]);
    // The household's access log gets its 'update' row, like every placement write; no note, no code in the journal.
    expect(JSON.stringify(await setup.core.db('audit_events').select())).not.toMatch(/enfant|UNDO-1/);
  });

  it('refuses an end that has changed since it was shown, and writes nothing', async () => {
    const ended = await endedStay((await unit('UNDO-2')).id);
    // Another colleague corrects the departure an hour later.
    await moveClock(setup, '2026-11-28T10:00:00.000Z');
    const corrected = ok(await setup.api.housing.endPlacement({ id: ended.id, actualEnd: '2026-11-27', endReason: 'other' }));
    const before = await housingCounts(setup.core);
    const row = await stored(ended.id);

    expect(refusal(await setup.api.housing.reopenPlacement({ id: ended.id, actualEnd: ended.actualEnd!, updatedAt: ended.updatedAt }))).toEqual({
      code: 'CONFLICT',
      reason: 'placementChangedSince',
      params: undefined,
    });
    expect(await stored(ended.id)).toEqual(row);
    expect(await housingCounts(setup.core)).toEqual(before);

    // The same day ended again later: the older version is refused too, though its day matches.
    await moveClock(setup, '2026-11-28T11:00:00.000Z');
    ok(await setup.api.housing.endPlacement({ id: ended.id, actualEnd: '2026-11-27', endReason: 'returned' }));
    expect(refusal(await setup.api.housing.reopenPlacement({ id: ended.id, actualEnd: '2026-11-27', updatedAt: corrected.updatedAt }))?.reason).toBe(
      'placementChangedSince',
    );
    expect((await stored(ended.id))?.actual_end).toBe('2026-11-27');
  });

  it('refuses a stay that is still open', async () => {
    const open = ok(
      await setup.api.housing.createPlacement({ unitId: (await unit('UNDO-3')).id, householdId: (await household()).id, places: 1, start: '2026-11-20', plannedEnd: null, notes: '' }),
    );
    const before = await housingCounts(setup.core);
    expect(refusal(await setup.api.housing.reopenPlacement({ id: open.id, actualEnd: '2026-11-28', updatedAt: open.updatedAt }))?.reason).toBe('placementNotEnded');
    expect(await housingCounts(setup.core)).toEqual(before);
  });

  it('refuses when the unit has been given to someone since, naming the first night without room', async () => {
    const home = await unit('UNDO-4', 2);
    const ended = await endedStay(home.id);
    // The two places go to another household from 1 December.
    ok(await setup.api.housing.createPlacement({ unitId: home.id, householdId: (await household()).id, places: 2, start: '2026-12-01', plannedEnd: null, notes: '' }));
    const before = await housingCounts(setup.core);
    const row = await stored(ended.id);

    expect(refusal(await setup.api.housing.reopenPlacement({ id: ended.id, actualEnd: ended.actualEnd!, updatedAt: ended.updatedAt }))).toEqual({
      code: 'CONFLICT',
      reason: 'unitTakenSince',
      params: { date: '2026-12-01' },
    });
    expect(await stored(ended.id)).toEqual(row);
    expect(await housingCounts(setup.core)).toEqual(before);
  });

  it('refuses when the household has been placed elsewhere since', async () => {
    const family = await household();
    const ended = await endedStay((await unit('UNDO-5')).id, family.id);
    ok(await setup.api.housing.createPlacement({ unitId: (await unit('UNDO-6')).id, householdId: family.id, places: 2, start: '2026-11-28', plannedEnd: null, notes: '' }));
    const before = await housingCounts(setup.core);

    expect(refusal(await setup.api.housing.reopenPlacement({ id: ended.id, actualEnd: ended.actualEnd!, updatedAt: ended.updatedAt }))).toEqual({
      code: 'CONFLICT',
      reason: 'householdPlacedSince',
      params: { date: '2026-11-28' },
    });
    expect((await stored(ended.id))?.actual_end).toBe('2026-11-28');
    expect(await housingCounts(setup.core)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown stay, refuses a malformed input and other roles', async () => {
    expect(refusal(await setup.api.housing.reopenPlacement({ id: 999, actualEnd: '2026-11-28', updatedAt: '2026-11-28T09:00:00.000Z' }))?.reason).toBe('notFound.placement');
    const ended = await endedStay((await unit('UNDO-7')).id);
    const malformed = await unchecked(setup.api).housing.reopenPlacement({ id: ended.id, actualEnd: '2026-11-28', updatedAt: ended.updatedAt, endReason: null });
    expect(malformed.ok ? null : malformed.error.code).toBe('VALIDATION');
    const coordinator = await signedIn(setup.core, ['coordinator']);
    const forbidden = await coordinator.api.housing.reopenPlacement({ id: ended.id, actualEnd: ended.actualEnd!, updatedAt: ended.updatedAt });
    expect(forbidden.ok ? null : forbidden.error.code).toBe('FORBIDDEN');
    expect((await stored(ended.id))?.actual_end).toBe('2026-11-28');
  });
});
