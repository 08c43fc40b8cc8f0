/**
 * The coordinator's loan reminders, grouped and ordered for the home screen (no React). The server decides
 * what is due in the window (`api.loans.reminders`); this only says how urgent each line is and in what order.
 */
import { daysBetween } from '../../../../shared/domain/dates';
import type { LoanReminders, LoanSummary } from '../../../../shared/domain/loans/loans';

/** Most urgent first: what is already late, then what to do soon, then what waits for a decision. */
// freedWaiting (issue 17): waiting requests whose period is free again, to record as requests.
export const REMINDER_GROUPS = ['overdueReturns', 'deliveries', 'freedWaiting', 'awaitingApproval', 'pickups'] as const;
export type ReminderGroup = (typeof REMINDER_GROUPS)[number];

export interface ReminderLine {
  loan: LoanSummary;
  /** The day that matters for this group: delivery, or pick-up for returns. */
  date: string;
  /** Days from today to `date`: negative when it has passed. */
  days: number;
  /** The day has passed and the step was not done. */
  late: boolean;
  /**
   * For a delivery: the loan that still has the exhibition and is late bringing it back. The delivery cannot
   * happen before that return (shared/domain/loans/handover-rules.ts), so the line says what it waits for.
   */
  waitsFor: LoanSummary | null;
}

export interface ReminderSection {
  group: ReminderGroup;
  lines: ReminderLine[];
}

/** Which date each group is about. */
const DATE_OF: Record<ReminderGroup, (loan: LoanSummary) => string> = {
  overdueReturns: (loan) => loan.pickupDate,
  deliveries: (loan) => loan.deliveryDate,
  awaitingApproval: (loan) => loan.deliveryDate,
  freedWaiting: (loan) => loan.deliveryDate,
  pickups: (loan) => loan.pickupDate,
};

/**
 * Late steps: a return or a delivery whose day has passed. A request whose delivery day has passed is not a
 * late step of ours; it says "3 days ago" and waits to be refused or moved.
 */
function isLate(group: ReminderGroup, days: number): boolean {
  return group === 'overdueReturns' || (group === 'deliveries' && days < 0);
}

/** The non-empty groups, each sorted by its date (the oldest, most overdue, first). */
export function reminderSections(reminders: LoanReminders): ReminderSection[] {
  return REMINDER_GROUPS.map((group) => {
    const lines = reminders[group]
      .map((loan): ReminderLine => {
        const date = DATE_OF[group](loan);
        const days = daysBetween(reminders.today, date);
        const waitsFor = group === 'deliveries' ? (reminders.overdueReturns.find((out) => out.exhibitionId === loan.exhibitionId) ?? null) : null;
        return { loan, date, days, late: isLate(group, days), waitsFor };
      })
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.loan.id - b.loan.id));
    return { group, lines };
  }).filter((section) => section.lines.length > 0);
}

/** Nothing to say for the window: no loan step, no request, no flagged item. */
export function hasNothingToReport(reminders: LoanReminders): boolean {
  return REMINDER_GROUPS.every((group) => reminders[group].length === 0) && reminders.flaggedItems.length === 0;
}

/** How many lines are late, for the summary at the top. */
export function lateCount(sections: readonly ReminderSection[]): number {
  return sections.reduce((sum, section) => sum + section.lines.filter((line) => line.late).length, 0);
}

/** "today", "tomorrow", "in 3 days", "3 days late", "yesterday": the key and count to translate. */
export function relativeDay(days: number, late: boolean): { key: 'today' | 'tomorrow' | 'inDays' | 'late' | 'ago'; count: number } {
  if (days === 0) return { key: 'today', count: 0 };
  if (days < 0) return { key: late ? 'late' : 'ago', count: -days };
  if (days === 1) return { key: 'tomorrow', count: 1 };
  return { key: 'inDays', count: days };
}

// The number of days the reminders look ahead, chosen on the home screen and kept on this machine.
export const REMINDER_DAYS = [7, 14, 30] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];
const STORAGE_KEY = 'passerelle.home.reminderDays';
export const DEFAULT_REMINDER_DAYS: ReminderDays = 14;

export function reminderDaysOf(value: unknown): ReminderDays {
  const number = Number(value);
  return (REMINDER_DAYS as readonly number[]).includes(number) ? (number as ReminderDays) : DEFAULT_REMINDER_DAYS;
}

export function storedReminderDays(): ReminderDays {
  try {
    return reminderDaysOf(localStorage.getItem(STORAGE_KEY));
  } catch {
    return DEFAULT_REMINDER_DAYS;
  }
}

export function storeReminderDays(days: ReminderDays): void {
  try {
    localStorage.setItem(STORAGE_KEY, String(days));
  } catch {
    // Storage disabled: the choice lasts until the window closes.
  }
}
