import { describe, expect, it } from 'vitest';
import { adjacentFetchRanges, contains, eventsWithin, fetchRange, initialFetchRange, monthGrid } from '../../renderer/features/calendar/model/fetch-range';

/** Issue 19: the calendar fetches the month grid FullCalendar draws, and the grids either side ahead. */
describe('month grids', () => {
  it('start on the Monday on or before the 1st and last six weeks, as the month view draws them', () => {
    // January 2027 starts on a Friday: Monday 28 December to Sunday 7 February.
    expect(monthGrid('2027-01-15')).toEqual({ from: '2026-12-28', to: '2027-02-07' });
    // February 2027 starts on a Monday: the grid starts on the 1st.
    expect(monthGrid('2027-02-28')).toEqual({ from: '2027-02-01', to: '2027-03-14' });
    // August 2027 starts on a Sunday: six days of July first.
    expect(monthGrid('2027-08-01')).toEqual({ from: '2027-07-26', to: '2027-09-05' });
  });

  it('hold every week whose Monday is in the month, for every month of ten years', () => {
    for (let year = 2026; year < 2036; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const first = `${year}-${String(month).padStart(2, '0')}-01`;
        const grid = monthGrid(first);
        const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
        expect(grid.from <= first && last <= grid.to, first).toBe(true);
        const lastMonday = new Date(`${last}T00:00:00Z`);
        lastMonday.setUTCDate(lastMonday.getUTCDate() - ((lastMonday.getUTCDay() + 6) % 7));
        const sunday = new Date(lastMonday);
        sunday.setUTCDate(sunday.getUTCDate() + 6);
        expect(sunday.toISOString().slice(0, 10) <= grid.to, first).toBe(true);
      }
    }
  });

  it('open on the grid of today, or of the Monday of this week in the week view', () => {
    expect(initialFetchRange('month', '2026-12-02')).toEqual(monthGrid('2026-12-02'));
    // Wednesday 2 December's week starts on Monday 30 November: November's grid holds the week whole.
    expect(initialFetchRange('week', '2026-12-02')).toEqual(monthGrid('2026-11-30'));
    expect(contains(initialFetchRange('week', '2026-12-02'), { from: '2026-11-30', to: '2026-12-06' })).toBe(true);
    expect(initialFetchRange('day', '2027-01-31')).toEqual(monthGrid('2027-01-31'));
  });

  it('fetch the grid around the period, widened to the period should it be drawn wider', () => {
    const week = { range: { from: '2027-01-25', to: '2027-01-31' }, current: { from: '2027-01-25', to: '2027-01-31' } };
    expect(fetchRange(week)).toEqual(monthGrid('2027-01-25'));
    const wider = { range: { from: '2026-12-21', to: '2027-02-14' }, current: { from: '2027-01-01', to: '2027-01-31' } };
    expect(fetchRange(wider)).toEqual({ from: '2026-12-21', to: '2027-02-14' });
  });

  it('have neighbours: the grids of the months before and after', () => {
    expect(adjacentFetchRanges(monthGrid('2027-01-01'))).toEqual([monthGrid('2026-12-01'), monthGrid('2027-02-01')]);
    expect(adjacentFetchRanges(monthGrid('2027-08-01'))).toEqual([monthGrid('2027-07-01'), monthGrid('2027-09-01')]);
  });
});

describe('events within a period', () => {
  it('follow the server: overlapping the days, the end excluded, in the order received', () => {
    const events = [
      { id: 1, start: '2026-11-29T20:00', end: '2026-11-30T00:00' },
      { id: 2, start: '2026-11-29T23:00', end: '2026-11-30T01:00' },
      { id: 3, start: '2026-12-06T23:30', end: '2026-12-07T00:30' },
      { id: 4, start: '2026-12-07T00:00', end: '2026-12-07T01:00' },
      { id: 5, start: '2026-12-02T09:00', end: '2026-12-02T10:00' },
    ];
    expect(eventsWithin(events, { from: '2026-11-30', to: '2026-12-06' }).map((event) => event.id)).toEqual([2, 3, 5]);
  });
});
