/**
 * Month and year arithmetic on calendar days ("YYYY-MM-DD"), for the housing deadlines counted in months (a
 * CPAS contact every 3 months, strike-off after 6 months) and the yearly terms of a bail glissant.
 *
 * A month later is the same day number of the month `months` later, clamped to that month's last day when it is
 * shorter: 31 August + 6 months = 28 February (29 in a leap year), 30 November + 3 months = 28/29 February,
 * 29 February 2028 + 12 months = 28 February 2029. This is how people and the Belgian administration count ("on
 * the same date, or the last day of the month when there is none"). Pure integer arithmetic: no Date, no time
 * zone, so daylight-saving changes cannot matter.
 */

function daysInMonth(year: number, month: number): number {
  // month is 1–12; day 0 of the next month (in UTC) is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `date` plus `months` calendar months (negative goes back), clamped to the end of a shorter month. */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${pad(newYear, 4)}-${pad(newMonth, 2)}-${pad(newDay, 2)}`;
}

/** `date` plus `years` years: the anniversary, 29 February becoming 28 February in a common year. */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}
