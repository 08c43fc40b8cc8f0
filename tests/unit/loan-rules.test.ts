import { describe, expect, it } from 'vitest';
import {
  blockedSpan,
  loanDateIssues,
  loanLengthDays,
  loansInTheWay,
  mondaysBetween,
  nearestFreePeriods,
  periodsClash,
  shiftLoanDates,
  weekCells,
  type HeldPeriod,
} from '../../shared/domain/loans/booking-rules';
import { addDays, daysBetween, isRealDate, mondayOf } from '../../shared/domain/dates';

const held = (id: number, deliveryDate: string, pickupDate: string): HeldPeriod => ({ id, deliveryDate, pickupDate });

describe('calendar dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2026-01-02', -3)).toBe('2025-12-30');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('counts whole days through the daylight-saving changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // clocks go forward on 29 March 2026
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2); // and back on 25 October
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
  });

  it('finds the Monday of a week and refuses impossible dates', () => {
    expect(mondayOf('2026-01-04')).toBe('2025-12-29'); // a Sunday belongs to the week before
    expect(mondayOf('2026-01-05')).toBe('2026-01-05');
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-04-31')).toBe(false);
  });
});

describe('loan clash with buffer days', () => {
  const a = { start: '2026-01-05', end: '2026-01-16' };

  it('refuses overlapping loans and a hand-over on the same day, even without buffer', () => {
    expect(periodsClash(a, { start: '2026-01-10', end: '2026-01-20' }, 0)).toBe(true);
    expect(periodsClash(a, { start: '2026-01-16', end: '2026-01-20' }, 0)).toBe(true); // same day
    expect(periodsClash({ start: '2026-01-16', end: '2026-01-20' }, a, 0)).toBe(true); // symmetric
    expect(periodsClash(a, { start: '2026-01-01', end: '2026-01-31' }, 0)).toBe(true); // containing
  });

  it('accepts the next day without buffer', () => {
    expect(periodsClash(a, { start: '2026-01-17', end: '2026-01-20' }, 0)).toBe(false);
    expect(periodsClash({ start: '2026-01-01', end: '2026-01-04' }, a, 0)).toBe(false);
  });

  it('accepts a buffer exactly met and refuses one day short, on both sides', () => {
    // Two free days (17 and 18) between a pick-up on the 16th and a delivery on the 19th.
    expect(periodsClash(a, { start: '2026-01-19', end: '2026-01-25' }, 2)).toBe(false);
    expect(periodsClash(a, { start: '2026-01-18', end: '2026-01-25' }, 2)).toBe(true);
    // Before: picked up on the 2nd, two free days (3 and 4), delivered on the 5th.
    expect(periodsClash({ start: '2025-12-20', end: '2026-01-02' }, a, 2)).toBe(false);
    expect(periodsClash({ start: '2025-12-20', end: '2026-01-03' }, a, 2)).toBe(true);
  });

  it('counts buffer days across the new year', () => {
    const december = { start: '2025-12-01', end: '2025-12-30' };
    expect(periodsClash(december, { start: '2026-01-02', end: '2026-01-15' }, 2)).toBe(false); // 31 Dec, 1 Jan free
    expect(periodsClash(december, { start: '2026-01-01', end: '2026-01-15' }, 2)).toBe(true);
  });

  it('names the loans in the way and ignores the loan being edited', () => {
    const others = [held(1, '2026-01-05', '2026-01-16'), held(2, '2026-02-02', '2026-02-13'), held(3, '2026-03-02', '2026-03-13')];
    const candidate = { deliveryDate: '2026-01-15', pickupDate: '2026-02-03' };
    expect(loansInTheWay(candidate, others, 2).map((period) => period.id)).toEqual([1, 2]);
    expect(loansInTheWay(candidate, others, 2, 1).map((period) => period.id)).toEqual([2]);
    expect(loansInTheWay({ deliveryDate: '2026-02-16', pickupDate: '2026-02-26' }, others, 2)).toEqual([]);
  });

  it('shades the buffer around a loan', () => {
    expect(blockedSpan(held(1, '2026-01-05', '2026-01-16'), 3)).toEqual({ start: '2026-01-02', end: '2026-01-19' });
  });
});

describe('nearest free periods', () => {
  const others = [held(1, '2026-01-05', '2026-01-16'), held(2, '2026-01-26', '2026-02-06')];

  it('proposes the latest free period before and the earliest after, of the same length, nearest first', () => {
    // Wanted: 12 → 23 January (11 days), in the way of both loans; buffer 2.
    const found = nearestFreePeriods({ deliveryDate: '2026-01-12', pickupDate: '2026-01-23' }, others, 2);
    expect(found).toEqual([
      { start: '2025-12-22', end: '2026-01-02' }, // ends two free days before the 5th
      { start: '2026-02-09', end: '2026-02-20' }, // starts two free days after the 6th
    ]);
    for (const span of found) {
      expect(daysBetween(span.start, span.end)).toBe(11);
      expect(loansInTheWay({ deliveryDate: span.start, pickupDate: span.end }, others, 2)).toEqual([]);
    }
  });

  it('uses a gap between two loans when the period fits exactly', () => {
    // Gap between the 16th and the 26th with buffer 1: 18 → 24 January is free (7 days, 6 between).
    const found = nearestFreePeriods({ deliveryDate: '2026-01-14', pickupDate: '2026-01-20' }, others, 1);
    expect(found[0]).toEqual({ start: '2026-01-18', end: '2026-01-24' });
  });

  it('does not propose a period before the earliest allowed day', () => {
    const found = nearestFreePeriods({ deliveryDate: '2026-01-12', pickupDate: '2026-01-23' }, others, 2, { notBefore: '2026-01-01' });
    expect(found).toEqual([{ start: '2026-02-09', end: '2026-02-20' }]);
  });

  it('ignores the loan being edited', () => {
    // Loan 2 (26 January → 6 February) is the one being moved: its own dates are no obstacle.
    const found = nearestFreePeriods({ deliveryDate: '2026-01-17', pickupDate: '2026-01-27' }, others, 1, { selfId: 2 });
    expect(found).toEqual([
      { start: '2026-01-18', end: '2026-01-28' },
      { start: '2025-12-24', end: '2026-01-03' },
    ]);
    // Counting loan 2, the gap between the loans is too short: the nearest is after it.
    expect(nearestFreePeriods({ deliveryDate: '2026-01-17', pickupDate: '2026-01-27' }, others, 1)[0]).toEqual({
      start: '2026-02-08',
      end: '2026-02-18',
    });
  });

  it('proposes only periods delivered and picked up on usable days', () => {
    const weekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
    const wanted = { deliveryDate: '2026-01-13', pickupDate: '2026-01-25' }; // 12 days
    // Free from Monday 9 February, but 9 → Sat 21 and 10 → Sun 22 end on a weekend: Wed 11 → Mon 23.
    expect(nearestFreePeriods(wanted, others, 2, { notBefore: '2026-01-01' })).toEqual([{ start: '2026-02-09', end: '2026-02-21' }]);
    expect(nearestFreePeriods(wanted, others, 2, { usableDay: weekday, notBefore: '2026-01-01' })).toEqual([
      { start: '2026-02-11', end: '2026-02-23' },
    ]);
    // A school break from 9 to 22 February: nothing delivered during it either.
    const schoolDay = (date: string) => weekday(date) && !(date >= '2026-02-09' && date <= '2026-02-22');
    expect(nearestFreePeriods(wanted, others, 2, { usableDay: schoolDay, notBefore: '2026-01-01' })).toEqual([
      { start: '2026-02-25', end: '2026-03-09' },
    ]);
  });
});

describe('loan dates', () => {
  const dates = { deliveryDate: '2026-01-05', startDate: '2026-01-05', endDate: '2026-01-16', pickupDate: '2026-01-16' };
  const free = { minLoanDays: null, maxLoanDays: null };

  it('accepts delivery on the first day and pick-up on the last', () => {
    expect(loanDateIssues(dates, free)).toEqual([]);
    expect(loanLengthDays(dates)).toBe(12);
  });

  it('names each field out of order', () => {
    expect(loanDateIssues({ ...dates, endDate: '2026-01-04' }, free)).toContainEqual({ path: 'endDate', issue: 'end_before_start' });
    expect(loanDateIssues({ ...dates, deliveryDate: '2026-01-06' }, free)).toEqual([{ path: 'deliveryDate', issue: 'after_start' }]);
    expect(loanDateIssues({ ...dates, pickupDate: '2026-01-15' }, free)).toEqual([{ path: 'pickupDate', issue: 'before_end' }]);
    expect(loanDateIssues({ ...dates, pickupDate: '2026-01-02' }, free)).toContainEqual({ path: 'pickupDate', issue: 'before_delivery' });
  });

  it('applies the minimum and maximum length, both inclusive', () => {
    expect(loanDateIssues(dates, { minLoanDays: 12, maxLoanDays: 12 })).toEqual([]);
    expect(loanDateIssues(dates, { minLoanDays: 13, maxLoanDays: null })).toEqual([
      { path: 'endDate', issue: 'loan_too_short', params: { min: 13 } },
    ]);
    expect(loanDateIssues(dates, { minLoanDays: null, maxLoanDays: 11 })).toEqual([
      { path: 'endDate', issue: 'loan_too_long', params: { max: 11 } },
    ]);
  });

  it('moves the four dates together', () => {
    expect(shiftLoanDates({ ...dates, deliveryDate: '2026-01-02', pickupDate: '2026-01-19' }, '2026-02-09')).toEqual({
      deliveryDate: '2026-02-09',
      startDate: '2026-02-12',
      endDate: '2026-02-23',
      pickupDate: '2026-02-26',
    });
  });
});

describe('availability weeks', () => {
  it('lists the Mondays covering a range', () => {
    expect(mondaysBetween('2025-12-31', '2026-01-19')).toEqual(['2025-12-29', '2026-01-05', '2026-01-12', '2026-01-19']);
  });

  it('marks loan weeks, buffer-only weeks and free weeks', () => {
    const mondays = mondaysBetween('2026-01-05', '2026-02-08');
    const cells = weekCells(mondays, [held(7, '2026-01-14', '2026-01-23')], 3);
    // Held Wed 14 → Fri 23 January; three buffer days reach back to Sunday 11 (first week) and on to
    // Monday 26 (fourth week).
    expect(cells.map((cell) => cell.state)).toEqual(['buffer', 'loan', 'loan', 'buffer', 'free']);
    expect(cells[1]!.loanIds).toEqual([7]);
    expect(weekCells(mondays, [held(7, '2026-01-14', '2026-01-23')], 2).map((cell) => cell.state)).toEqual([
      'free',
      'loan',
      'loan',
      'free',
      'free',
    ]);
  });
});
