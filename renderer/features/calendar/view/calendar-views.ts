/** The four views of the calendar, by the names the toolbar uses, and FullCalendar's names for them. */
export const CALENDAR_VIEWS = {
  month: 'dayGridMonth',
  week: 'timeGridWeek',
  day: 'timeGridDay',
  list: 'listMonth',
} as const;

export type CalendarViewKey = keyof typeof CALENDAR_VIEWS;

export const VIEW_KEYS = Object.keys(CALENDAR_VIEWS) as CalendarViewKey[];

export function viewKeyOf(fullCalendarView: string): CalendarViewKey {
  return VIEW_KEYS.find((key) => CALENDAR_VIEWS[key] === fullCalendarView) ?? 'month';
}

const STORAGE_KEY = 'passerelle.calendar.view';

/** The last view chosen on this machine (month the first time). */
export function storedView(): CalendarViewKey {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return VIEW_KEYS.includes(value as CalendarViewKey) ? (value as CalendarViewKey) : 'month';
  } catch {
    return 'month';
  }
}

export function storeView(view: CalendarViewKey): void {
  try {
    localStorage.setItem(STORAGE_KEY, view);
  } catch {
    // Storage disabled: the view is remembered until the page closes.
  }
}
