/**
 * The prioritised waiting list (issue 6, point 4): households waiting for a place. Order: priority (urgent
 * first), then the day they asked, then the order they were entered. A household waits at most once at a time;
 * creating a placement for it closes its entry as 'placed'.
 */
import type { UnitKind } from './units';

export const WAITLIST_PRIORITIES = ['urgent', 'high', 'normal'] as const;
export type WaitlistPriority = (typeof WAITLIST_PRIORITIES)[number];

export const WAITLIST_STATUSES = ['waiting', 'placed', 'withdrawn'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/** How an entry leaves the list by hand (a placement closes it as 'placed' by itself). */
export const WAITLIST_OUTCOMES = ['placed', 'withdrawn'] as const;
export type WaitlistOutcome = (typeof WAITLIST_OUTCOMES)[number];

export interface WaitlistEntry {
  id: number;
  householdId: number;
  householdCode: string;
  householdSize: number;
  priority: WaitlistPriority;
  requestedDate: string;
  placesNeeded: number;
  /** The kinds of unit that would suit; empty = any. */
  unitKinds: UnitKind[];
  status: WaitlistStatus;
  closedDate: string | null;
  placementId: number | null;
  /** 1-based position among waiting entries; null once closed. */
  rank: number | null;
  /** Days waited until today (or until closed). */
  daysWaiting: number;
  createdAt: string;
  updatedAt: string;
}

const PRIORITY_ORDER: Readonly<Record<WaitlistPriority, number>> = { urgent: 0, high: 1, normal: 2 };

/** The list's order: priority, then the day asked, then id (entered first). */
export function compareWaitlistEntries(
  a: Pick<WaitlistEntry, 'priority' | 'requestedDate' | 'id'>,
  b: Pick<WaitlistEntry, 'priority' | 'requestedDate' | 'id'>,
): number {
  return (
    PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
    (a.requestedDate < b.requestedDate ? -1 : a.requestedDate > b.requestedDate ? 1 : 0) ||
    a.id - b.id
  );
}
