// Numbers, dates and changes as the annual report prints them, in its language.
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import { headlineChange, type HeadlineValue } from '../../../../shared/domain/indicators/headline';
import type { ResolvedPeriod } from '../../../../shared/domain/indicators/indicators';
import type { PublishedCount } from '../../../../shared/domain/questionnaires/analysis';
import type { AnnualReportWords } from './words';

const locale = (language: DocumentLanguage): string => (language === 'fr' ? 'fr-BE' : 'en-GB');

/** "1 257" / "1,257"; `decimals` fixed when given. Typographic spaces become plain ones for every PDF reader. */
export function formatNumber(value: number, language: DocumentLanguage, decimals?: number): string {
  const options = decimals === undefined ? { maximumFractionDigits: 1 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return new Intl.NumberFormat(locale(language), options).format(value).replace(/[\u202f\u00a0]/g, ' ');
}

/** "68 %" / "68%". */
export function formatRate(rate: number | null, language: DocumentLanguage): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(rate).replace(/[\u202f\u00a0]/g, ' ');
}

/** "12 octobre 2026" / "12 October 2026" from "YYYY-MM-DD". */
export function formatDay(day: string, language: DocumentLanguage): string {
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function periodLabel(period: ResolvedPeriod, words: AnnualReportWords, language: DocumentLanguage): string {
  return period.schoolYear ? words.schoolYear(period.schoolYear) : words.range(formatDay(period.from, language), formatDay(period.to, language));
}

/** A short label for a table column: "2025–2026", or "01/09/2025 – 30/06/2026". */
export function periodColumn(period: ResolvedPeriod): string {
  if (period.schoolYear) return period.schoolYear;
  const short = (day: string) => day.split('-').reverse().join('/');
  return `${short(period.from)} – ${short(period.to)}`;
}

export function formatPublished(count: PublishedCount, language: DocumentLanguage): string {
  return 'value' in count ? formatNumber(count.value, language) : `< ${count.lessThan}`;
}

export function formatHeadline(value: HeadlineValue, language: DocumentLanguage): string {
  if (value.kind === 'lessThan') return `< ${value.limit}`;
  return formatNumber(value.value, language, value.kind === 'decimal' ? 1 : 0);
}

/** "+12 (+8 %)", "−3 (−20 %)", "=", or "—" when one side is hidden. */
export function formatChange(current: HeadlineValue, previous: HeadlineValue, words: AnnualReportWords, language: DocumentLanguage): string {
  const change = headlineChange(current, previous);
  if (change === null) return words.notComparable;
  if (change.difference === 0) return words.noChange;
  const sign = change.difference > 0 ? '+' : '−';
  const decimals = current.kind === 'decimal' ? 1 : 0;
  const amount = `${sign}${formatNumber(Math.abs(change.difference), language, decimals)}`;
  if (change.ratio === null) return amount;
  // A change under one per cent keeps a decimal: "−0 %" would say nothing changed.
  const share = Math.abs(change.ratio);
  const percent =
    share < 0.01
      ? new Intl.NumberFormat(locale(language), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share).replace(/[\u202f\u00a0]/g, ' ')
      : formatRate(share, language);
  return `${amount} (${sign}${percent})`;
}

/** The change of a rate in percentage points: "+5 pts", "−3 pts", "=", "—" when one is unknown. */
export function formatPoints(current: number | null, previous: number | null, words: AnnualReportWords, language: DocumentLanguage): string {
  if (current === null || previous === null) return words.notComparable;
  const points = Math.round((current - previous) * 100);
  if (points === 0) return words.noChange;
  return `${points > 0 ? '+' : '−'}${formatNumber(Math.abs(points), language, 0)} ${words.points}`;
}
