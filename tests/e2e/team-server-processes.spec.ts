import { expect, test } from '@playwright/test';
import { unitInput } from '../helpers/housing';
import { schoolLoanInput } from '../helpers/loan-input';
import { schoolInput } from './fixtures';
import { ADMIN, startTeamServer, type RunningTeamServer } from './team-server';
import { addDays } from '../../shared/domain/dates';
import { placesInUse, type Placement } from '../../shared/domain/housing/occupancy';
import type { PasserelleApi } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/result';

/**
 * Issue 15, done when: two real server processes (`dist/main/server.cjs`, started together as systemd would, one
 * migrating while the other waits) on one PostgreSQL database, requests arriving at both over HTTPS at once: 24
 * simultaneous placements into one unit never exceed its capacity, and competing loan requests and approvals
 * never lend the exhibition twice. The losers hear the ordinary refusal; nothing answers INTERNAL.
 */
let server: RunningTeamServer;

test.beforeAll(async () => {
  server = await startTeamServer({ clockStart: new Date('2026-12-02T08:00:00+01:00'), processes: 2 });
});
test.afterAll(async () => {
  await server?.stop();
});

/** A user of `roles`, its first password changed, signed in on each process. */
async function onBothProcesses(username: string, roles: ('housing' | 'coordinator')[]): Promise<[PasserelleApi, PasserelleApi]> {
  const admin = await server.session(ADMIN);
  const user = { username, displayName: username, password: 'mot-de-passe-e2e-processus', roles };
  await admin.users.create(user);
  const own = await server.session(user);
  await own.auth.changePassword({ currentPassword: user.password, newPassword: `${user.password}-2` });
  const signed = { username, password: `${user.password}-2` };
  return [await server.rawSession(signed, 0), await server.rawSession(signed, 1)];
}

function refusals(results: ApiResult<unknown>[]): ApiError[] {
  return results.flatMap((result) => (result.ok ? [] : [result.error]));
}

function data<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

test('two server processes on one database: 24 placements at once never exceed the unit, a loan is lent once', async () => {
  expect(server.urls).toHaveLength(2);
  expect(server.urls[0]).not.toBe(server.urls[1]);

  const [housingA, housingB] = await onBothProcesses('c.social', ['housing']);
  const capacity = 5;
  const unit = data(await housingA.housing.createUnit(unitInput({ capacity, status: 'active' })));
  const households = [];
  for (let index = 0; index < 24; index += 1) households.push(data(await housingA.housing.createHousehold({ size: 1, notes: '', people: [] })));
  const results = await Promise.all(
    households.map((family, index) =>
      (index % 2 === 0 ? housingA : housingB).housing.createPlacement({
        unitId: unit.id,
        householdId: family.id,
        places: 1 + (index % 2),
        start: addDays('2026-11-01', index % 4),
        plannedEnd: addDays('2026-11-05', index % 3),
        notes: '',
      }),
    ),
  );
  const accepted = results.flatMap((result) => (result.ok ? [result.data] : []));
  expect(accepted.length).toBeGreaterThan(0);
  for (const error of refusals(results)) {
    expect({ code: error.code, issues: error.fields?.map((field) => field.issue) }, JSON.stringify(error)).toEqual({ code: 'VALIDATION', issues: ['over_capacity'] });
  }
  // What the server now holds, read back from the other process: the accepted ones, never over capacity.
  const stored = data(await housingB.housing.placements({ unitId: unit.id }));
  expect(stored.map((placement) => placement.id).sort((a, b) => a - b)).toEqual(accepted.map((placement) => placement.id).sort((a, b) => a - b));
  const nights: Placement[] = stored.map((row) => ({ householdId: row.householdId, places: row.places, start: row.start, plannedEnd: row.plannedEnd, actualEnd: row.actualEnd }));
  for (let day = '2026-10-31'; day <= '2026-11-10'; day = addDays(day, 1)) expect(placesInUse(nights, day), day).toBeLessThanOrEqual(capacity);

  const [coordinationA, coordinationB] = await onBothProcesses('n.verlaine', ['coordinator']);
  const exhibition = data(await coordinationA.exhibitions.list()).find((item) => item.kind === 'loanable')!;
  const schools: number[] = [];
  for (let index = 0; index < 12; index += 1) schools.push(data(await coordinationA.schools.create(schoolInput(`École ${index + 1}`))).id);
  // Twelve requests for overlapping weeks, at once on both processes: one is recorded.
  const requests = await Promise.all(
    schools.map((schoolId, index) => {
      const delivery = addDays('2027-01-11', index);
      return (index % 2 === 0 ? coordinationA : coordinationB).loans.create(schoolLoanInput(exhibition.id, schoolId, delivery, addDays(delivery, 11)));
    }),
  );
  const recorded = requests.flatMap((result) => (result.ok ? [result.data] : []));
  expect(recorded).toHaveLength(1);
  for (const error of refusals(requests)) {
    expect({ code: error.code, reason: error.reason, others: error.conflicts?.map((conflict) => conflict.otherId) }, JSON.stringify(error)).toEqual({
      code: 'CONFLICT',
      reason: 'loanConflict',
      others: [recorded[0]!.id],
    });
  }
  // The same request approved twelve times at once on both processes: approved once.
  const approvals = await Promise.all(Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? coordinationA : coordinationB).loans.approve({ id: recorded[0]!.id })));
  expect(approvals.filter((result) => result.ok)).toHaveLength(1);
  for (const error of refusals(approvals)) {
    expect({ code: error.code, reason: error.reason }, JSON.stringify(error)).toEqual({ code: 'CONFLICT', reason: 'loanStatus' });
  }
  const loans = data(await coordinationB.loans.list({}));
  expect(loans.rows.map((loan) => [loan.id, loan.status])).toEqual([[recorded[0]!.id, 'approved']]);
  const history = data(await coordinationA.loans.get({ id: recorded[0]!.id }));
  expect(history.decisions.map((decision) => decision.decision)).toEqual(['requested', 'approved']);
});
