import type { InputOf } from '../../../../shared/api/contract';
import type { EventStatus, EventType } from '../../../../shared/domain/calendar/events';

/** The calendar's filters; an empty list means "all". */
export interface CalendarFilters {
  schoolIds: number[];
  types: EventType[];
  partnerIds: number[];
  statuses: EventStatus[];
}

export const NO_FILTERS: CalendarFilters = { schoolIds: [], types: [], partnerIds: [], statuses: [] };

/** Inclusive dates, "YYYY-MM-DD". */
export interface DateRange {
  from: string;
  to: string;
}

/** The events channel's input: the range and only the filters in use (so the query key stays stable). */
export function eventListInput(range: DateRange, filters: CalendarFilters): InputOf<'events', 'list'> {
  const input: InputOf<'events', 'list'> = { from: range.from, to: range.to };
  if (filters.schoolIds.length) input.schoolIds = filters.schoolIds;
  if (filters.types.length) input.types = filters.types;
  if (filters.partnerIds.length) input.partnerIds = filters.partnerIds;
  if (filters.statuses.length) input.statuses = filters.statuses;
  return input;
}

export function hasFilters(filters: CalendarFilters): boolean {
  return filters.schoolIds.length + filters.types.length + filters.partnerIds.length + filters.statuses.length > 0;
}
