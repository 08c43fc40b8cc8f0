import { describe, expect, it } from 'vitest';
import { compareWaitlistEntries, type WaitlistPriority } from '../../shared/domain/housing/waitlist';

const entry = (id: number, priority: WaitlistPriority, requestedDate: string) => ({ id, priority, requestedDate });

describe('compareWaitlistEntries', () => {
  it('puts urgent before high before normal, whatever the day asked', () => {
    const entries = [entry(1, 'normal', '2026-01-01'), entry(2, 'high', '2026-06-01'), entry(3, 'urgent', '2026-11-27')];
    expect([...entries].sort(compareWaitlistEntries).map((e) => e.id)).toEqual([3, 2, 1]);
  });

  it('within a priority, the household that asked first comes first', () => {
    const entries = [entry(1, 'high', '2026-11-10'), entry(2, 'high', '2026-09-30'), entry(3, 'high', '2026-10-15')];
    expect([...entries].sort(compareWaitlistEntries).map((e) => e.id)).toEqual([2, 3, 1]);
  });

  it('on the same day, the entry recorded first comes first; an entry equals itself', () => {
    const [a, b] = [entry(7, 'normal', '2026-11-01'), entry(4, 'normal', '2026-11-01')];
    expect(compareWaitlistEntries(a, b)).toBeGreaterThan(0);
    expect(compareWaitlistEntries(b, a)).toBeLessThan(0);
    expect(compareWaitlistEntries(a, a)).toBe(0);
    // Dates compare as days across months and years, not as numbers.
    expect(compareWaitlistEntries(entry(1, 'urgent', '2026-12-31'), entry(2, 'urgent', '2027-01-01'))).toBeLessThan(0);
  });
});
