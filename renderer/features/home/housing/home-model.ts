import { daysBetween } from '../../../../shared/domain/dates';
import type { HousingHome } from '../../../../shared/domain/housing/reports-api';

/** How many of the home's tasks are late and how many fall due this week (the server sends only those two). */
export function taskCounts(home: Pick<HousingHome, 'tasks'>): { overdue: number; dueSoon: number } {
  const overdue = home.tasks.filter((task) => task.status === 'overdue').length;
  return { overdue, dueSoon: home.tasks.length - overdue };
}

/** Days from today to the due date: negative when late. */
export function daysUntil(today: string, dueDate: string): number {
  return daysBetween(today, dueDate);
}

/** The task lines shown on the home screen, the most urgent first (the server sorts by due date). */
export const HOME_TASK_LINES = 6;
/** The units with room shown, most free places first. */
export const HOME_UNIT_LINES = 5;
