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

export interface LoginThrottle {
  /** Seconds the caller must still wait before trying this username again; 0 when an attempt is allowed. */
  secondsToWait(username: string): number;
  recordFailure(username: string): void;
  recordSuccess(username: string): void;
}

/**
 * Kept in memory per username (known or not, so it reveals nothing): a restart resets it, which is acceptable
 * for a desktop app whose API only its own window or a token holder can reach.
 */
export function createLoginThrottle(clock: Clock): LoginThrottle {
  const failures = new Map<string, { count: number; nextAllowedAt: number }>();
  return {
    secondsToWait(username) {
      const entry = failures.get(username);
      if (!entry) return 0;
      return Math.max(0, Math.ceil((entry.nextAllowedAt - clock.now().getTime()) / 1000));
    },
    recordFailure(username) {
      if (failures.size >= MAX_TRACKED_NAMES && !failures.has(username)) failures.clear();
      const count = (failures.get(username)?.count ?? 0) + 1;
      failures.set(username, { count, nextAllowedAt: clock.now().getTime() + delayAfterFailures(count) * 1000 });
    },
    recordSuccess(username) {
      failures.delete(username);
    },
  };
}
