import type { Clock } from '../../main/clock';

/** A clock that only moves when the test says so. */
export function createFakeClock(start = '2026-11-28T09:00:00.000Z'): Clock & { advance(ms: number): void; set(iso: string): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
    set: (iso) => {
      now = new Date(iso).getTime();
    },
  };
}
