/**
 * When a loan may really be delivered and returned, shared by the delivery and return forms (their default
 * day and their warnings) and the server (which decides). Dates are "YYYY-MM-DD" calendar days.
 *
 * An exhibition is in one place at a time. So a loan is delivered only once no other loan of the exhibition
 * is out (delivered and not returned), and only on a day it may hold the exhibition: from the first day that
 * leaves the exhibition's buffer free after the loan before it (an early delivery moves the loan's delivery
 * day, so it must not eat into those days) to the last day it is shown (a late delivery shortens the loan
 * and harms no one). A return after the planned pick-up day keeps the exhibition longer: when that runs into
 * the buffer before the next loan, the return form names the loan it delays and asks the user to confirm.
 */
import { addDays } from '../dates';
import type { LoanDates, LoanStatus } from './loans';

/** Another loan of the same exhibition, as these rules see it. */
export interface NeighbourLoan {
  id: number;
  borrowerName: string;
  status: LoanStatus;
  deliveryDate: string;
  pickupDate: string;
  /** The day of its return check, once returned: the exhibition was free from then on, early or late. */
  returnedOn: string | null;
}

/** A loan named in a message: which one, and the day that matters (its return or its delivery). */
export interface NamedLoan {
  id: number;
  borrowerName: string;
  day: string;
}

/** The days a loan may be delivered on, or why none. */
export type DeliveryWindow =
  /** Another loan still has the exhibition: nothing is possible before it comes back. */
  | { kind: 'stillOut'; at: NamedLoan }
  /**
   * From `earliest` (null: no loan before it limits an early delivery) to `latest` (the last day shown).
   * `after` is the loan before it whose return (and the buffer) sets `earliest`. When earliest > latest the
   * loan before came back too late for this one: its dates must be changed first.
   */
  | { kind: 'open'; earliest: string | null; latest: string; after: NamedLoan | null };

/** The loans that hold the exhibition, the one being delivered or returned left out. */
function holdingNeighbours(loanId: number, others: readonly NeighbourLoan[]): NeighbourLoan[] {
  return others.filter((other) => other.id !== loanId && other.status !== 'refused' && other.status !== 'cancelled');
}

/** The last day a neighbour keeps the exhibition: its return day once returned, else its planned pick-up. */
function lastHeldDay(other: NeighbourLoan): string {
  return other.returnedOn ?? other.pickupDate;
}

export function deliveryWindow(
  loan: { id: number } & Pick<LoanDates, 'deliveryDate' | 'endDate'>,
  others: readonly NeighbourLoan[],
  bufferDays: number,
): DeliveryWindow {
  const neighbours = holdingNeighbours(loan.id, others);
  const out = neighbours.find((other) => other.status === 'delivered');
  if (out) return { kind: 'stillOut', at: { id: out.id, borrowerName: out.borrowerName, day: out.pickupDate } };

  // The loans planned before this one: each leaves `bufferDays` free days after its last day.
  let earliest: string | null = null;
  let after: NamedLoan | null = null;
  for (const other of neighbours) {
    if (other.deliveryDate >= loan.deliveryDate) continue;
    const firstFree = addDays(lastHeldDay(other), bufferDays + 1);
    if (earliest === null || firstFree > earliest) {
      earliest = firstFree;
      after = { id: other.id, borrowerName: other.borrowerName, day: lastHeldDay(other) };
    }
  }
  return { kind: 'open', earliest, latest: loan.endDate, after };
}

/** Why a delivery day is refused; `params` hold what the message needs (dates as "YYYY-MM-DD"). */
export type DeliveryDayIssue =
  | { issue: 'exhibition_still_out'; params: { borrower: string; date: string } }
  | { issue: 'delivery_too_early'; params: { borrower: string; date: string } }
  | { issue: 'delivery_after_end'; params: { date: string } };

/** Null when the loan may be delivered on `day`. */
export function deliveryDayIssue(window: DeliveryWindow, day: string): DeliveryDayIssue | null {
  if (window.kind === 'stillOut') {
    return { issue: 'exhibition_still_out', params: { borrower: window.at.borrowerName, date: window.at.day } };
  }
  if (window.earliest !== null && day < window.earliest) {
    return { issue: 'delivery_too_early', params: { borrower: window.after!.borrowerName, date: window.earliest } };
  }
  if (day > window.latest) return { issue: 'delivery_after_end', params: { date: window.latest } };
  return null;
}

/**
 * A delivery or a return check records what happened: its day has come (today in Liège at the latest). A day
 * ahead would show the exhibition delivered, or back, before it is.
 */
export function checkDayAheadIssue(day: string, today: string): { issue: 'after_today'; params: { date: string } } | null {
  return day > today ? { issue: 'after_today', params: { date: today } } : null;
}

/**
 * The day the delivery form proposes: today when the loan may be delivered today; null when it may not (the
 * form then says why, from the window: not yet, or no day at all).
 */
export function proposedDeliveryDay(window: DeliveryWindow, today: string): string | null {
  if (window.kind === 'stillOut') return null;
  const possibleToday = (window.earliest === null || window.earliest <= today) && today <= window.latest;
  return possibleToday ? today : null;
}

/** The first day the loan may be delivered when that day is still ahead: the form says "not yet, from …". */
export function deliveryNotYetUntil(window: DeliveryWindow, today: string): string | null {
  if (window.kind === 'stillOut' || window.earliest === null) return null;
  return window.earliest > today && window.earliest <= window.latest ? window.earliest : null;
}

/** The delivery days a loan gets when delivered on `day`: an early delivery moves its delivery day back. */
export function deliveredDates<Dates extends Pick<LoanDates, 'deliveryDate'>>(dates: Dates, day: string): Dates {
  return day < dates.deliveryDate ? { ...dates, deliveryDate: day } : dates;
}

/**
 * The last day the exhibition may come back without delaying the next loan (its delivery day minus the
 * buffer), with that loan; null when no loan follows.
 */
export function returnLimit(
  loan: { id: number } & Pick<LoanDates, 'deliveryDate'>,
  others: readonly NeighbourLoan[],
  bufferDays: number,
): { latest: string; next: NamedLoan } | null {
  let found: { latest: string; next: NamedLoan } | null = null;
  for (const other of holdingNeighbours(loan.id, others)) {
    if (other.deliveryDate <= loan.deliveryDate || other.status !== 'requested' && other.status !== 'approved') continue;
    const latest = addDays(other.deliveryDate, -(bufferDays + 1));
    if (found === null || latest < found.latest) {
      found = { latest, next: { id: other.id, borrowerName: other.borrowerName, day: other.deliveryDate } };
    }
  }
  return found;
}

/** A return on `day` that delays the next loan, named; null when it delays no one. */
export function returnDelayIssue(
  limit: ReturnType<typeof returnLimit>,
  day: string,
): { issue: 'return_delays_loan'; params: { borrower: string; date: string; latest: string } } | null {
  if (limit === null || day <= limit.latest) return null;
  return { issue: 'return_delays_loan', params: { borrower: limit.next.borrowerName, date: limit.next.day, latest: limit.latest } };
}
