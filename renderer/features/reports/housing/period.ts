import type { ReportCount } from '../../../../shared/domain/housing/reports-api';

/** A period of whole days, both included ("YYYY-MM-DD"; '' while the field is being typed). */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** The default: the current calendar year up to today (the council's yearly report, as it stands). */
export function thisYearToDate(today: string): ReportPeriod {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The whole previous calendar year. */
export function lastYear(today: string): ReportPeriod {
  const year = Number(today.slice(0, 4)) - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Both days typed in full: only then is the report asked for (a wrong order is the server's to refuse). */
export function isComplete(period: ReportPeriod): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(period.from) && /^\d{4}-\d{2}-\d{2}$/.test(period.to);
}

/** A published count as the screen shows it: the number, "< 5", or the withheld mark. */
export function countText(count: ReportCount, withheld: string, format: (value: number) => string): string {
  if (count === null) return withheld;
  return 'value' in count ? format(count.value) : `< ${count.lessThan}`;
}

/** current − previous, signed ("+3", "−2", "0"), when both are exact numbers; "—" otherwise (as the PDF writes it). */
export function changeText(current: number | ReportCount, previous: number | ReportCount, format: (value: number) => string): string {
  const exact = (value: number | ReportCount) => (typeof value === 'number' ? value : value !== null && 'value' in value ? value.value : null);
  const [now, before] = [exact(current), exact(previous)];
  if (now === null || before === null) return '—';
  const difference = now - before;
  return difference > 0 ? `+${format(difference)}` : difference < 0 ? `−${format(-difference)}` : format(0);
}

/** The change of a rate in percentage points, one decimal ("+4,2 pts", "−14,0 pts"), as the PDF writes it; "—" when either is missing. */
export function rateChangeText(current: number | null, previous: number | null, locale: string): string {
  if (current === null || previous === null) return '—';
  const points = Math.round((current - previous) * 1000) / 10;
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(points));
  return `${points > 0 ? '+' : points < 0 ? '−' : ''}${text} pts`;
}
