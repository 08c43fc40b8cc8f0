import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../main/core';
import { createMemoryLogger } from '../../main/log';
import { hashPassword, type ScryptCost } from '../../main/auth/password';
import { createUser } from '../../main/services/users';
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
  cleanup(): Promise<void>;
}

/**
 * A fresh core on a fresh database (in memory, or `onDisk` in its temporary data directory), with frozen
 * time and an in-memory log.
 */
export async function createTestCore(options: { onDisk?: boolean; key?: Buffer } = {}): Promise<TestCore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-test-'));
  const clock = createFakeClock();
  const logger = createMemoryLogger();
  const core = await createCore({
    dataDir,
    ...(options.onDisk ? {} : { databaseFile: ':memory:' }),
    clock,
    logger,
    passwordCost: TEST_SCRYPT_COST,
    // A random key per core: no key file, and no test can depend on another's key.
    fieldKey: { key: options.key ?? randomBytes(32) },
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
    cleanup: async () => {
      await core.close();
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
