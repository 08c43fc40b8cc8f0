import type { Clock } from '../clock';

/** Free attempts before the delay starts, then 1 s, 2 s, 4 s … up to five minutes between attempts. */
const FREE_ATTEMPTS = 3;
const MAX_DELAY_SECONDS = 300;
/** Bounds memory if something hammers the login with invented usernames. */
const MAX_TRACKED_NAMES = 10_000;

export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}

/**
 * Failed sign-ins per username (known or not, so it reveals nothing). An attempt is *claimed* before the
 * password is checked: the claim already charges the delay a failure would bring, so simultaneous attempts
 * (several tabs, several server processes) cannot slip through the same free moment.
 */
export interface LoginThrottle {
  /** Seconds the caller must still wait before trying this username again; 0 when this attempt may go ahead. */
  claimAttempt(username: string): Promise<number>;
  recordFailure(username: string): Promise<void>;
  recordSuccess(username: string): Promise<void>;
}

export function secondsUntil(nextAllowedAt: number, now: number): number {
  return Math.max(0, Math.ceil((nextAllowedAt - now) / 1000));
}

/**
 * Kept in memory, for the desktop app on its own file: a restart resets it, which is acceptable for an API that
 * only its own window or a launch-token holder can reach. The team server uses the database's
 * (main/auth/database-login-throttle.ts).
 */
export function createMemoryLoginThrottle(clock: Clock): LoginThrottle {
  const failures = new Map<string, { count: number; nextAllowedAt: number }>();
  return {
    async claimAttempt(username) {
      const entry = failures.get(username);
      if (!entry) return 0;
      const now = clock.now().getTime();
      const wait = secondsUntil(entry.nextAllowedAt, now);
      if (wait > 0) return wait;
      entry.nextAllowedAt = now + delayAfterFailures(entry.count + 1) * 1000;
      return 0;
    },
    async recordFailure(username) {
      if (failures.size >= MAX_TRACKED_NAMES && !failures.has(username)) failures.clear();
      const count = (failures.get(username)?.count ?? 0) + 1;
      failures.set(username, { count, nextAllowedAt: clock.now().getTime() + delayAfterFailures(count) * 1000 });
    },
    async recordSuccess(username) {
      failures.delete(username);
    },
  };
}
