// Public to other features, like index.ts; free of React and of the API so that models and tests can use it.

/** Where an activity opens: the calendar, on the activity's day, with its sheet open (`?event=<id>`). */
export function eventLocation(eventId: number): { pathname: string; search: string } {
  return { pathname: '/calendar', search: `?event=${eventId}` };
}

/** The new-activity form with the school already chosen (`?new=activity&school=<id>`): a school's page plans one. */
export function newActivityLocation(schoolId: number): { pathname: string; search: string } {
  return { pathname: '/calendar', search: `?new=activity&school=${schoolId}` };
}
