import type { SchoolEvent } from '../../../../shared/domain/calendar/events';

/**
 * The hours the week and day views show. The school day (8 h to 17 h, with the 17 h row so that its label
 * shows) fits a 1366×768 laptop without a scroll bar; a period holding an activity outside those hours
 * widens the range to the whole hours around it, so that nothing on screen is out of reach (the grid may
 * then scroll). Only the period's own activities count: an ordinary week keeps the ordinary range.
 */
export const SCHOOL_DAY = { start: 8 * 60, end: 18 * 60 };

export interface TimeRange {
  /** FullCalendar's slotMinTime / slotMaxTime, "HH:mm:ss". */
  slotMinTime: string;
  slotMaxTime: string;
}

function minutesOfDay(dateTime: string): number {
  return Number(dateTime.slice(11, 13)) * 60 + Number(dateTime.slice(14, 16));
}

function asDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
}

export function visibleTimeRange(events: readonly Pick<SchoolEvent, 'start' | 'end'>[]): TimeRange {
  let start = SCHOOL_DAY.start;
  let end = SCHOOL_DAY.end;
  for (const event of events) {
    start = Math.min(start, Math.floor(minutesOfDay(event.start) / 60) * 60);
    // An activity running past midnight shows to the end of its first day.
    const endMinutes = event.end.slice(0, 10) > event.start.slice(0, 10) ? 24 * 60 : minutesOfDay(event.end);
    end = Math.max(end, Math.ceil(endMinutes / 60) * 60);
  }
  return { slotMinTime: asDuration(start), slotMaxTime: asDuration(end) };
}
