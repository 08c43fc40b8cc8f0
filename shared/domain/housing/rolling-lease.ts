/**
 * Bail glissant (rolling lease, Wallonia since 2018). domain.md: "an approved operator rents and sublets with
 * social accompaniment; 1 year, renewable, 3 years at most; the lease transfers to the occupant when the
 * objectives are met."
 *
 * Dates are calendar days "YYYY-MM-DD". The rules chosen here, where the domain is silent:
 * - Terms run from anniversary to anniversary of the sublease start: a sublease starting 1 March 2026 is
 *   renewed on 1 March 2027 and 1 March 2028 (the yearly due dates, échéances), and must have transferred (or
 *   ended) by 1 March 2029, the maximum end (the 3rd anniversary; the last day of sublease is the day before).
 * - Each anniversary is counted from the start, not from the previous one, so a sublease starting on
 *   29 February falls due on 28 February in common years and on 29 February again in leap years.
 * - A renewal is recorded by its date; the n-th renewal recorded covers the n-th due date, whether it was
 *   signed early or late (late is a missed deadline, not a refused renewal). Two renewals at most.
 * - Once transferred to the occupant (glissement) or ended, it is no longer a sublease: no more alerts. A
 *   transfer or end planned in the future silences the due dates on or after it, not those before it.
 */
import { addDays, daysBetween } from '../dates';
import { addYears } from './months';

/** One year per term, renewable twice: 3 years at most. */
export const ROLLING_LEASE_MAX_YEARS = 3;
export const ROLLING_LEASE_MAX_RENEWALS = ROLLING_LEASE_MAX_YEARS - 1;

export interface RollingLease {
  /** First day of the sublease (operator → occupant). */
  readonly subleaseStart: string;
  /** Days the yearly renewals were signed, oldest first. */
  readonly renewals: readonly string[];
  /** The lease transferred to the occupant (bail glissé), or null. */
  readonly transferDate: string | null;
  /** The sublease ended without transfer (occupant left, objectives not met), or null. */
  readonly endDate: string | null;
}

/** The yearly due dates at which the sublease must be renewed: the 1st and 2nd anniversaries. */
export function renewalDueDates(subleaseStart: string): string[] {
  return Array.from({ length: ROLLING_LEASE_MAX_RENEWALS }, (_, index) => addYears(subleaseStart, index + 1));
}

/** The 3rd anniversary: by this day the lease has transferred or the sublease has ended. */
export function rollingLeaseMaximumEnd(subleaseStart: string): string {
  return addYears(subleaseStart, ROLLING_LEASE_MAX_YEARS);
}

/** The first day the sublease is no longer covered by its terms: the anniversary after the last renewal. */
export function rollingLeaseCoveredUntil(lease: Pick<RollingLease, 'subleaseStart' | 'renewals'>): string {
  return addYears(lease.subleaseStart, Math.min(1 + lease.renewals.length, ROLLING_LEASE_MAX_YEARS));
}

/** The day it stopped being a sublease (transfer, or end if earlier), or null while it runs. */
export function rollingLeaseClosingDate(lease: Pick<RollingLease, 'transferDate' | 'endDate'>): string | null {
  const dates = [lease.transferDate, lease.endDate].filter((date): date is string => date !== null);
  return dates.length === 0 ? null : dates.reduce((a, b) => (a < b ? a : b));
}

export type RollingLeaseAlertKind = 'renewal_due' | 'maximum_reached';

export interface RollingLeaseAlert {
  readonly kind: RollingLeaseAlertKind;
  /** The anniversary concerned. */
  readonly dueDate: string;
  /** The day the alert starts showing: `noticeDays` before the due date. */
  readonly alertDate: string;
  /** 1 or 2 for a renewal; null for the maximum. */
  readonly renewal: number | null;
  /** The due date has passed with nothing recorded. */
  readonly overdue: boolean;
  /** Days left until the due date (negative once overdue). */
  readonly daysLeft: number;
}

/**
 * The alerts showing on `today`, in date order: each renewal not recorded yet and the maximum end, from
 * `noticeDays` before its date (that day included) until a renewal, a transfer or an end is recorded. An alert
 * whose date has passed stays, marked overdue: a missed renewal must not disappear from the screen.
 */
export function rollingLeaseAlerts(lease: RollingLease, today: string, options: { readonly noticeDays: number }): RollingLeaseAlert[] {
  const closing = rollingLeaseClosingDate(lease);
  if (closing !== null && closing <= today) return [];
  const stillDue = (dueDate: string) => closing === null || dueDate < closing;
  const candidates: { kind: RollingLeaseAlertKind; dueDate: string; renewal: number | null }[] = [];
  renewalDueDates(lease.subleaseStart).forEach((dueDate, index) => {
    if (lease.renewals.length <= index) candidates.push({ kind: 'renewal_due', dueDate, renewal: index + 1 });
  });
  candidates.push({ kind: 'maximum_reached', dueDate: rollingLeaseMaximumEnd(lease.subleaseStart), renewal: null });
  return candidates
    .filter((candidate) => stillDue(candidate.dueDate))
    .map((candidate) => ({
      ...candidate,
      alertDate: addDays(candidate.dueDate, -options.noticeDays),
      overdue: today > candidate.dueDate,
      daysLeft: daysBetween(today, candidate.dueDate),
    }))
    .filter((alert) => today >= alert.alertDate);
}

export type RollingLeaseIssue =
  | { path: 'renewals'; issue: 'too_many_renewals'; params: { max: number } }
  | { path: 'renewals'; issue: 'renewal_before_start' }
  | { path: 'renewals'; issue: 'renewals_out_of_order' }
  | { path: 'transferDate'; issue: 'before_start' }
  | { path: 'transferDate'; issue: 'after_maximum'; params: { maximumEnd: string } }
  | { path: 'endDate'; issue: 'before_start' };

/**
 * What is wrong with a rolling lease's dates. A transfer on the maximum end day itself is allowed (the occupant
 * takes over on the 3rd anniversary); after it, the sublease would have run more than 3 years. An end date after
 * the maximum is allowed: it records what happened (an overrun the report should see), not a plan.
 */
export function rollingLeaseIssues(lease: RollingLease): RollingLeaseIssue[] {
  const issues: RollingLeaseIssue[] = [];
  if (lease.renewals.length > ROLLING_LEASE_MAX_RENEWALS) {
    issues.push({ path: 'renewals', issue: 'too_many_renewals', params: { max: ROLLING_LEASE_MAX_RENEWALS } });
  }
  if (lease.renewals.some((date) => date < lease.subleaseStart)) issues.push({ path: 'renewals', issue: 'renewal_before_start' });
  if (lease.renewals.some((date, index) => index > 0 && date < lease.renewals[index - 1]!)) {
    issues.push({ path: 'renewals', issue: 'renewals_out_of_order' });
  }
  if (lease.transferDate !== null) {
    const maximumEnd = rollingLeaseMaximumEnd(lease.subleaseStart);
    if (lease.transferDate < lease.subleaseStart) issues.push({ path: 'transferDate', issue: 'before_start' });
    else if (lease.transferDate > maximumEnd) issues.push({ path: 'transferDate', issue: 'after_maximum', params: { maximumEnd } });
  }
  if (lease.endDate !== null && lease.endDate < lease.subleaseStart) issues.push({ path: 'endDate', issue: 'before_start' });
  return issues;
}
