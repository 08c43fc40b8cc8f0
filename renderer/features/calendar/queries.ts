import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';
import { daysBetween, isRealDate } from '../../../shared/domain/dates';
import { eventListInput, NO_FILTERS, type CalendarFilters, type DateRange } from './model/filters';

export { hasFilters, NO_FILTERS, type CalendarFilters, type DateRange } from './model/filters';

export const calendarKeys = {
  events: ['events'] as const,
  eventList: (input: InputOf<'events', 'list'>) => ['events', 'list', input] as const,
  holidays: ['holidays'] as const,
  holidayList: (range: DateRange) => ['holidays', 'list', range] as const,
};

function eventListQuery(input: InputOf<'events', 'list'>) {
  return queryOptions({
    queryKey: calendarKeys.eventList(input),
    queryFn: async () => unwrap(await api.events.list(input)),
  });
}

function holidayListQuery(range: DateRange) {
  return queryOptions({
    queryKey: calendarKeys.holidayList(range),
    queryFn: async () => unwrap(await api.holidays.list(range)),
    staleTime: 5 * 60_000,
  });
}

/**
 * The events of a month grid (model/fetch-range.ts); the previous one stays on screen while the next loads.
 * The grid on screen (`ahead: false`) is asked again each time it is shown, even when fetched ahead a moment
 * ago: what was prefetched draws at once, and a change made meanwhile by someone else follows. The months
 * either side (`ahead: true`) wait until the one on screen has come (`enabled`).
 */
export function useCalendarEvents(range: DateRange | null, filters: CalendarFilters, options: { enabled?: boolean; ahead?: boolean } = {}) {
  const input = range ? eventListInput(range, filters) : null;
  return useQuery({
    ...eventListQuery(input ?? { from: '', to: '' }),
    enabled: (options.enabled ?? true) && input !== null,
    placeholderData: keepPreviousData,
    ...(options.ahead ? {} : { staleTime: 0 }),
  });
}

/**
 * Right after sign-in, what the calendar will first show (the month grid of today, no filter): opening it
 * from the navigation then draws its events at once. Prefetched data follow the same invalidations.
 */
export function prefetchCalendar(queryClient: QueryClient, range: DateRange): void {
  void queryClient.prefetchQuery(eventListQuery(eventListInput(range, NO_FILTERS)));
  void queryClient.prefetchQuery(holidayListQuery(range));
}

export function useHolidays(range: DateRange | null, enabled = true) {
  return useQuery({
    ...holidayListQuery(range ?? { from: '', to: '' }),
    enabled: enabled && range !== null,
    placeholderData: keepPreviousData,
  });
}

/**
 * The holidays around an activity being typed, for the "day without school" notice: only once both times are
 * valid and a few weeks apart at most (a mistyped year waits for the server's answer instead).
 */
export function useHolidaysAround(slot: { start: string; end: string }) {
  const from = slot.start.slice(0, 10);
  const to = slot.end.slice(0, 10);
  const usable = isRealDate(from) && isRealDate(to) && from <= to && daysBetween(from, to) <= 62;
  return useHolidays(usable ? { from, to } : null);
}
