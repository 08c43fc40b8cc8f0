import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';
import { daysBetween, isRealDate } from '../../../shared/domain/dates';
import { eventListInput, type CalendarFilters, type DateRange } from './model/filters';

export { hasFilters, NO_FILTERS, type CalendarFilters, type DateRange } from './model/filters';

export const calendarKeys = {
  events: ['events'] as const,
  eventList: (input: InputOf<'events', 'list'>) => ['events', 'list', input] as const,
  holidays: ['holidays'] as const,
  holidayList: (range: DateRange) => ['holidays', 'list', range] as const,
};

/** The visible range's events; the previous range stays on screen while the next one loads. */
export function useCalendarEvents(range: DateRange | null, filters: CalendarFilters) {
  const input = range ? eventListInput(range, filters) : null;
  return useQuery({
    queryKey: calendarKeys.eventList(input ?? { from: '', to: '' }),
    queryFn: async () => unwrap(await api.events.list(input!)),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

export function useHolidays(range: DateRange | null) {
  return useQuery({
    queryKey: calendarKeys.holidayList(range ?? { from: '', to: '' }),
    queryFn: async () => unwrap(await api.holidays.list(range!)),
    enabled: range !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
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
