import { describe, expect, it } from 'vitest';
import { createLoginThrottle, delayAfterFailures } from '../../main/auth/login-throttle';
import { createFakeClock } from '../helpers/clock';

describe('login throttle', () => {
  it('lets three attempts through, then doubles the wait up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(delayAfterFailures)).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(delayAfterFailures(20)).toBe(300);
  });

  it('makes the caller wait after repeated failures and forgets them after a success', () => {
    const clock = createFakeClock();
    const throttle = createLoginThrottle(clock);
    for (let attempt = 0; attempt < 4; attempt += 1) throttle.recordFailure('amina');
    expect(throttle.secondsToWait('amina')).toBe(2);
    expect(throttle.secondsToWait('someone-else')).toBe(0);
    clock.advance(2_000);
    expect(throttle.secondsToWait('amina')).toBe(0);
    throttle.recordSuccess('amina');
    throttle.recordFailure('amina');
    expect(throttle.secondsToWait('amina')).toBe(0);
  });
});
