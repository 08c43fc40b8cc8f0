import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../main/core';
import type { PasserelleApi } from '../../shared/api/contract';
import { apiFor, ok, signedIn } from '../helpers/api';
import { createTestCore, signInAs, type TestCore } from '../helpers/core';
import { personInput, unitInput } from '../helpers/housing';

/**
 * Retention on a team server's PostgreSQL (issue 20): a run is one transaction — a failure on its last erasure
 * leaves every record, erasure and run row as it was —, and two server processes confirming the same preview at
 * once erase once: the second waits for the first, finds the list changed, and answers CONFLICT.
 */
let core: TestCore;
let second: Core | null = null;

beforeEach(async () => {
  core = await createTestCore();
});
afterEach(async () => {
  await second?.close();
  second = null;
  await core.cleanup();
});

/** Three households with two people each, their stays ended in 2019: all past the 5-year term on 2026-11-28. */
async function seedPastTerm(): Promise<{ api: PasserelleApi; peopleIds: number[] }> {
  core.clock.set('2018-03-01T09:00:00.000Z');
  let { api } = await signedIn(core, ['housing']);
  const unit = ok(await api.housing.createUnit(unitInput({ code: 'PG-RET', status: 'active', statusDate: '2018-01-01', capacity: 10 })));
  const stays = [];
  const peopleIds: number[] = [];
  for (const name of ['Alpha', 'Beta', 'Gamma']) {
    const household = ok(
      await api.housing.createHousehold({ size: 2, notes: '', people: [personInput({ firstName: `${name}1` }), personInput({ firstName: `${name}2` })] }),
    );
    peopleIds.push(...household.people.map((p) => p.id));
    stays.push(ok(await api.housing.createPlacement({ unitId: unit.id, householdId: household.id, places: 1, start: '2018-03-05', plannedEnd: null, notes: '' })));
  }
  core.clock.set('2019-06-01T09:00:00.000Z');
  ({ api } = await signedIn(core, ['housing']));
  for (const stay of stays) ok(await api.housing.endPlacement({ id: stay.id, actualEnd: '2019-05-31', endReason: 'returned' }));
  core.clock.set('2026-11-28T09:00:00.000Z');
  ({ api } = await signedIn(core, ['housing']));
  return { api, peopleIds };
}

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of ['housing_people', 'erasures', 'retention_runs', 'housing_audit_log', 'audit_events']) {
    result[table] = Number((await core.db(table).count({ n: '*' }).first())?.n ?? 0);
  }
  return result;
}

describe('retention runs on PostgreSQL', () => {
  it('erases all or nothing: a failure on the last person rolls the whole run back', async () => {
    const { api, peopleIds } = await seedPastTerm();
    const last = Math.max(...peopleIds);
    await core.db.raw(`CREATE FUNCTION refuse_erasure() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$ LANGUAGE plpgsql`);
    await core.db.raw(`CREATE TRIGGER refuse_erasure BEFORE DELETE ON housing_people FOR EACH ROW WHEN (OLD.id = ${last}) EXECUTE FUNCTION refuse_erasure()`);
    const preview = ok(await api.retention.preview({ kind: 'housingRecords' }));
    expect(preview).toMatchObject({ count: 3, peopleCount: 6 });
    const before = await counts();

    const failed = await api.retention.run({ kind: 'housingRecords', token: preview.token });
    expect(failed.ok).toBe(false);
    expect(await counts()).toEqual(before);

    await core.db.raw('DROP TRIGGER refuse_erasure ON housing_people');
    const run = ok(await api.retention.run({ kind: 'housingRecords', token: preview.token }));
    expect(run).toMatchObject({ erasedCount: 3, peopleCount: 6 });
    const after = await counts();
    expect(after.housing_people).toBe(before.housing_people! - 6);
    expect(after.erasures).toBe(6);
    expect(after.retention_runs).toBe(1);
  });

  it('two server processes confirming the same preview at once: one erases, the other answers CONFLICT', async () => {
    const { api, peopleIds } = await seedPastTerm();
    second = await core.openSecond();
    const other = apiFor(second, (await signInAs(second, ['housing'])).caller);
    const preview = ok(await api.retention.preview({ kind: 'housingRecords' }));
    expect(ok(await other.retention.preview({ kind: 'housingRecords' })).token).toBe(preview.token);

    const results = await Promise.all([
      api.retention.run({ kind: 'housingRecords', token: preview.token }),
      other.retention.run({ kind: 'housingRecords', token: preview.token }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'retentionChangedSince' } });
    const erased = (await core.db('erasures').orderBy('record_id').pluck('record_id')).map(Number);
    expect(erased).toEqual([...peopleIds].sort((a, b) => a - b));
    expect(Number((await core.db('retention_runs').count({ n: '*' }).first())?.n)).toBe(1);
    expect(Number((await core.db('housing_people').whereIn('id', peopleIds).count({ n: '*' }).first())?.n)).toBe(0);
  });
});
