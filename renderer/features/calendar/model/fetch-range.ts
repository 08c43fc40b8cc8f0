import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import type { CalendarViewKey } from '../view/calendar-views';
import type { DateRange } from './filters';
import { addDays } from './local-datetime';

/**
 * What the calendar asks the server for: a month at a time, the month grid around the period on screen
 * (issue 19). Going from the month to one of its weeks or days then asks nothing and draws at once, and the
 * months either side can be fetched ahead with the same keys the month view will use.
 */

/** 0 = Monday … 6 = Sunday, for a "YYYY-MM-DD" date. */
function weekdayFromMonday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function firstOfMonth(date: string, monthOffset = 0): string {
  const day = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() + monthOffset);
  return day.toISOString().slice(0, 10);
}

/**
 * The days FullCalendar's month view shows for the month of `date` (weeks from Monday, always six of them):
 * the Monday on or before the 1st, and 41 days after it. Every week whose Monday is in the month is inside.
 */
export function monthGrid(date: string): DateRange {
  const first = firstOfMonth(date);
  const from = addDays(first, -weekdayFromMonday(first));
  return { from, to: addDays(from, 41) };
}

/** The month grid around the period, widened to the period itself should FullCalendar ever draw more. */
export function fetchRange(period: { range: DateRange; current: DateRange }): DateRange {
  const grid = monthGrid(period.current.from);
  return {
    from: period.range.from < grid.from ? period.range.from : grid.from,
    to: period.range.to > grid.to ? period.range.to : grid.to,
  };
}

export function contains(outer: DateRange, inner: DateRange): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

/** Before FullCalendar reports its period: the one it opens on, today in the view last chosen. */
export function initialFetchRange(view: CalendarViewKey, today: string): DateRange {
  // A week belongs to the month of its Monday (the month whose grid holds it whole).
  return monthGrid(view === 'week' ? addDays(today, -weekdayFromMonday(today)) : today);
}

/** The month grids before and after the one fetched: where « Période précédente / suivante » lead. */
export function adjacentFetchRanges(range: DateRange): [DateRange, DateRange] {
  // The middle of a grid is always in its month (the grid starts at most six days before the 1st).
  const month = addDays(range.from, 20);
  return [monthGrid(firstOfMonth(month, -1)), monthGrid(firstOfMonth(month, 1))];
}

/** The events of a range among those fetched for a wider one: the server's rule (overlap, end exclusive). */
export function eventsWithin<T extends Pick<SchoolEvent, 'start' | 'end'>>(events: readonly T[], range: DateRange): T[] {
  const before = `${addDays(range.to, 1)}T00:00`;
  const after = `${range.from}T00:00`;
  return events.filter((event) => event.start < before && event.end > after);
}
