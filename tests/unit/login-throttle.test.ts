import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createMemoryLoginThrottle, delayAfterFailures, type LoginThrottle } from '../../main/auth/login-throttle';
import { createDatabaseLoginThrottle } from '../../main/auth/database-login-throttle';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { createFakeClock } from '../helpers/clock';

type Clock = ReturnType<typeof createFakeClock>;
let opened: Knex | null = null;
afterEach(async () => {
  await opened?.destroy();
  opened = null;
});

const throttles: [string, (clock: Clock) => Promise<LoginThrottle>][] = [
  ['in memory (desktop)', async (clock) => createMemoryLoginThrottle(clock)],
  [
    'in the database (team server)',
    async (clock) => {
      opened = openDatabase(':memory:');
      await migrateToLatest(opened);
      return createDatabaseLoginThrottle(opened, clock);
    },
  ],
];

describe('login throttle', () => {
  it('lets three attempts through, then doubles the wait up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(delayAfterFailures)).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(delayAfterFailures(20)).toBe(300);
  });
});

describe.each(throttles)('login throttle %s', (_name, makeThrottle) => {
  it('makes the caller wait after repeated failures and forgets them after a success', async () => {
    const clock = createFakeClock();
    const throttle = await makeThrottle(clock);
    for (let attempt = 0; attempt < 4; attempt += 1) await throttle.recordFailure('amina');
    expect(await throttle.claimAttempt('amina')).toBe(2);
    expect(await throttle.claimAttempt('someone-else')).toBe(0);
    clock.advance(2_000);
    expect(await throttle.claimAttempt('amina')).toBe(0);
    await throttle.recordSuccess('amina');
    await throttle.recordFailure('amina');
    expect(await throttle.claimAttempt('amina')).toBe(0);
  });

  it('lets only one of two simultaneous attempts through once a delay applies', async () => {
    const clock = createFakeClock();
    const throttle = await makeThrottle(clock);
    for (let attempt = 0; attempt < 3; attempt += 1) await throttle.recordFailure('amina');
    clock.advance(1_000);
    const waits = await Promise.all([throttle.claimAttempt('amina'), throttle.claimAttempt('amina')]);
    // The first claim charges the delay of a fourth failure (2 s); the second must wait it.
    expect(waits.sort()).toEqual([0, 2]);
  });
});
