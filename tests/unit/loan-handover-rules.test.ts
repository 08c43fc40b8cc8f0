import { describe, expect, it } from 'vitest';
import {
  deliveredDates,
  deliveryDayIssue,
  deliveryWindow,
  proposedDeliveryDay,
  deliveryNotYetUntil,
  checkDayAheadIssue,
  returnDelayIssue,
  returnLimit,
  type NeighbourLoan,
} from '../../shared/domain/loans/handover-rules';
import { nearestFreePeriods } from '../../shared/domain/loans/booking-rules';
import { proposalDays } from '../../shared/domain/loans/proposal-days';

const other = (id: number, status: NeighbourLoan['status'], deliveryDate: string, pickupDate: string, returnedOn: string | null = null): NeighbourLoan => ({
  id,
  borrowerName: `École ${id}`,
  status,
  deliveryDate,
  pickupDate,
  returnedOn,
});

// The loan looked at: planned from 7 to 18 December 2026; two buffer days.
const loan = { id: 1, deliveryDate: '2026-12-07', endDate: '2026-12-18' };

describe('delivery window', () => {
  it('is closed while another loan has the exhibition, whatever its dates', () => {
    const window = deliveryWindow(loan, [other(2, 'delivered', '2026-11-09', '2026-11-20'), other(3, 'approved', '2027-03-01', '2027-03-12')], 2);
    expect(window).toEqual({ kind: 'stillOut', at: { id: 2, borrowerName: 'École 2', day: '2026-11-20' } });
    expect(deliveryDayIssue(window, '2026-12-07')).toEqual({ issue: 'exhibition_still_out', params: { borrower: 'École 2', date: '2026-11-20' } });
    expect(proposedDeliveryDay(window, '2026-12-06')).toBeNull();
  });

  it('opens after the buffer that follows the loan before, counted from its real return', () => {
    const window = deliveryWindow(loan, [other(2, 'returned', '2026-11-09', '2026-11-20', '2026-12-06'), other(3, 'refused', '2026-12-01', '2026-12-05')], 2);
    expect(window).toEqual({ kind: 'open', earliest: '2026-12-09', latest: '2026-12-18', after: { id: 2, borrowerName: 'École 2', day: '2026-12-06' } });
    expect(deliveryDayIssue(window, '2026-12-08')).toEqual({ issue: 'delivery_too_early', params: { borrower: 'École 2', date: '2026-12-09' } });
    expect(deliveryDayIssue(window, '2026-12-09')).toBeNull();
    expect(deliveryDayIssue(window, '2026-12-18')).toBeNull();
    expect(deliveryDayIssue(window, '2026-12-19')).toEqual({ issue: 'delivery_after_end', params: { date: '2026-12-18' } });
    // Today is too early: nothing yet, from the first possible day; today inside: today; past the last day shown: none.
    expect(proposedDeliveryDay(window, '2026-12-06')).toBeNull();
    expect(deliveryNotYetUntil(window, '2026-12-06')).toBe('2026-12-09');
    expect(deliveryNotYetUntil(window, '2026-12-10')).toBeNull();
    expect(proposedDeliveryDay(window, '2026-12-10')).toBe('2026-12-10');
    expect(proposedDeliveryDay(window, '2026-12-19')).toBeNull();
  });

  it('lets an early return free the days it leaves, and has no lower bound without a loan before', () => {
    const early = deliveryWindow(loan, [other(2, 'returned', '2026-11-09', '2026-12-04', '2026-11-27')], 2);
    expect(early).toMatchObject({ kind: 'open', earliest: '2026-11-30' });
    const first = deliveryWindow(loan, [other(3, 'approved', '2027-01-11', '2027-01-22')], 2);
    expect(first).toEqual({ kind: 'open', earliest: null, latest: '2026-12-18', after: null });
    expect(proposedDeliveryDay(first, '2026-11-28')).toBe('2026-11-28');
  });

  it('records a delivery or a return only on a day that has come', () => {
    expect(checkDayAheadIssue('2026-12-06', '2026-12-06')).toBeNull();
    expect(checkDayAheadIssue('2026-11-30', '2026-12-06')).toBeNull();
    expect(checkDayAheadIssue('2026-12-07', '2026-12-06')).toEqual({ issue: 'after_today', params: { date: '2026-12-06' } });
  });

  it('moves only the delivery day of an early delivery', () => {
    const dates = { deliveryDate: '2026-12-07', startDate: '2026-12-07', endDate: '2026-12-18', pickupDate: '2026-12-18' };
    expect(deliveredDates(dates, '2026-12-03')).toEqual({ ...dates, deliveryDate: '2026-12-03' });
    expect(deliveredDates(dates, '2026-12-09')).toEqual(dates);
  });
});

describe('return limit', () => {
  it('is the day before the buffer of the nearest loan still to go out', () => {
    const others = [
      other(2, 'approved', '2027-01-11', '2027-01-22'),
      other(3, 'requested', '2026-12-21', '2026-12-30'),
      other(4, 'cancelled', '2026-12-19', '2026-12-20'),
      other(5, 'returned', '2026-11-09', '2026-11-20', '2026-11-20'),
    ];
    const limit = returnLimit(loan, others, 2);
    expect(limit).toEqual({ latest: '2026-12-18', next: { id: 3, borrowerName: 'École 3', day: '2026-12-21' } });
    expect(returnDelayIssue(limit, '2026-12-18')).toBeNull();
    expect(returnDelayIssue(limit, '2026-12-19')).toEqual({
      issue: 'return_delays_loan',
      params: { borrower: 'École 3', date: '2026-12-21', latest: '2026-12-18' },
    });
    expect(returnLimit(loan, [others[3]!], 2)).toBeNull();
  });
});

describe('proposed free periods', () => {
  const winter = { kind: 'school_break' as const, startDate: '2026-12-21', endDate: '2027-01-03' };
  const newYear = { kind: 'public_holiday' as const, startDate: '2027-01-01', endDate: '2027-01-01' };

  it('never runs into a school break for a school; another venue may take the exhibition then', () => {
    const school = proposalDays([winter, newYear], true);
    const venue = proposalDays([winter, newYear], false);
    const christmas = { start: '2026-12-28', end: '2027-01-08' };
    expect(school.spanFits(christmas)).toBe(false);
    expect(school.spanFits({ start: '2026-12-07', end: '2026-12-18' })).toBe(true);
    expect(venue.spanFits(christmas)).toBe(true);
    expect(school.usableDay('2026-12-28')).toBe(false);
    expect(venue.usableDay('2026-12-28')).toBe(true);
    expect(venue.usableDay('2027-01-01')).toBe(false); // a public holiday
    expect(venue.usableDay('2027-01-02')).toBe(false); // a Saturday
  });

  it("puts the wanted school year's period first, even when the other year's is nearer", () => {
    // Wanted in late August 2027 (school year 2026–2027); June to August is taken.
    const wanted = { deliveryDate: '2027-08-23', pickupDate: '2027-08-27' };
    const found = nearestFreePeriods(wanted, [{ id: 9, deliveryDate: '2027-06-01', pickupDate: '2027-08-27' }], 2);
    // After: 30 August, 7 days away but in 2027–2028. Before: 25 May, 90 days away, in 2026–2027.
    expect(found).toEqual([
      { start: '2027-05-25', end: '2027-05-29' },
      { start: '2027-08-30', end: '2027-09-03' },
    ]);
  });
});
