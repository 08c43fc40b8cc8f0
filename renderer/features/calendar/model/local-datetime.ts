/**
 * Event times are Belgian wall-clock strings ("YYYY-MM-DDTHH:mm"), as typed and as stored. The calendar works
 * with Date objects in the browser's local time; these helpers convert between the two without time zone
 * arithmetic, and do date arithmetic on the wall-clock values through UTC (no daylight-saving surprises).
 */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** "2026-12-03T09:00" from a Date's local fields (what FullCalendar hands back after a drop). */
export function toLocalDateTime(date: Date): string {
  return `${toLocalDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "2026-12-03" from a Date's local fields. */
export function toLocalDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar's visible range [start, end) as the inclusive dates the events channel expects. */
export function visibleRange(start: Date, endExclusive: Date): { from: string; to: string } {
  return { from: toLocalDate(start), to: toLocalDate(new Date(endExclusive.getTime() - 1)) };
}

export function addDays(date: string, days: number): string {
  const next = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** Wall-clock arithmetic: "2026-12-03T23:30" + 60 → "2026-12-04T00:30". */
export function addMinutes(dateTime: string, minutes: number): string {
  const next = new Date(`${dateTime}:00Z`);
  next.setUTCMinutes(next.getUTCMinutes() + minutes);
  return next.toISOString().slice(0, 16);
}

export function minutesBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}:00Z`) - Date.parse(`${start}:00Z`)) / 60_000);
}

export function splitDateTime(value: string): { date: string; time: string } {
  return { date: value.slice(0, 10), time: value.slice(11, 16) };
}

export function joinDateTime(date: string, time: string): string {
  return date && time ? `${date}T${time}` : '';
}

/** "09:05" → "9:05", as people write times in French and English. */
export function shortTime(dateTimeOrTime: string): string {
  const time = dateTimeOrTime.length > 5 ? dateTimeOrTime.slice(11, 16) : dateTimeOrTime;
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${Number(hours)}:${minutes}`;
}

export function isValidLocalDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}:00Z`));
}
