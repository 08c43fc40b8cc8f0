import type { InputOf } from '../../../../shared/api/contract';
import type { UnitKind } from '../../../../shared/domain/housing/units';
import type { WaitlistEntry, WaitlistPriority } from '../../../../shared/domain/housing/waitlist';
import type { Sort } from '../../../components/data-table/list-state';
import { formatShortDate, languageOfLocale } from '../../../dates/date-text';

/** The two views of the tab: those waiting (ranked), and those who left the list (placed or withdrawn). */
export const WAITLIST_VIEWS = ['waiting', 'closed'] as const;
export type WaitlistView = (typeof WAITLIST_VIEWS)[number];

export const PRIORITY_COLOURS: Record<WaitlistPriority, string> = { urgent: 'red', high: 'orange', normal: 'gray' };

export type WaitlistSortColumn = 'rank' | 'code' | 'requested' | 'days' | 'closed';

/** The list's own order first: by rank while waiting, the latest departures first once closed. */
export function defaultWaitlistSort(view: WaitlistView): Sort<WaitlistSortColumn> {
  return view === 'waiting' ? { column: 'rank', direction: 'asc' } : { column: 'closed', direction: 'desc' };
}

function compareBy(column: WaitlistSortColumn, a: WaitlistEntry, b: WaitlistEntry): number {
  switch (column) {
    case 'rank':
      return (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);
    case 'code':
      return a.householdCode.localeCompare(b.householdCode);
    case 'requested':
      return a.requestedDate.localeCompare(b.requestedDate);
    case 'days':
      return a.daysWaiting - b.daysWaiting;
    case 'closed':
      return (a.closedDate ?? '').localeCompare(b.closedDate ?? '');
  }
}

/** Sorted by a column; ties keep the list's order (rank, or the server's order for closed entries). */
export function sortWaitlist(entries: readonly WaitlistEntry[], sort: Sort<WaitlistSortColumn>): WaitlistEntry[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => sign * compareBy(sort.column, a.entry, b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** Household codes hold capitals, digits and a dash: "m-7k" finds M-7K3Q. */
export function searchWaitlist(entries: readonly WaitlistEntry[], search: string): WaitlistEntry[] {
  const needle = search.trim().toUpperCase();
  return needle ? entries.filter((entry) => entry.householdCode.includes(needle)) : [...entries];
}

/** The closed view holds both outcomes, the latest departures first (as the server orders each). */
export function mergeClosed(placed: readonly WaitlistEntry[], withdrawn: readonly WaitlistEntry[]): WaitlistEntry[] {
  return [...placed, ...withdrawn].sort((a, b) => (b.closedDate ?? '').localeCompare(a.closedDate ?? '') || b.id - a.id);
}

/** The add/edit form as typed: the household is a Select value (its id as text), places may be empty. */
export interface WaitlistFormValues {
  householdId: string | null;
  priority: WaitlistPriority;
  requestedDate: string;
  placesNeeded: number | '';
  unitKinds: UnitKind[];
}

export function emptyWaitlistValues(today: string): WaitlistFormValues {
  return { householdId: null, priority: 'normal', requestedDate: today, placesNeeded: '', unitKinds: [] };
}

export function valuesFromEntry(entry: WaitlistEntry): WaitlistFormValues {
  return {
    householdId: String(entry.householdId),
    priority: entry.priority,
    requestedDate: entry.requestedDate,
    placesNeeded: entry.placesNeeded,
    unitKinds: [...entry.unitKinds],
  };
}

/** What waitlist/add receives; empty fields are sent as values the server refuses by name (0, not a missing key). */
export function addInput(values: WaitlistFormValues): InputOf<'waitlist', 'add'> {
  return {
    householdId: values.householdId === null ? 0 : Number(values.householdId),
    ...entryFields(values),
  };
}

export function entryFields(values: WaitlistFormValues): Omit<InputOf<'waitlist', 'update'>, 'id'> {
  return {
    priority: values.priority,
    requestedDate: values.requestedDate,
    placesNeeded: values.placesNeeded === '' ? 0 : values.placesNeeded,
    unitKinds: [...values.unitKinds],
  };
}

/** "20 nov. 2026": short enough to keep a table row on one line. */
export function shortDay(day: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return formatShortDate(day, languageOfLocale(locale));
}
