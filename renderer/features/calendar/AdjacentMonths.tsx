import { useEffect, useState } from 'react';
import { useLoanAvailability } from '../loans';
import { adjacentFetchRanges } from './model/fetch-range';
import type { CalendarFilters, DateRange } from './model/filters';
import { useCalendarEvents, useHolidays } from './queries';

interface AdjacentMonthsProps {
  /** The month grid fetched for the period on screen. */
  fetched: DateRange;
  filters: CalendarFilters;
  withLoans: boolean;
  /** The grid on screen has come: the neighbours wait their turn. */
  ready: boolean;
}

/**
 * The months before and after the one fetched, with the same filters: « Période suivante » and « précédente »
 * then draw from the cache. They are watched, not merely prefetched, so that a change (which invalidates
 * every events query) refreshes them too. A component of its own that draws nothing: their answers do not
 * draw the page again. They start once the browser is idle after the grid on screen is drawn.
 */
export function AdjacentMonths({ fetched, filters, withLoans, ready }: AdjacentMonthsProps) {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: 1000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), 200);
    return () => clearTimeout(timer);
  }, [ready, idle]);
  const enabled = ready && idle;
  const [before, after] = adjacentFetchRanges(fetched);
  useCalendarEvents(before, filters, { enabled, ahead: true });
  useCalendarEvents(after, filters, { enabled, ahead: true });
  useHolidays(before, enabled);
  useHolidays(after, enabled);
  useLoanAvailability(before, withLoans && enabled);
  useLoanAvailability(after, withLoans && enabled);
  return null;
}
