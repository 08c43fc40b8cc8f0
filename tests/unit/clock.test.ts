import { describe, expect, it } from 'vitest';
import { clockFromEnvironment, clockStartingAt, systemClock, type Clock } from '../../main/clock';

describe('browser-mode test clock', () => {
  it('starts at the given moment and then runs at the real pace', () => {
    let real = new Date('2026-11-28T10:00:00Z').getTime();
    const realClock: Clock = { now: () => new Date(real) };
    const clock = clockStartingAt(new Date('2027-01-20T08:00:00Z'), realClock);
    expect(clock.now().toISOString()).toBe('2027-01-20T08:00:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2027-01-20T08:01:30.000Z');
  });

  it('is the system clock unless PASSERELLE_CLOCK_START is set, and refuses an unreadable date', () => {
    expect(clockFromEnvironment({})).toBe(systemClock);
    expect(clockFromEnvironment({ PASSERELLE_CLOCK_START: '' })).toBe(systemClock);
    expect(clockFromEnvironment({ PASSERELLE_CLOCK_START: '2027-01-20T08:00:00Z' }).now().getUTCFullYear()).toBe(2027);
    expect(() => clockFromEnvironment({ PASSERELLE_CLOCK_START: 'demain' })).toThrow(/PASSERELLE_CLOCK_START/);
  });
});
