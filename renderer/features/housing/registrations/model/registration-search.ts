import type { RegistrationSummary } from '../../../../../shared/domain/housing/registrations-api';
import type { RegistrationKind, RegistrationStatus } from '../../../../../shared/domain/housing/registrations';

/**
 * The list's search and filters, on the screen (issue 19). The list is read once, whole; a keystroke then only
 * filters it here, without a request: at 20,000 registrations a request per keystroke (after a 300 ms pause)
 * and a table of 500 rows redrawn each time made typing wait about a second. Each row's search text is made
 * once when the list arrives, so a keystroke compares strings and does nothing else.
 */

/**
 * What the search keeps of a text: capitals, digits and dashes — person and household codes hold nothing else
 * (the same rule as the channel's `search`, main/services/housing/registrations-read.ts).
 */
export function codeSearchKey(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9-]/g, '');
}

export interface SearchableRegistration {
  row: RegistrationSummary;
  /** The person's and the household's codes, apart: a search never matches across the two. */
  searchText: string;
}

/** Once per list read: each row with its search text (an erased person has none, so only an empty search finds it). */
export function searchableRegistrations(rows: readonly RegistrationSummary[]): SearchableRegistration[] {
  return rows.map((row) => ({ row, searchText: `${row.personCode ?? ''} ${row.householdCode ?? ''}` }));
}

export interface RegistrationFilters {
  search: string;
  kind: RegistrationKind | null;
  status: RegistrationStatus | null;
}

/** The rows that match, in the order given (sort first, once; filtering keeps that order). */
export function filterRegistrations(rows: readonly SearchableRegistration[], filters: RegistrationFilters): RegistrationSummary[] {
  const key = codeSearchKey(filters.search);
  const { kind, status } = filters;
  const matches: RegistrationSummary[] = [];
  for (const entry of rows) {
    if (kind !== null && entry.row.kind !== kind) continue;
    if (status !== null && entry.row.status !== status) continue;
    if (key !== '' && !entry.searchText.includes(key)) continue;
    matches.push(entry.row);
  }
  return matches;
}
