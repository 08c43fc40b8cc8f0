import { addMinutes, joinDateTime, minutesBetween, splitDateTime } from '../model/local-datetime';

export interface MoveValues {
  date: string;
  startTime: string;
  endTime: string;
}

export function moveValuesOf(event: { start: string; end: string }): MoveValues {
  const start = splitDateTime(event.start);
  return { date: start.date, startTime: start.time, endTime: splitDateTime(event.end).time };
}

/** A new start time keeps the event's length, as a drag would. */
export function withStartTime(values: MoveValues, startTime: string): MoveValues {
  const before = joinDateTime(values.date, values.startTime);
  const end = joinDateTime(values.date, values.endTime);
  if (!/^\d{2}:\d{2}$/.test(startTime) || !before || !end) return { ...values, startTime };
  const moved = addMinutes(joinDateTime(values.date, startTime), minutesBetween(before, end));
  return moved.slice(0, 10) === values.date ? { ...values, startTime, endTime: moved.slice(11) } : { ...values, startTime };
}

export type MoveIssue = { field: keyof MoveValues; issue: 'required' | 'end_before_start' };

export function moveIssues(values: MoveValues): MoveIssue[] {
  const issues: MoveIssue[] = [];
  for (const field of ['date', 'startTime', 'endTime'] as const) if (!values[field]) issues.push({ field, issue: 'required' });
  if (issues.length === 0 && values.endTime <= values.startTime) issues.push({ field: 'endTime', issue: 'end_before_start' });
  return issues;
}

export function moveInput(id: number, values: MoveValues): { id: number; start: string; end: string } {
  return { id, start: joinDateTime(values.date, values.startTime), end: joinDateTime(values.date, values.endTime) };
}

/** A server field ("start", "end") as the move form's input. */
export function moveFieldOf(path: string): keyof MoveValues | null {
  if (path === 'start') return 'startTime';
  if (path === 'end') return 'endTime';
  return null;
}
