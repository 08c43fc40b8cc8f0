import type { QueryClient } from '@tanstack/react-query';
import { localToday } from '../../dates/local-today';
import { initialFetchRange } from './model/fetch-range';
import { prefetchCalendar } from './queries';
import { storedView } from './view/calendar-views';

/**
 * Called by the shell right after sign-in for users who have the calendar: its first month grid (the view
 * last chosen, today, no filter) is on its way before the calendar is opened, so that it draws at once.
 */
export function prefetchCalendarStart(queryClient: QueryClient): void {
  prefetchCalendar(queryClient, initialFetchRange(storedView(), localToday()));
}
