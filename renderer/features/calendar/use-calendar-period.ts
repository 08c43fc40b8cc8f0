import { useCallback, useEffect, useState, type RefObject } from 'react';
import type FullCalendar from '@fullcalendar/react';
import type { DatesSetArg } from '@fullcalendar/core';
import { visibleRange } from './model/local-datetime';
import type { DateRange } from './queries';
import { fullCalendarView, storedView, storeView, viewKeyOf, type CalendarViewKey } from './view/calendar-views';

export interface Period {
  /** Every day on screen, including the neighbouring months' days in the month view. */
  range: DateRange;
  /** The period itself: the month, week or day the title names. */
  current: DateRange;
  title: string;
  view: CalendarViewKey;
}

/**
 * The period on screen, as FullCalendar reports it (range, title, view), and the toolbar's commands. The
 * view chosen is remembered on this machine. In a narrow window (`narrow`) the month and week are drawn as lists.
 */
export function useCalendarPeriod(calendarRef: RefObject<FullCalendar | null>, language: string, narrow: boolean) {
  const [initialView] = useState(storedView);
  const [period, setPeriod] = useState<Period | null>(null);

  const onDatesSet = useCallback((arg: DatesSetArg) => {
    const view = viewKeyOf(arg.view.type);
    storeView(view);
    const range = visibleRange(arg.start, arg.end);
    const current = visibleRange(arg.view.currentStart, arg.view.currentEnd);
    setPeriod((previous) =>
      previous && previous.view === view && previous.title === arg.view.title && previous.range.from === range.from && previous.range.to === range.to
        ? previous
        : { range, current, title: arg.view.title, view },
    );
  }, []);

  // A change of language renames the period without moving it.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const title = calendarRef.current?.getApi().view.title;
      if (title) setPeriod((previous) => (previous && previous.title !== title ? { ...previous, title } : previous));
    });
    return () => cancelAnimationFrame(frame);
  }, [calendarRef, language]);

  // The window became narrow or wide again (zoom, resize): the same view and period, drawn to fit.
  const viewShown = period?.view;
  useEffect(() => {
    const api = calendarRef.current?.getApi();
    if (!api || !viewShown) return;
    const wanted = fullCalendarView(viewShown, narrow);
    if (api.view.type !== wanted) api.changeView(wanted, api.getDate());
  }, [calendarRef, narrow, viewShown]);

  const commands = {
    previous: () => calendarRef.current?.getApi().prev(),
    next: () => calendarRef.current?.getApi().next(),
    today: () => calendarRef.current?.getApi().today(),
    view: (view: CalendarViewKey) => calendarRef.current?.getApi().changeView(fullCalendarView(view, narrow)),
  };

  return { initialView, period, onDatesSet, commands };
}
