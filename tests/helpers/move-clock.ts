import { ok, signedOut, type TestSetup } from './api';
import { TEST_PASSWORD } from './core';

/**
 * Moves the test's frozen clock to `iso` and signs the same user in again: the idle timeout ends a session
 * across such a jump. For a story that records what happens on a later day (a delivery or a return is
 * recorded on the day it happens, never ahead).
 */
export async function moveClock(setup: TestSetup, iso: string): Promise<void> {
  setup.core.clock.set(iso);
  setup.api = signedOut(setup.core);
  ok(await setup.api.auth.login({ username: setup.username, password: TEST_PASSWORD }));
}
