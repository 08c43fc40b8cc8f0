import { describe, expect, it } from 'vitest';
import { compareWaitlistEntries, type WaitlistEntry, type WaitlistPriority } from '../../shared/domain/housing/waitlist';
import {
  addInput,
  defaultWaitlistSort,
  emptyWaitlistValues,
  mergeClosed,
  searchWaitlist,
  sortWaitlist,
} from '../../renderer/features/housing/waitlist/waitlist-model';

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

describe('waiting list screen model', () => {
  const row = (id: number, changes: Partial<WaitlistEntry>): WaitlistEntry => ({
    id,
    householdId: id,
    householdCode: `M-${id}AAA`,
    householdSize: 3,
    priority: 'normal',
    requestedDate: '2026-11-01',
    placesNeeded: 3,
    unitKinds: [],
    status: 'waiting',
    closedDate: null,
    placementId: null,
    rank: id,
    daysWaiting: 27,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...changes,
  });

  it('sorts by a column and keeps the list order for ties', () => {
    const rows = [row(1, { daysWaiting: 5 }), row(2, { daysWaiting: 40 }), row(3, { daysWaiting: 5 })];
    expect(sortWaitlist(rows, { column: 'days', direction: 'desc' }).map((r) => r.id)).toEqual([2, 1, 3]);
    expect(sortWaitlist(rows, { column: 'days', direction: 'asc' }).map((r) => r.id)).toEqual([1, 3, 2]);
    expect(sortWaitlist([...rows].reverse(), defaultWaitlistSort('waiting')).map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it('finds a household by part of its code, in any case', () => {
    const rows = [row(2, { householdCode: 'M-7K3Q' }), row(3, { householdCode: 'M-4XH9' })];
    expect(searchWaitlist(rows, ' m-7k ').map((r) => r.id)).toEqual([2]);
    expect(searchWaitlist(rows, '')).toHaveLength(2);
  });

  it('merges placed and withdrawn entries, latest departure first', () => {
    const placed = [row(1, { status: 'placed', closedDate: '2026-11-20', rank: null }), row(2, { status: 'placed', closedDate: '2026-10-02', rank: null })];
    const withdrawn = [row(3, { status: 'withdrawn', closedDate: '2026-11-05', rank: null }), row(4, { status: 'withdrawn', closedDate: '2026-11-20', rank: null })];
    expect(mergeClosed(placed, withdrawn).map((r) => r.id)).toEqual([4, 1, 3, 2]);
  });

  it('sends empty fields as values the server refuses by name', () => {
    const values = emptyWaitlistValues('2026-11-28');
    expect(addInput(values)).toEqual({ householdId: 0, priority: 'normal', requestedDate: '2026-11-28', placesNeeded: 0, unitKinds: [] });
    expect(addInput({ ...values, householdId: '12', placesNeeded: 4, unitKinds: ['habitat_leger'] })).toMatchObject({ householdId: 12, placesNeeded: 4, unitKinds: ['habitat_leger'] });
  });
});
