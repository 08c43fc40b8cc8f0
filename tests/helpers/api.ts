import { afterEach, beforeEach, expect } from 'vitest';
import type { Caller, Dispatch } from '../../main/dispatch';
import type { Core } from '../../main/core';
import { buildApi, type ActionOf, type Domain, type OutputOf, type PasserelleApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { Role } from '../../shared/domain/roles';
import { createTestCore, newCaller, signInAs, type TestCore } from './core';

/**
 * The contract as a test calls it: `api.loans.create(input)` answers `ApiResult<Loan>`, typed from
 * shared/api like the renderer's client, through the same `core.dispatch` the transports use. No test spells
 * a channel name or casts an answer.
 */
export function apiFor(core: Core, caller: Caller): PasserelleApi {
  return apiOver(core.dispatch, caller);
}

/** The same typed API over any dispatch: the dispatch tests build their own, with handlers replaced. */
export function apiOver(dispatch: Dispatch, caller: Caller): PasserelleApi {
  return buildApi((channel, input) => dispatch(caller, channel, input));
}

/** The API of a new caller with no session yet (a new window or browser tab): for sign-in and setup tests. */
export function signedOut(core: Core): PasserelleApi {
  return apiFor(core, newCaller());
}

/** The contract's methods with their input left untyped and their output typed as usual. */
export type UncheckedApi = { [D in Domain]: { [A in ActionOf<D>]: (input?: unknown) => Promise<ApiResult<OutputOf<D, A>>> } };

/**
 * The same API, its inputs unchecked by TypeScript: only for a test that sends what the contract refuses on
 * purpose (a wrong type, an unknown key, a value outside a list) to prove that dispatch refuses it too.
 */
export function unchecked(api: PasserelleApi): UncheckedApi {
  // The object is the same; only the compile-time check of the input is dropped.
  return api as unknown as UncheckedApi;
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
 * `username` names that user, for a test whose expectations show it (a sorted list of users).
 */
export function useTestCore(roles: Role[], options: { onDisk?: boolean; username?: string } = {}): TestSetup {
  const setup = {} as TestSetup;
  beforeEach(async () => {
    const core = await createTestCore({ onDisk: options.onDisk });
    Object.assign(setup, { core }, await signedIn(core, roles, { username: options.username }));
  });
  afterEach(() => setup.core.cleanup());
  return setup;
}
