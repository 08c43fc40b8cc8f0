import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createCore, DATABASE_FILE_NAME, type Core } from '../../main/core';
import { createServerCore } from '../../main/server/core';
import { createTestDatabase } from '../postgres/databases';
import { createMemoryLogger } from '../../main/log';
import { hashPassword, type ScryptCost } from '../../main/auth/password';
import { createUser } from '../../main/services/users/accounts';
import type { Caller } from '../../main/dispatch';
import type { Role } from '../../shared/domain/roles';
import { buildApi } from '../../shared/api/contract';
import { createFakeClock } from './clock';

/** scrypt at a cost tests can afford; the format and comparison are the same as in production. */
export const TEST_SCRYPT_COST: ScryptCost = { N: 1024, r: 8, p: 1 };
export const TEST_PASSWORD = 'correct horse battery';

export interface TestCore extends Core {
  clock: ReturnType<typeof createFakeClock>;
  logger: ReturnType<typeof createMemoryLogger>;
  dataDir: string;
  /**
   * Another core on the same records, as a second process would open them: on SQLite the same database file
   * from another data directory (the core must be `onDisk`), on PostgreSQL another server process's core on
   * the same database. Closed by the caller.
   */
  openSecond(): Promise<Core>;
  cleanup(): Promise<void>;
}

/**
 * A fresh core on a fresh database (in memory, or `onDisk` in its temporary data directory), with frozen
 * time and an in-memory log.
 */
export async function createTestCore(options: { onDisk?: boolean; key?: Buffer } = {}): Promise<TestCore> {
  if (testDatabaseEngine() === 'postgres') return createPostgresTestCore(options);
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-test-'));
  const clock = createFakeClock();
  const logger = createMemoryLogger();
  // A random key per core: no key file, and no test can depend on another's key.
  const key = options.key ?? randomBytes(32);
  const core = await createCore({
    dataDir,
    ...(options.onDisk ? {} : { databaseFile: ':memory:' }),
    clock,
    logger,
    passwordCost: TEST_SCRYPT_COST,
    fieldKey: { key },
  });
  // Getters, not a spread: a restore reopens the records, and `db` must follow.
  return {
    dispatch: core.dispatch,
    endSession: core.endSession,
    get db() {
      return core.db;
    },
    get fieldCipher() {
      return core.fieldCipher;
    },
    get problem() {
      return core.problem;
    },
    get readOnly() {
      return core.readOnly;
    },
    close: core.close,
    clock,
    logger,
    dataDir,
    openSecond: async () => {
      if (!options.onDisk) throw new Error('a second core needs the first on disk (createTestCore({ onDisk: true }))');
      const otherDir = mkdtempSync(join(tmpdir(), 'passerelle-second-'));
      const second = await createCore({
        dataDir: otherDir,
        databaseFile: join(dataDir, DATABASE_FILE_NAME),
        clock: createFakeClock(clock.now().toISOString()),
        logger: createMemoryLogger(),
        passwordCost: TEST_SCRYPT_COST,
        fieldKey: { key },
      });
      return { ...second, close: async () => { await second.close(); rmSync(otherDir, { recursive: true, force: true }); } };
    },
    cleanup: async () => {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Which engine the API suite runs on: SQLite by default, PostgreSQL in the `postgres` project of
 * vitest.config.ts (PASSERELLE_TEST_DB=postgres), where every test core is a team server's core on a fresh
 * database of the run's PostgreSQL server.
 */
export function testDatabaseEngine(): 'sqlite' | 'postgres' {
  return process.env.PASSERELLE_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

async function createPostgresTestCore(options: { key?: Buffer }): Promise<TestCore> {
  const database = await createTestDatabase(inject('postgresUrl'), { fromTemplate: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-test-'));
  const clock = createFakeClock();
  const logger = createMemoryLogger();
  const key = options.key ?? randomBytes(32);
  let core: Core;
  try {
    core = await createServerCore({ databaseUrl: database.url, fieldKey: key, clock, logger, passwordCost: TEST_SCRYPT_COST });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    ...core,
    clock,
    logger,
    dataDir,
    openSecond: () =>
      createServerCore({
        databaseUrl: database.url,
        fieldKey: key,
        clock: createFakeClock(clock.now().toISOString()),
        logger: createMemoryLogger(),
        passwordCost: TEST_SCRYPT_COST,
      }),
    cleanup: async () => {
      await core.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let callerCounter = 0;
/** A new transport-level caller (like a new window or browser tab) with no session yet. */
export function newCaller(): Caller {
  callerCounter += 1;
  return { sessionKey: `test:${callerCounter}` };
}

/** Creates a user straight through the service and signs a new caller in through dispatch. */
export async function signInAs(
  core: Core,
  roles: Role[],
  options: { username?: string; mustChangePassword?: boolean } = {},
): Promise<{ caller: Caller; userId: number; username: string }> {
  const username = options.username ?? `${roles.join('-') || 'nobody'}-${++callerCounter}`;
  const user = await createUser(
    core.db,
    {
      username,
      displayName: `Test ${username}`,
      passwordHash: await hashPassword(TEST_PASSWORD, TEST_SCRYPT_COST),
      roles,
      mustChangePassword: options.mustChangePassword ?? false,
    },
    new Date('2026-11-01T08:00:00Z'),
  );
  const caller = newCaller();
  // The contract's own client (tests/helpers/api.ts builds on this file, so it is built here directly).
  const api = buildApi((channel, input) => core.dispatch(caller, channel, input));
  const result = await api.auth.login({ username, password: TEST_PASSWORD });
  if (!result.ok) throw new Error(`sign-in failed: ${JSON.stringify(result.error)}`);
  return { caller, userId: user.id, username };
}

/** Row counts of every table, to prove a refused call wrote nothing. */
export async function tableCounts(core: Core): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['users', 'user_roles', 'settings', 'audit_events']) {
    const row = await core.db(table).count({ n: '*' }).first();
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

/** The names of every table of the schema, whichever the engine. */
export async function everyTableName(core: Core): Promise<string[]> {
  if (testDatabaseEngine() === 'postgres') {
    return core.db('pg_tables').where('schemaname', core.db.raw('current_schema()')).orderBy('tablename').pluck('tablename');
  }
  return core.db('sqlite_master').where({ type: 'table' }).whereNot('name', 'like', 'sqlite_%').orderBy('name').pluck('name');
}

/** Rows in every table: a refused call leaves each as it was. */
export async function everyTableCount(core: Core): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await everyTableName(core)) counts[name] = Number((await core.db(name).count({ n: '*' }).first())?.n ?? 0);
  return counts;
}

/**
 * The error code the engine gives for a missing table and for a unique index broken, as the log records it
 * (`describeError`): SQLite's result codes, PostgreSQL's SQLSTATE.
 */
export function engineErrorCodes(): { noSuchTable: string; uniqueBroken: string } {
  return testDatabaseEngine() === 'postgres'
    ? { noSuchTable: '42P01', uniqueBroken: '23505' }
    : { noSuchTable: 'SQLITE_ERROR', uniqueBroken: 'SQLITE_CONSTRAINT' };
}
