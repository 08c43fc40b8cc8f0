import type { ItemCondition } from './exhibitions';
import type { DeliveryWindow, NamedLoan } from './handover-rules';

/**
 * Loans of a travelling exhibition to a school or another venue.
 * requested → approved → delivered → returned; requested → refused; requested or approved → cancelled.
 * A request on a period another loan holds may be recorded as waiting: it holds nothing, and becomes a
 * request (checked again) once the period is free, or is cancelled.
 */
export const LOAN_STATUSES = ['waiting', 'requested', 'approved', 'delivered', 'returned', 'refused', 'cancelled'] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

/** The statuses each status may move to. Delivery and return happen through their condition checks. */
export const LOAN_TRANSITIONS: Readonly<Record<LoanStatus, readonly LoanStatus[]>> = {
  waiting: ['requested', 'cancelled'],
  requested: ['approved', 'refused', 'cancelled'],
  approved: ['delivered', 'cancelled'],
  delivered: ['returned'],
  returned: [],
  refused: [],
  cancelled: [],
};

/**
 * A loan holds its exhibition (and the buffer days around it) unless it was refused or cancelled, or is only
 * waiting for its period to free up.
 */
export const HOLDING_STATUSES: readonly LoanStatus[] = ['requested', 'approved', 'delivered', 'returned'];

/** Details (borrower, dates, linked visits) can still change before the exhibition leaves. */
export const EDITABLE_STATUSES: readonly LoanStatus[] = ['waiting', 'requested', 'approved'];

export type CheckPhase = 'delivery' | 'return';

/** The four dates of a loan, "YYYY-MM-DD", all inclusive. */
export interface LoanDates {
  /** The exhibition arrives at the borrower. */
  deliveryDate: string;
  /** First and last day it is shown (the period the borrower asked for). */
  startDate: string;
  endDate: string;
  /** It leaves the borrower. */
  pickupDate: string;
}

export interface LoanSummary extends LoanDates {
  id: number;
  exhibitionId: number;
  exhibitionTitle: string;
  schoolId: number | null;
  /** The school's name, or the venue's. */
  borrowerName: string;
  status: LoanStatus;
  /** Follows from the start date: "2025–2026". */
  schoolYear: string;
}

export interface LoanCheckItem {
  itemId: number;
  number: number;
  label: string;
  condition: ItemCondition;
  note: string;
}

/** The condition check made at delivery or at return. */
export interface LoanCheck {
  phase: CheckPhase;
  /** The day it was made: the actual delivery or return day. */
  date: string;
  checkedBy: string;
  /** When it was recorded (ISO instant), which may differ from its day. */
  recordedAt: string;
  notes: string;
  items: LoanCheckItem[];
}

/**
 * The decisions on a loan, each dated and signed: recorded as waiting, recorded (requested), approved,
 * refused, cancelled.
 */
export const LOAN_DECISIONS = ['waiting', 'requested', 'approved', 'refused', 'cancelled'] as const;
export type LoanDecisionKind = (typeof LOAN_DECISIONS)[number];

export interface LoanDecision {
  decision: LoanDecisionKind;
  /** ISO instant. */
  at: string;
  /** The display name of who decided; empty when the account is gone. */
  by: string;
  /** Why it was refused or cancelled. */
  reason: string;
}

/**
 * What the delivery and return forms need to know beforehand (shared/domain/loans/handover-rules.ts):
 * the days the loan may be delivered on while approved, and, while out, the last day it may come back
 * without delaying the next loan.
 */
export interface LoanHandover {
  delivery: DeliveryWindow | null;
  returnBy: { latest: string; next: NamedLoan } | null;
}

/** An item whose condition at return differs from its condition at delivery. */
export interface LoanDifference {
  itemId: number;
  number: number;
  label: string;
  atDelivery: ItemCondition | null;
  atReturn: ItemCondition;
  note: string;
}

export interface LinkedVisit {
  id: number;
  title: string;
  start: string;
  status: string;
}

export interface Loan extends LoanSummary {
  venueName: string;
  address: string;
  /**
   * The school's directory contact chosen as the loan's contact person, or null (another venue, a loan
   * recorded before, or a contact deleted since). The name, e-mail and phone below are the loan's own copy,
   * taken from the contact when the loan was last saved.
   */
  contactId: number | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  /** Why it was refused or cancelled. */
  statusReason: string;
  notes: string;
  eventIds: number[];
  events: LinkedVisit[];
  checks: LoanCheck[];
  differences: LoanDifference[];
  /** Oldest first. Loans recorded before decisions were kept may have none. */
  decisions: LoanDecision[];
  handover: LoanHandover;
  createdAt: string;
  updatedAt: string;
}

/** What the coordinator's home screen lists. `today` is the server's day, so every client agrees. */
export interface LoanReminders {
  today: string;
  days: number;
  /** Approved loans to deliver from today to today + days, and approved loans whose delivery day has passed. */
  deliveries: LoanSummary[];
  /** Delivered loans to pick up from today to today + days. */
  pickups: LoanSummary[];
  /** Delivered loans whose pick-up day has passed. */
  overdueReturns: LoanSummary[];
  /** Requests waiting for a decision. */
  awaitingApproval: LoanSummary[];
  /** Waiting requests whose period is free now: to offer ("enregistrer la demande"). */
  freedWaiting: LoanSummary[];
  /** All waiting requests, free or not. */
  waitingCount: number;
  /** Items flagged damaged or missing, per exhibition. */
  flaggedItems: { exhibitionId: number; exhibitionTitle: string; count: number }[];
}

/** Exhibitions and the loans that hold them in a range: the availability grid and the calendar. */
export interface LoanAvailability {
  exhibitions: { id: number; title: string; kind: string; bufferDays: number; archived: boolean }[];
  loans: LoanSummary[];
}

/** A waiting request, and whether the period it asks for is free now (then it is offered). */
export interface WaitingRequest extends LoanSummary {
  periodFree: boolean;
}

