/** Injected wherever time matters, so tests freeze it instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that starts at `start` and then runs at the normal pace. Browser mode uses it when
 * PASSERELLE_CLOCK_START is set, so end-to-end tests see the same "today" on the server as in the page
 * (reminders, proposed free periods) whatever day they run.
 */
export function clockStartingAt(start: Date, real: Clock = systemClock): Clock {
  const offset = start.getTime() - real.now().getTime();
  return { now: () => new Date(real.now().getTime() + offset) };
}

/** Reads PASSERELLE_CLOCK_START (an ISO date-time); the system clock when unset, an error when unreadable. */
export function clockFromEnvironment(env: NodeJS.ProcessEnv): Clock {
  const start = env.PASSERELLE_CLOCK_START;
  if (start === undefined || start === '') return systemClock;
  const date = new Date(start);
  if (Number.isNaN(date.getTime())) throw new Error(`PASSERELLE_CLOCK_START n'est pas une date lisible : ${start}`);
  return clockStartingAt(date);
}

const brusselsDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "2026-11-28" as a calendar in Liège shows it (at 00:30 local time, UTC still says the day before). */
export function belgianDate(at: Date): string {
  return brusselsDay.format(at);
}
