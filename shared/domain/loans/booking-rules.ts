/**
 * The booking rules of exhibition loans, shared by the loan form (instant feedback), the availability grid
 * and the server (which decides). Dates are "YYYY-MM-DD" calendar days, all inclusive.
 *
 * A loan holds its exhibition from its delivery day to its pick-up day. Between two loans of the same
 * exhibition, at least `bufferDays` whole days must stay free (transport, check-in, check-out): with two
 * buffer days, a loan picked up on the 10th lets the next one be delivered on the 13th. The same day never
 * serves two loans, even without buffer, because the return check must happen before the next delivery.
 */
import { addDays, daysBetween, maxDate, minDate } from '../dates';
import { schoolYearOf } from '../school-year';
import type { LoanDates } from './loans';

export interface HeldPeriod {
  id: number;
  deliveryDate: string;
  pickupDate: string;
}

export interface Span {
  start: string;
  end: string;
}

/** True when `a` and `b` leave fewer than `bufferDays` free days between them (or overlap). */
export function periodsClash(a: Span, b: Span, bufferDays: number): boolean {
  const gapAfterA = daysBetween(a.end, b.start) - 1; // free days between a's last and b's first day
  const gapAfterB = daysBetween(b.end, a.start) - 1;
  return !(gapAfterA >= bufferDays || gapAfterB >= bufferDays);
}

/** The held periods in the way of a loan from `deliveryDate` to `pickupDate`. `selfId` is the loan being edited. */
export function loansInTheWay(
  candidate: { deliveryDate: string; pickupDate: string },
  held: readonly HeldPeriod[],
  bufferDays: number,
  selfId: number | null = null,
): HeldPeriod[] {
  const span = { start: candidate.deliveryDate, end: candidate.pickupDate };
  return held.filter(
    (other) => other.id !== selfId && periodsClash(span, { start: other.deliveryDate, end: other.pickupDate }, bufferDays),
  );
}

/**
 * A waiting request is offered once no holding loan is in its way any more (cancelled, refused, moved,
 * returned early…): the same rule as a new request, with the waiting request's own id set aside.
 */
export function waitingPeriodIsFree(
  waiting: { id: number; deliveryDate: string; pickupDate: string },
  held: readonly HeldPeriod[],
  bufferDays: number,
): boolean {
  return loansInTheWay(waiting, held, bufferDays, waiting.id).length === 0;
}

/** The days a held period blocks for others, buffer included: what the availability grid shades. */
export function blockedSpan(period: HeldPeriod, bufferDays: number): Span {
  return { start: addDays(period.deliveryDate, -bufferDays), end: addDays(period.pickupDate, bufferDays) };
}

/** How far from the wanted dates free periods are looked for, each way. */
const SEARCH_HORIZON_DAYS = 366;

/**
 * The nearest free periods of the same length as `wanted` (delivery to pick-up): the latest one before it
 * (not before `notBefore`) and the earliest one after it. Those in the wanted period's school year come
 * first (a school plans by school year; a proposal in the next one rarely helps), then the nearest.
 * `usableDay` says on which days a delivery or a pick-up can happen (the server passes "a school day": not
 * a weekend, break or public holiday) and `spanFits` whether a whole period can be offered (for a school,
 * none that runs into a school break: see proposal-days.ts), so the proposals are periods the borrower can
 * actually take. Searched day by day, up to a year each way: a few hundred cheap checks.
 */
export function nearestFreePeriods(
  wanted: { deliveryDate: string; pickupDate: string },
  held: readonly HeldPeriod[],
  bufferDays: number,
  options: {
    selfId?: number | null;
    notBefore?: string;
    usableDay?: (date: string) => boolean;
    spanFits?: (span: Span) => boolean;
  } = {},
): Span[] {
  const length = daysBetween(wanted.deliveryDate, wanted.pickupDate);
  const others = held.filter((period) => period.id !== (options.selfId ?? null));
  const usable = options.usableDay ?? (() => true);
  const spanFits = options.spanFits ?? (() => true);
  const fits = (start: string) => {
    const end = addDays(start, length);
    return (
      usable(start) &&
      usable(end) &&
      spanFits({ start, end }) &&
      loansInTheWay({ deliveryDate: start, pickupDate: end }, others, bufferDays).length === 0
    );
  };
  let before: string | undefined;
  let after: string | undefined;
  for (let offset = 1; offset <= SEARCH_HORIZON_DAYS && (before === undefined || after === undefined); offset += 1) {
    const earlier = addDays(wanted.deliveryDate, -offset);
    if (before === undefined && (options.notBefore === undefined || earlier >= options.notBefore) && fits(earlier)) before = earlier;
    const later = addDays(wanted.deliveryDate, offset);
    if (after === undefined && fits(later)) after = later;
  }
  const found: Span[] = [];
  for (const start of [before, after]) {
    if (start !== undefined) found.push({ start, end: addDays(start, length) });
  }
  const wantedYear = schoolYearOf(wanted.deliveryDate).label;
  const otherYear = (span: Span) => (schoolYearOf(span.start).label === wantedYear ? 0 : 1);
  const distance = (span: Span) => Math.abs(daysBetween(wanted.deliveryDate, span.start));
  return found.sort((a, b) => otherYear(a) - otherYear(b) || distance(a) - distance(b));
}

/** Moves all four dates of a loan by the same number of days, so that its delivery falls on `deliveryDate`. */
export function shiftLoanDates(dates: LoanDates, deliveryDate: string): LoanDates {
  const offset = daysBetween(dates.deliveryDate, deliveryDate);
  return {
    deliveryDate,
    startDate: addDays(dates.startDate, offset),
    endDate: addDays(dates.endDate, offset),
    pickupDate: addDays(dates.pickupDate, offset),
  };
}

/** Days the exhibition is shown, first and last included. */
export function loanLengthDays(dates: Pick<LoanDates, 'startDate' | 'endDate'>): number {
  return daysBetween(dates.startDate, dates.endDate) + 1;
}

export type LoanDateIssue =
  | { path: 'endDate'; issue: 'end_before_start' }
  | { path: 'deliveryDate'; issue: 'after_start' }
  | { path: 'pickupDate'; issue: 'before_end' }
  | { path: 'pickupDate'; issue: 'before_delivery' }
  | { path: 'endDate'; issue: 'loan_too_short'; params: { min: number } }
  | { path: 'endDate'; issue: 'loan_too_long'; params: { max: number } };

/**
 * What is wrong with a loan's dates, field by field: the order delivery ≤ start ≤ end ≤ pick-up, and the
 * exhibition's minimum and maximum loan length.
 */
export function loanDateIssues(
  dates: LoanDates,
  bounds: { minLoanDays: number | null; maxLoanDays: number | null },
): LoanDateIssue[] {
  const issues: LoanDateIssue[] = [];
  if (dates.pickupDate < dates.deliveryDate) issues.push({ path: 'pickupDate', issue: 'before_delivery' });
  if (dates.endDate < dates.startDate) {
    issues.push({ path: 'endDate', issue: 'end_before_start' });
    return issues;
  }
  if (dates.deliveryDate > dates.startDate) issues.push({ path: 'deliveryDate', issue: 'after_start' });
  if (dates.pickupDate < dates.endDate && dates.pickupDate >= dates.deliveryDate) {
    issues.push({ path: 'pickupDate', issue: 'before_end' });
  }
  const length = loanLengthDays(dates);
  if (bounds.minLoanDays !== null && length < bounds.minLoanDays) {
    issues.push({ path: 'endDate', issue: 'loan_too_short', params: { min: bounds.minLoanDays } });
  }
  if (bounds.maxLoanDays !== null && length > bounds.maxLoanDays) {
    issues.push({ path: 'endDate', issue: 'loan_too_long', params: { max: bounds.maxLoanDays } });
  }
  return issues;
}

export type WeekState = 'free' | 'buffer' | 'loan';

export interface WeekCell {
  /** Monday of the week. */
  week: string;
  state: WeekState;
  /** Loans present in the week (held days), in delivery order. */
  loanIds: number[];
}

/**
 * One exhibition's row of the availability grid: for each week (Monday to Sunday), 'loan' when a loan holds
 * any of its days, 'buffer' when only buffer days fall in it, 'free' otherwise.
 */
export function weekCells(mondays: readonly string[], held: readonly HeldPeriod[], bufferDays: number): WeekCell[] {
  const sorted = [...held].sort((a, b) => (a.deliveryDate < b.deliveryDate ? -1 : 1));
  return mondays.map((monday) => {
    const week = { start: monday, end: addDays(monday, 6) };
    const loanIds: number[] = [];
    let buffered = false;
    for (const period of sorted) {
      const heldSpan = { start: period.deliveryDate, end: period.pickupDate };
      if (maxDate(week.start, heldSpan.start) <= minDate(week.end, heldSpan.end)) loanIds.push(period.id);
      else {
        const blocked = blockedSpan(period, bufferDays);
        if (maxDate(week.start, blocked.start) <= minDate(week.end, blocked.end)) buffered = true;
      }
    }
    return { week: monday, state: loanIds.length > 0 ? 'loan' : buffered ? 'buffer' : 'free', loanIds };
  });
}

/** The Mondays of the weeks from `from` to `to`. */
export function mondaysBetween(from: string, to: string): string[] {
  const mondays: string[] = [];
  const weekday = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (let monday = addDays(from, -weekday); monday <= to; monday = addDays(monday, 7)) mondays.push(monday);
  return mondays;
}
