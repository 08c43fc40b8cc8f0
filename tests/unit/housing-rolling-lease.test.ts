import { describe, expect, it } from 'vitest';
import {
  renewalDueDates,
  rollingLeaseAlerts,
  rollingLeaseClosingDate,
  rollingLeaseCoveredUntil,
  rollingLeaseIssues,
  rollingLeaseMaximumEnd,
  type RollingLease,
} from '../../shared/domain/housing/rolling-lease';

const lease = (overrides: Partial<RollingLease> = {}): RollingLease => ({
  subleaseStart: '2026-03-01',
  renewals: [],
  transferDate: null,
  endDate: null,
  ...overrides,
});

const kinds = (alerts: ReturnType<typeof rollingLeaseAlerts>) => alerts.map((alert) => `${alert.kind}:${alert.dueDate}`);

describe('bail glissant dates', () => {
  it('falls due on the 1st and 2nd anniversaries and ends at the 3rd at the latest', () => {
    expect(renewalDueDates('2026-03-01')).toEqual(['2027-03-01', '2028-03-01']);
    expect(rollingLeaseMaximumEnd('2026-03-01')).toBe('2029-03-01');
  });

  it('counts each anniversary from the start when the start is 29 February', () => {
    expect(renewalDueDates('2028-02-29')).toEqual(['2029-02-28', '2030-02-28']);
    expect(rollingLeaseMaximumEnd('2028-02-29')).toBe('2031-02-28');
    // 2031 is common; the fourth anniversary (2032) would be the 29th again.
  });

  it('handles a start on 31 December across years', () => {
    expect(renewalDueDates('2026-12-31')).toEqual(['2027-12-31', '2028-12-31']);
  });

  it('is covered until the anniversary after the last renewal, never beyond the maximum', () => {
    expect(rollingLeaseCoveredUntil(lease())).toBe('2027-03-01');
    expect(rollingLeaseCoveredUntil(lease({ renewals: ['2027-02-10'] }))).toBe('2028-03-01');
    expect(rollingLeaseCoveredUntil(lease({ renewals: ['2027-02-10', '2028-02-10'] }))).toBe('2029-03-01');
    expect(rollingLeaseCoveredUntil(lease({ renewals: ['2027-02-10', '2028-02-10', '2029-02-10'] }))).toBe('2029-03-01');
  });

  it('closes on the transfer or the end, whichever came first', () => {
    expect(rollingLeaseClosingDate(lease())).toBeNull();
    expect(rollingLeaseClosingDate(lease({ transferDate: '2028-05-01' }))).toBe('2028-05-01');
    expect(rollingLeaseClosingDate(lease({ endDate: '2027-09-01' }))).toBe('2027-09-01');
    expect(rollingLeaseClosingDate(lease({ transferDate: '2028-05-01', endDate: '2027-09-01' }))).toBe('2027-09-01');
  });
});

describe('bail glissant alerts', () => {
  const notice = { noticeDays: 30 };

  it('shows nothing the day before the notice starts, then the renewal from that day on', () => {
    // First due date 1 March 2027; 30 days before is 30 January 2027.
    expect(rollingLeaseAlerts(lease(), '2027-01-29', notice)).toEqual([]);
    const onTheDay = rollingLeaseAlerts(lease(), '2027-01-30', notice);
    expect(onTheDay).toEqual([
      { kind: 'renewal_due', dueDate: '2027-03-01', alertDate: '2027-01-30', renewal: 1, overdue: false, daysLeft: 30 },
    ]);
    expect(kinds(rollingLeaseAlerts(lease(), '2027-01-31', notice))).toEqual(['renewal_due:2027-03-01']);
  });

  it('is due (not overdue) on the due date and overdue the day after', () => {
    const due = rollingLeaseAlerts(lease(), '2027-03-01', notice)[0]!;
    expect(due.overdue).toBe(false);
    expect(due.daysLeft).toBe(0);
    const after = rollingLeaseAlerts(lease(), '2027-03-02', notice)[0]!;
    expect(after.overdue).toBe(true);
    expect(after.daysLeft).toBe(-1);
  });

  it('stops alerting for a due date once its renewal is recorded, early or late', () => {
    expect(rollingLeaseAlerts(lease({ renewals: ['2027-02-15'] }), '2027-02-20', notice)).toEqual([]);
    expect(rollingLeaseAlerts(lease({ renewals: ['2027-03-20'] }), '2027-03-25', notice)).toEqual([]);
  });

  it('alerts for the second renewal, then the maximum, with the same notice', () => {
    const renewedOnce = lease({ renewals: ['2027-02-15'] });
    expect(rollingLeaseAlerts(renewedOnce, '2028-01-30', notice)).toEqual([]); // 2028 is a leap year: notice starts 31 Jan
    expect(kinds(rollingLeaseAlerts(renewedOnce, '2028-01-31', notice))).toEqual(['renewal_due:2028-03-01']);
    const renewedTwice = lease({ renewals: ['2027-02-15', '2028-02-15'] });
    expect(rollingLeaseAlerts(renewedTwice, '2029-01-29', notice)).toEqual([]);
    const maximum = rollingLeaseAlerts(renewedTwice, '2029-01-30', notice);
    expect(maximum).toEqual([
      { kind: 'maximum_reached', dueDate: '2029-03-01', alertDate: '2029-01-30', renewal: null, overdue: false, daysLeft: 30 },
    ]);
    expect(rollingLeaseAlerts(renewedTwice, '2029-03-02', notice)[0]!.overdue).toBe(true);
  });

  it('keeps a missed renewal on screen next to the following ones, in date order', () => {
    expect(kinds(rollingLeaseAlerts(lease(), '2029-02-15', notice))).toEqual([
      'renewal_due:2027-03-01',
      'renewal_due:2028-03-01',
      'maximum_reached:2029-03-01',
    ]);
  });

  it('stops every alert from the day of the transfer', () => {
    const transferred = lease({ renewals: ['2027-02-15'], transferDate: '2028-02-20' });
    // Before the transfer day, the second renewal (1 March 2028) is after the planned transfer: no alert for it.
    expect(rollingLeaseAlerts(transferred, '2028-02-19', notice)).toEqual([]);
    expect(rollingLeaseAlerts(transferred, '2028-02-20', notice)).toEqual([]);
    expect(rollingLeaseAlerts(transferred, '2029-03-05', notice)).toEqual([]);
  });

  it('keeps alerts for due dates before a planned transfer', () => {
    const planned = lease({ transferDate: '2027-06-01' });
    expect(kinds(rollingLeaseAlerts(planned, '2027-02-15', notice))).toEqual(['renewal_due:2027-03-01']);
    expect(rollingLeaseAlerts(planned, '2027-06-01', notice)).toEqual([]); // transferred: even the missed one goes
  });

  it('stops alerting when the sublease ends without transfer', () => {
    expect(rollingLeaseAlerts(lease({ endDate: '2027-02-01' }), '2027-02-10', notice)).toEqual([]);
  });

  it('shows an alert only on the due date itself with zero notice days', () => {
    expect(rollingLeaseAlerts(lease(), '2027-02-28', { noticeDays: 0 })).toEqual([]);
    expect(kinds(rollingLeaseAlerts(lease(), '2027-03-01', { noticeDays: 0 }))).toEqual(['renewal_due:2027-03-01']);
  });

  it('fires 29 February leases on 28 February, from the notice on', () => {
    const leap = lease({ subleaseStart: '2028-02-29' });
    expect(rollingLeaseAlerts(leap, '2029-02-18', { noticeDays: 9 })).toEqual([]);
    expect(kinds(rollingLeaseAlerts(leap, '2029-02-19', { noticeDays: 9 }))).toEqual(['renewal_due:2029-02-28']);
    expect(rollingLeaseAlerts(leap, '2029-02-28', { noticeDays: 9 })[0]!.overdue).toBe(false);
    expect(rollingLeaseAlerts(leap, '2029-03-01', { noticeDays: 9 })[0]!.overdue).toBe(true);
  });
});

describe('bail glissant date checks', () => {
  it('accepts a well-formed lease, a transfer on the maximum day included', () => {
    expect(rollingLeaseIssues(lease({ renewals: ['2027-02-15', '2028-02-15'], transferDate: '2029-03-01' }))).toEqual([]);
  });

  it('refuses a third renewal, renewals before the start or out of order', () => {
    expect(rollingLeaseIssues(lease({ renewals: ['2027-02-15', '2028-02-15', '2029-02-15'] }))).toEqual([
      { path: 'renewals', issue: 'too_many_renewals', params: { max: 2 } },
    ]);
    expect(rollingLeaseIssues(lease({ renewals: ['2026-02-01'] }))).toEqual([{ path: 'renewals', issue: 'renewal_before_start' }]);
    expect(rollingLeaseIssues(lease({ renewals: ['2028-02-15', '2027-02-15'] }))).toEqual([{ path: 'renewals', issue: 'renewals_out_of_order' }]);
  });

  it('refuses a transfer before the start or after three years, and an end before the start', () => {
    expect(rollingLeaseIssues(lease({ transferDate: '2026-02-28' }))).toEqual([{ path: 'transferDate', issue: 'before_start' }]);
    expect(rollingLeaseIssues(lease({ transferDate: '2029-03-02' }))).toEqual([
      { path: 'transferDate', issue: 'after_maximum', params: { maximumEnd: '2029-03-01' } },
    ]);
    expect(rollingLeaseIssues(lease({ endDate: '2026-02-01' }))).toEqual([{ path: 'endDate', issue: 'before_start' }]);
    expect(rollingLeaseIssues(lease({ endDate: '2029-06-01' }))).toEqual([]); // an overrun is recorded, not refused
  });
});
