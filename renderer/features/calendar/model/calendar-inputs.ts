import type { EventInput } from '@fullcalendar/core';
import type { EventStatus, Holiday, SchoolEvent } from '../../../../shared/domain/calendar/events';
import { eventColours, type ColourScheme } from './event-colours';
import { addDays } from './local-datetime';

/** Held and cancelled events stay where they happened: only planned and confirmed ones move. */
export function isMovable(status: EventStatus): boolean {
  return status === 'planned' || status === 'confirmed';
}

export interface EventInputOptions {
  scheme: ColourScheme;
  /** The user may move events (a coordinator). */
  canEdit: boolean;
}

/** What FullCalendar needs to draw one event; the event itself travels in extendedProps for the handlers. */
export function toCalendarEvent(event: SchoolEvent, options: EventInputOptions): EventInput {
  const editable = options.canEdit && isMovable(event.status);
  return {
    id: String(event.id),
    title: event.title,
    start: event.start,
    end: event.end,
    allDay: false,
    startEditable: editable,
    durationEditable: editable,
    classNames: ['pa-event', `pa-event--${event.status}`],
    ...eventColours(event.type, event.status, options.scheme),
    extendedProps: { event },
  };
}

/** A school break or public holiday as a background band; FullCalendar's end date is exclusive. */
export function toHolidayBackground(holiday: Holiday): EventInput {
  return {
    id: `holiday-${holiday.id}`,
    title: holiday.label,
    start: holiday.startDate,
    end: addDays(holiday.endDate, 1),
    allDay: true,
    display: 'background',
    editable: false,
    classNames: ['pa-holiday', `pa-holiday--${holiday.kind}`],
    extendedProps: { holiday },
  };
}

export function calendarInputs(
  events: readonly SchoolEvent[],
  holidays: readonly Holiday[],
  options: EventInputOptions,
): EventInput[] {
  return [...holidays.map(toHolidayBackground), ...events.map((event) => toCalendarEvent(event, options))];
}

/** The SchoolEvent behind a FullCalendar event, if it is one (holidays are not). */
export function schoolEventOf(extendedProps: Record<string, unknown>): SchoolEvent | null {
  const event = extendedProps.event;
  return event && typeof event === 'object' ? (event as SchoolEvent) : null;
}
