import { useLoanAvailability } from '../loans';
import { adjacentFetchRanges } from './model/fetch-range';
import type { CalendarFilters, DateRange } from './model/filters';
import { useCalendarEvents, useHolidays } from './queries';

/**
 * The months before and after the one fetched, with the same filters, once it has come: « Période suivante »
 * and « précédente » then draw from the cache. They are watched, not merely prefetched, so that a change
 * (which invalidates every events query) refreshes them too, and a change in the next month shows there.
 */
export function useAdjacentMonths(fetched: DateRange, filters: CalendarFilters, withLoans: boolean, ready: boolean): void {
  const [before, after] = adjacentFetchRanges(fetched);
  // Nothing is read from these results, so the page does not draw again when they arrive.
  useCalendarEvents(before, filters, { enabled: ready, ahead: true });
  useCalendarEvents(after, filters, { enabled: ready, ahead: true });
  useHolidays(before, ready);
  useHolidays(after, ready);
  useLoanAvailability(before, withLoans && ready);
  useLoanAvailability(after, withLoans && ready);
}
