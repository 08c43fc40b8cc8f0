import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createServerCore } from '../../main/server/core';
import { MIGRATION_LOCK } from '../../main/server/open-records';
import { KNOWN_MIGRATIONS } from '../../main/db/migration-source';
import { createMemoryLogger } from '../../main/log';
import type { Core } from '../../main/core';
import { apiFor, ok } from '../helpers/api';
import { createFakeClock } from '../helpers/clock';
import { signInAs, TEST_SCRYPT_COST } from '../helpers/core';
import { createTestDatabase, type TestDatabase } from './databases';

/**
 * Issue 15, a request during a migration: a server process that starts while another migrates waits for the
 * migration lock (main/server/open-records.ts) rather than fail or migrate a second time; and a call to a
 * process already serving waits for the tables a migration holds, then answers.
 */
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshDatabase(fromTemplate: boolean): Promise<TestDatabase> {
  const database = await createTestDatabase(inject('postgresUrl'), { fromTemplate });
  cleanups.push(() => database.drop());
  return database;
}

async function client(url: string): Promise<pg.Client> {
  const connection = new pg.Client({ connectionString: url });
  await connection.connect();
  cleanups.push(() => connection.end());
  return connection;
}

/** The calls of `database` now waiting for a lock of this kind (pg_stat_activity). */
async function waitingFor(observer: pg.Client, database: string, waitEvent: 'advisory' | 'relation'): Promise<number> {
  const { rows } = await observer.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND wait_event = $2",
    [database, waitEvent],
  );
  return rows[0]!.n;
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

function settles<T>(promise: Promise<T>): { promise: Promise<T>; settled: boolean } {
  const tracked = { promise, settled: false };
  promise.then(
    () => (tracked.settled = true),
    () => (tracked.settled = true),
  );
  return tracked;
}

describe('server processes starting while another migrates', () => {
  it('wait for the migration lock, migrate once between them, and open once it is released', async () => {
    const database = await freshDatabase(false);
    const name = new URL(database.url).pathname.slice(1);
    // Another process migrating: it holds the lock for as long as its transaction lasts.
    const migrating = await client(database.url);
    await migrating.query('BEGIN');
    await migrating.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);

    const key = randomBytes(32);
    const start = (): Promise<Core> =>
      createServerCore({ databaseUrl: database.url, fieldKey: key, logger: createMemoryLogger(), clock: createFakeClock(), passwordCost: TEST_SCRYPT_COST });
    const first = settles(start());
    const second = settles(start());
    cleanups.push(async () => Promise.all([first.promise, second.promise].map((core) => core.then((opened) => opened.close(), () => undefined))));

    const observer = await client(database.url);
    await until(async () => (await waitingFor(observer, name, 'advisory')) === 2);
    expect([first.settled, second.settled]).toEqual([false, false]);
    const { rows: before } = await observer.query("SELECT to_regclass('knex_migrations') AS migrations");
    expect(before).toEqual([{ migrations: null }]); // neither has started migrating

    await migrating.query('COMMIT');
    const cores = await Promise.all([first.promise, second.promise]);
    const { rows: applied } = await observer.query<{ name: string }>('SELECT name FROM knex_migrations ORDER BY id');
    expect(applied.map((row) => row.name)).toEqual([...KNOWN_MIGRATIONS]);
    const { rows: installations } = await observer.query('SELECT count(*)::int AS n FROM installation');
    expect(installations).toEqual([{ n: 1 }]);
    // Both serve, on the same records.
    const admin = await signInAs(cores[0]!, ['admin']);
    expect(ok(await apiFor(cores[1]!, admin.caller).users.list({})).map((user) => user.username)).toContain(admin.username);
  }, 60_000);
});

describe('a process already serving while a new one migrates', () => {
  it('makes a call wait for a table the migration holds, then answers it', async () => {
    const database = await freshDatabase(true);
    const name = new URL(database.url).pathname.slice(1);
    const core = await createServerCore({
      databaseUrl: database.url,
      fieldKey: randomBytes(32),
      logger: createMemoryLogger(),
      clock: createFakeClock(),
      passwordCost: TEST_SCRYPT_COST,
    });
    cleanups.push(() => core.close());
    const admin = await signInAs(core, ['admin']);

    // What a migration's ALTER TABLE takes until its batch commits.
    const migrating = await client(database.url);
    await migrating.query('BEGIN');
    await migrating.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
    const call = settles(apiFor(core, admin.caller).users.list({}));
    const observer = await client(database.url);
    await until(async () => (await waitingFor(observer, name, 'relation')) > 0);
    expect(call.settled).toBe(false);

    await migrating.query('COMMIT');
    expect(ok(await call.promise).map((user) => user.username)).toContain(admin.username);
  }, 60_000);
});
