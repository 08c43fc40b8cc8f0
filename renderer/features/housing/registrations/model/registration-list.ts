import { daysBetween } from '../../../../../shared/domain/dates';
import type { TaskStatus } from '../../../../../shared/domain/housing/deadlines';
import type { RegistrationSummary, RegistrationTask } from '../../../../../shared/domain/housing/registrations-api';
import { REGISTRATION_STATUSES, type RegistrationKind } from '../../../../../shared/domain/housing/registrations';
import { formatShortDate, languageOfLocale } from '../../../../dates/date-text';

export type RegistrationSortColumn = 'person' | 'kind' | 'status' | 'start' | 'lastContact' | 'nextContact';
export interface RegistrationSort {
  column: RegistrationSortColumn;
  direction: 'asc' | 'desc';
}

/** The list sorted on screen (the channel answers the whole selection). Empty values go last whatever the direction; ties by person code. */
export function sortRegistrations(
  rows: readonly RegistrationSummary[],
  sort: RegistrationSort,
  kindLabel: (kind: RegistrationKind) => string,
): RegistrationSummary[] {
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const key = (row: RegistrationSummary): string | number | null => {
    switch (sort.column) {
      case 'person':
        return row.personCode;
      case 'kind':
        return kindLabel(row.kind);
      case 'status':
        return REGISTRATION_STATUSES.indexOf(row.status);
      case 'start':
        return row.startDate;
      case 'lastContact':
        return row.lastContactDate;
      case 'nextContact':
        return row.nextContactDue;
    }
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byCode = (a: RegistrationSummary, b: RegistrationSummary) => collator.compare(a.personCode ?? '', b.personCode ?? '') || a.id - b.id;
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? byCode(a, b) : ka === null ? 1 : -1;
    const order = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
    return order !== 0 ? sign * order : byCode(a, b);
  });
}

/** A second click on the same column reverses it; dates start with the soonest, as the worker reads them. */
export function nextRegistrationSort(current: RegistrationSort, column: RegistrationSortColumn): RegistrationSort {
  return current.column === column ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: 'asc' };
}

/** The open contact task of a reference address, whose status colours its "next contact due" (red overdue, orange soon). */
export function nextContactStatus(row: Pick<RegistrationSummary, 'nextContactDue' | 'openTasks'>): TaskStatus | null {
  if (row.nextContactDue === null) return null;
  const task = row.openTasks.find((open) => open.kind === 'cpas_contact' && open.dueDate === row.nextContactDue);
  return task?.status ?? 'upcoming';
}

export const TASK_COLOURS: Record<TaskStatus, string> = { overdue: 'red', dueSoon: 'orange', upcoming: 'gray', done: 'teal' };

const STATUS_ORDER: Record<TaskStatus, number> = { overdue: 0, dueSoon: 1, upcoming: 2, done: 3 };

/** "À faire": overdue first, then due soon, then the rest, each by due date (the oldest first). */
export function sortTasks<T extends Pick<RegistrationTask, 'status' | 'dueDate' | 'registrationId' | 'kind'>>(tasks: readonly T[]): T[] {
  return [...tasks].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.dueDate.localeCompare(b.dueDate) || a.registrationId - b.registrationId || a.kind.localeCompare(b.kind),
  );
}

/**
 * How late or how soon a task is, as a translation key and its count: "en retard de 3 jours", "aujourd'hui",
 * "dans 5 jours"; a done task says when it was done.
 */
export function dueDistance(task: { dueDate: string; doneDate?: string }, today: string): { key: 'done' | 'late' | 'today' | 'in'; count: number } {
  if (task.doneDate !== undefined) return { key: 'done', count: 0 };
  const days = daysBetween(today, task.dueDate);
  if (days < 0) return { key: 'late', count: -days };
  if (days === 0) return { key: 'today', count: 0 };
  return { key: 'in', count: days };
}

/** The tab counter: tasks overdue or due soon (upcoming ones wait in the list). */
export function urgentCount(tasks: readonly Pick<RegistrationTask, 'status'>[]): number {
  return tasks.filter((task) => task.status === 'overdue' || task.status === 'dueSoon').length;
}

/** "14 déc. 2026": a calendar day short enough for a table column, whatever the time zone. */
export function shortDay(day: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return formatShortDate(day, languageOfLocale(locale));
}
