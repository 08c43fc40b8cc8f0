/** The four views of the calendar, by the names the toolbar uses, and FullCalendar's names for them. */
export const CALENDAR_VIEWS = {
  month: 'dayGridMonth',
  week: 'timeGridWeek',
  day: 'timeGridDay',
  list: 'listMonth',
} as const;

export type CalendarViewKey = keyof typeof CALENDAR_VIEWS;

export const VIEW_KEYS = Object.keys(CALENDAR_VIEWS) as CalendarViewKey[];

/**
 * Reflow (issue 21, WCAG 1.4.10): at 200 % zoom a 1366 px screen is 683 px wide, at 400 % 341 px. Below 800 px
 * the month grid would show mostly "+N" and the week's seven columns a few letters each: both become lists of
 * the same period (the toolbar still says « Mois » or « Semaine », the choice is kept for a wider window).
 */
export const NARROW_QUERY = '(max-width: 50em)';
/** A window this short (a 768 px screen at 200 %) has no room for a grid with its own scroll bar: the page scrolls. */
export const SHORT_QUERY = '(max-height: 37.5em)';

const NARROW_VIEWS: Partial<Record<CalendarViewKey, string>> = { month: 'listNarrowMonth', week: 'listNarrowWeek' };

/** The lists that stand for the month and the week in a narrow window (named list…: they draw as lists). */
export const NARROW_VIEW_OPTIONS = {
  listNarrowMonth: { type: 'list', duration: { months: 1 } },
  listNarrowWeek: { type: 'list', duration: { weeks: 1 } },
};

/** FullCalendar's view for a view of the toolbar, in a narrow window or not. */
export function fullCalendarView(key: CalendarViewKey, narrow: boolean): string {
  return (narrow && NARROW_VIEWS[key]) || CALENDAR_VIEWS[key];
}

export function viewKeyOf(fullCalendarView: string): CalendarViewKey {
  return VIEW_KEYS.find((key) => CALENDAR_VIEWS[key] === fullCalendarView || NARROW_VIEWS[key] === fullCalendarView) ?? 'month';
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
