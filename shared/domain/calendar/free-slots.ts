import { addDays, daysBetween, mondayOf } from '../dates';

/**
 * The free slots proposed when a slot is refused because a class, the facilitator or the place is taken
 * (the loans' "nearest free periods", for activities). A proposal keeps the activity's length, lies within
 * school hours on a school day, never before today, and does not clash; the same week comes first, then the
 * nearest day, then the nearest time of day. The caller says what "free" and "school day" mean (rows and holidays are the server's).
 */

export interface TimeSlot {
  /** Local Belgian wall-clock time, "YYYY-MM-DDTHH:mm". */
  start: string;
  end: string;
}

/** Plausible school hours for an activity with pupils. */
export const SCHOOL_HOURS = { from: '08:00', to: '17:00' } as const;
/** Proposals start on the quarter hour, like the calendar's drag steps. */
export const SLOT_STEP_MINUTES = 15;
/** Days looked at on each side of the refused slot. */
export const FREE_SLOT_SEARCH_DAYS = 21;
export const MAX_FREE_SLOTS = 3;

function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function timeOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}


/** The days before and after `wanted` a search looks at (for the server to load just those rows). */
export function freeSlotSearchWindow(wanted: TimeSlot): { from: string; to: string } {
  return { from: addDays(wanted.start.slice(0, 10), -FREE_SLOT_SEARCH_DAYS), to: addDays(wanted.start.slice(0, 10), FREE_SLOT_SEARCH_DAYS) };
}

/**
 * Up to `MAX_FREE_SLOTS` free slots of the same length, best first, one per day so that the choices differ
 * (the nearest time that day). None when the activity does not fit in one school day (a residential trip is
 * moved by hand).
 */
export function nearestFreeSlots(
  wanted: TimeSlot,
  isFree: (slot: TimeSlot) => boolean,
  options: { schoolDay: (date: string) => boolean; notBefore?: string },
): TimeSlot[] {
  const day = wanted.start.slice(0, 10);
  const length = daysBetween(day, wanted.end.slice(0, 10)) * 1440 + minutesOfDay(wanted.end.slice(11)) - minutesOfDay(wanted.start.slice(11));
  const open = minutesOfDay(SCHOOL_HOURS.from);
  const close = minutesOfDay(SCHOOL_HOURS.to);
  if (length <= 0 || length > close - open) return [];

  const week = mondayOf(day);
  const wantedTime = minutesOfDay(wanted.start.slice(11));
  const candidates: { slot: TimeSlot; sameWeek: boolean; days: number; minutes: number }[] = [];
  const { from, to } = freeSlotSearchWindow(wanted);
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if ((options.notBefore !== undefined && date < options.notBefore) || !options.schoolDay(date)) continue;
    for (let start = open; start + length <= close; start += SLOT_STEP_MINUTES) {
      const slot = { start: `${date}T${timeOfMinutes(start)}`, end: `${date}T${timeOfMinutes(start + length)}` };
      if (slot.start === wanted.start) continue;
      candidates.push({ slot, sameWeek: mondayOf(date) === week, days: Math.abs(daysBetween(day, date)), minutes: Math.abs(start - wantedTime) });
    }
  }
  // Same week first, then the nearest day, then the nearest time of that day (people keep their habits:
  // "Wednesday at the same time" before "Wednesday evening"), then the earlier.
  candidates.sort(
    (a, b) => Number(b.sameWeek) - Number(a.sameWeek) || a.days - b.days || a.minutes - b.minutes || a.slot.start.localeCompare(b.slot.start),
  );

  const chosen: TimeSlot[] = [];
  const daysChosen = new Set<string>();
  for (const { slot } of candidates) {
    if (chosen.length === MAX_FREE_SLOTS) break;
    if (daysChosen.has(slot.start.slice(0, 10)) || !isFree(slot)) continue;
    chosen.push(slot);
    daysChosen.add(slot.start.slice(0, 10));
  }
  return chosen;
}
