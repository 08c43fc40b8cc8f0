/**
 * When a stay has ended (issue 14, item 7). The actual end is a day that has come: today or earlier, today
 * being the app's clock in Liège. A day still ahead is only expected, so it is the planned end: recorded as an
 * actual end it made a stay "Terminé" while the unit's sheet still counted the household there tonight.
 * The form and endPlacement (and a move, whose day ends the first stay) ask the same question here.
 */

export type ActualEndIssue = 'before_start' | 'after_today';

/** What is wrong with `actualEnd` for a stay that began on `start`, or null. It may equal the start (left the day it came). */
export function actualEndIssue(actualEnd: string, start: string, today: string): ActualEndIssue | null {
  if (actualEnd < start) return 'before_start';
  if (actualEnd > today) return 'after_today';
  return null;
}

/** Whether a recorded actual end has come: a stay is over only from that day on. */
export function hasEnded(actualEnd: string | null, today: string): boolean {
  return actualEnd !== null && actualEnd <= today;
}
