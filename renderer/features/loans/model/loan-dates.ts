import { isRealDate } from '../../../../shared/domain/dates';
import { loanDateIssues, type LoanDateIssue } from '../../../../shared/domain/loans/booking-rules';
import type { LoanDates } from '../../../../shared/domain/loans/loans';

export const LOAN_DATE_FIELDS = ['deliveryDate', 'startDate', 'endDate', 'pickupDate'] as const;
export type LoanDateField = (typeof LOAN_DATE_FIELDS)[number];

/**
 * Whether delivery still follows the first day and pick-up the last day. A new request starts with both
 * following: typing the loan period fills the delivery and pick-up days too, until the user sets them.
 */
export interface DateFollow {
  delivery: boolean;
  pickup: boolean;
}

/** Delivery follows the first day while it is empty or equal to it; pick-up likewise with the last day. */
export function initialFollow(dates: LoanDates): DateFollow {
  return {
    delivery: dates.deliveryDate === '' || dates.deliveryDate === dates.startDate,
    pickup: dates.pickupDate === '' || dates.pickupDate === dates.endDate,
  };
}

/** One date typed by the user, and what follows from it. */
export function changeLoanDate(
  dates: LoanDates,
  follow: DateFollow,
  field: LoanDateField,
  value: string,
): { dates: LoanDates; follow: DateFollow } {
  const next = { ...dates, [field]: value };
  switch (field) {
    case 'startDate':
      if (follow.delivery) next.deliveryDate = value;
      return { dates: next, follow };
    case 'endDate':
      if (follow.pickup) next.pickupDate = value;
      return { dates: next, follow };
    case 'deliveryDate':
      // Set by hand: it no longer moves with the first day, unless it is emptied or put back on it.
      return { dates: next, follow: { ...follow, delivery: value === '' || value === next.startDate } };
    case 'pickupDate':
      return { dates: next, follow: { ...follow, pickup: value === '' || value === next.endDate } };
  }
}

/**
 * What is wrong with the dates typed so far, field by field (the first issue of each field). The rules need
 * all four dates; before that, only the pairs already typed are compared.
 */
export function liveDateIssues(
  dates: LoanDates,
  bounds: { minLoanDays: number | null; maxLoanDays: number | null },
): Partial<Record<LoanDateField, LoanDateIssue>> {
  const real = (date: string) => isRealDate(date);
  let issues: LoanDateIssue[];
  if (LOAN_DATE_FIELDS.every((field) => real(dates[field]))) issues = loanDateIssues(dates, bounds);
  else {
    issues = [];
    if (real(dates.deliveryDate) && real(dates.pickupDate) && dates.pickupDate < dates.deliveryDate) {
      issues.push({ path: 'pickupDate', issue: 'before_delivery' });
    }
    if (real(dates.startDate) && real(dates.endDate) && dates.endDate < dates.startDate) {
      issues.push({ path: 'endDate', issue: 'end_before_start' });
    }
  }
  const byField: Partial<Record<LoanDateField, LoanDateIssue>> = {};
  for (const issue of issues) byField[issue.path] ??= issue;
  return byField;
}

/** The four dates, when all are real days: what the linked-visits picker and the length hint need. */
export function completeDates(dates: LoanDates): LoanDates | null {
  return LOAN_DATE_FIELDS.every((field) => isRealDate(dates[field])) ? dates : null;
}
