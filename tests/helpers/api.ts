import { afterEach, beforeEach, expect } from 'vitest';
import type { Caller } from '../../main/dispatch';
import type { Core } from '../../main/core';
import { buildApi, type PasserelleApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { Role } from '../../shared/domain/roles';
import { createTestCore, signInAs, type TestCore } from './core';

/**
 * The contract as a test calls it: `api.loans.create(input)` answers `ApiResult<Loan>`, typed from
 * shared/api like the renderer's client, through the same `core.dispatch` the transports use. No test spells
 * a channel name or casts an answer.
 */
export function apiFor(core: Core, caller: Caller): PasserelleApi {
  return buildApi((channel, input) => core.dispatch(caller, channel, input));
}

/** The data of a call that must succeed; the test fails with the error otherwise. */
export function ok<T>(result: ApiResult<T>): T {
  if (!result.ok) expect.fail(`call failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** A signed-in user's handle on a core: its typed API, its caller and its id. */
export interface SignedIn {
  api: PasserelleApi;
  caller: Caller;
  userId: number;
  username: string;
}

/** Signs a new user with these roles in on `core` and gives their typed API. */
export async function signedIn(core: Core, roles: Role[], options: Parameters<typeof signInAs>[2] = {}): Promise<SignedIn> {
  const session = await signInAs(core, roles, options);
  return { ...session, api: apiFor(core, session.caller) };
}

/** What `useTestCore` keeps for the current test: a fresh core and its first user, signed in. */
export interface TestSetup extends SignedIn {
  core: TestCore;
}

/**
 * One fresh core (in memory, or `onDisk`) per test with a user of `roles` signed in, cleaned up after the
 * test. Call at the top of a file or a describe block; read `setup.core`, `setup.api` inside the tests.
 */
export function useTestCore(roles: Role[], options: { onDisk?: boolean } = {}): TestSetup {
  const setup = {} as TestSetup;
  beforeEach(async () => {
    const core = await createTestCore(options);
    Object.assign(setup, { core }, await signedIn(core, roles));
  });
  afterEach(() => setup.core.cleanup());
  return setup;
}
