/**
 * What other features may use of the calendar: its query keys (loans and questionnaires read events and
 * refresh them), the school holidays, and the colour loans wear on the calendar (the availability grid
 * uses the same).
 */
export { calendarKeys, useHolidays } from './queries';
export { LOAN_COLOUR } from './model/event-colours';
export { prefetchCalendarStart } from './prefetch';
