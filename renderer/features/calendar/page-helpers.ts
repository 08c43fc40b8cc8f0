import type { TFunction } from 'i18next';
import type { SchoolEvent } from '../../../shared/domain/calendar/events';
import { DEFAULT_DURATION_MINUTES, type Slot } from './model/event-form-values';
import { addMinutes, toLocalDate } from './model/local-datetime';
import { hasFilters, type CalendarFilters, type DateRange } from './model/filters';

/** "Nouvelle activité" without a selected slot: today at 9:00 if today is on screen, else the period's first day. */
export function newEventSlot(range: DateRange, today: string = toLocalDate(new Date())): Slot {
  const day = today >= range.from && today <= range.to ? today : range.from;
  return { start: `${day}T09:00`, end: addMinutes(`${day}T09:00`, DEFAULT_DURATION_MINUTES) };
}

/** The discreet line under the period's title when it holds no event (once loaded, not while loading). */
export function emptyNotice(
  t: TFunction,
  events: { data?: readonly SchoolEvent[]; isPlaceholderData: boolean; isSuccess: boolean },
  filters: CalendarFilters,
  canEdit: boolean,
): string | null {
  if (!events.isSuccess || events.isPlaceholderData || (events.data?.length ?? 0) > 0) return null;
  if (hasFilters(filters)) return t('calendar:view.emptyFiltered');
  return t(canEdit ? 'calendar:view.empty' : 'calendar:view.emptyTeacher');
}
