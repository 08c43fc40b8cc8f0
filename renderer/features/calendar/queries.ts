import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';
import { eventListInput, type CalendarFilters, type DateRange } from './model/filters';

export { hasFilters, NO_FILTERS, type CalendarFilters, type DateRange } from './model/filters';

export const calendarKeys = {
  events: ['events'] as const,
  eventList: (input: InputOf<'events', 'list'>) => ['events', 'list', input] as const,
  holidays: ['holidays'] as const,
  holidayList: (range: DateRange) => ['holidays', 'list', range] as const,
  schoolOptions: ['schools', 'options'] as const,
  partnerOptions: ['partners', 'options'] as const,
  facilitatorOptions: ['partners', 'facilitators', 'options'] as const,
  classOptions: (schoolId: number, schoolYear: string) => ['classes', 'options', schoolId, schoolYear] as const,
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

/** Options for the directory pickers: enough for a city's schools; a failure leaves the picker empty. */
const OPTION_LIMIT = 500;

export function useSchoolOptions(enabled = true) {
  return useQuery({
    queryKey: calendarKeys.schoolOptions,
    queryFn: async () => unwrap(await api.schools.list({ sortBy: 'name', limit: OPTION_LIMIT })).rows,
    enabled,
    staleTime: 60_000,
  });
}

export function usePartnerOptions(enabled = true) {
  return useQuery({
    queryKey: calendarKeys.partnerOptions,
    queryFn: async () => unwrap(await api.partners.list({ sortBy: 'name', limit: OPTION_LIMIT })).rows,
    enabled,
    staleTime: 60_000,
  });
}

export function useFacilitatorOptions() {
  return useQuery({
    queryKey: calendarKeys.facilitatorOptions,
    queryFn: async () => unwrap(await api.partners.facilitators({})),
    staleTime: 60_000,
  });
}

export function useClassOptions(schoolId: number | null, schoolYear: string) {
  return useQuery({
    queryKey: calendarKeys.classOptions(schoolId ?? 0, schoolYear),
    queryFn: async () => unwrap(await api.classes.list({ schoolId: schoolId!, schoolYear, sortBy: 'name', limit: OPTION_LIMIT })).rows,
    enabled: schoolId !== null,
    staleTime: 60_000,
  });
}
