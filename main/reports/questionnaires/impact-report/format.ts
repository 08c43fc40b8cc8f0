// Numbers of the impact report written the way its language writes them: French (fr-BE: decimal comma,
// "83 %", "[0,12 ; 0,52]", "< 0,001") or English (en-GB: decimal point, "83%", "[0.12, 0.52]"), and the
// "< 5" rule. Every function takes the document's language last, French when it is left out.
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import type { PublishedCount, ScoreScale } from '../../../../shared/domain/questionnaires/analysis';
import type { Statistic } from '../../../../shared/domain/questionnaires/paired-stats';
import { formatDateFr, formatShortDateFr } from '../../../exports/labels-fr';
import { formatNumber, formatP } from '../../../../shared/domain/questionnaires/plain-language';

/** What a cell shows when a statistic cannot be computed (one pair, constant changes…). */
export const NOT_AVAILABLE = '—';

const LOCALE: Record<DocumentLanguage, string> = { fr: 'fr-BE', en: 'en-GB' };
const integers = new Map<DocumentLanguage, Intl.NumberFormat>();
const percents = new Map<DocumentLanguage, Intl.NumberFormat>();
const halves = new Map<DocumentLanguage, Intl.NumberFormat>();

function cached(map: Map<DocumentLanguage, Intl.NumberFormat>, language: DocumentLanguage, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = map.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[language], options);
    map.set(language, format);
  }
  return format;
}

/** "1 234" in French (a no-break space: pdfText makes it plain), "1,234" in English. */
export function formatCount(value: number, language: DocumentLanguage = 'fr'): string {
  return cached(integers, language, { maximumFractionDigits: 0 }).format(value);
}

/** A head count as published: the number, or "< 5". */
export function formatPublished(count: PublishedCount, language: DocumentLanguage = 'fr'): string {
  return 'value' in count ? formatCount(count.value, language) : `< ${count.lessThan}`;
}

/** "83 %" / "83%". */
export function formatPercent(share: number, language: DocumentLanguage = 'fr'): string {
  return cached(percents, language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** "83 %", or "—" when there is no rate (no forms, or too few to publish one). */
export function formatRate(rate: number | null, language: DocumentLanguage = 'fr'): string {
  return rate === null ? NOT_AVAILABLE : formatPercent(rate, language);
}

/** Decimals for scores on a scale: two on a short scale (1–5), one on 0–100. */
function scoreDecimals(scale: ScoreScale): number {
  return scale.max - scale.min > 20 ? 1 : 2;
}

export function formatScore(value: number, scale: ScoreScale, language: DocumentLanguage = 'fr'): string {
  return formatNumber(value, scoreDecimals(scale), language);
}

/** A change with its sign: "+0,32", "-0,10", "0,00" (`decimals`: the scale's unless given). */
export function formatChange(value: number, scale: ScoreScale, language: DocumentLanguage = 'fr', decimals = scoreDecimals(scale)): string {
  const text = formatNumber(value, decimals, language);
  return Number(text.replace(',', '.')) > 0 ? `+${text}` : text;
}

/** "[0,12 ; 0,52]": French separates the bounds with a semicolon (the comma is the decimal mark); "[0.12, 0.52]". */
export function formatInterval(lower: number, upper: number, scale: ScoreScale, language: DocumentLanguage = 'fr', decimals = scoreDecimals(scale)): string {
  const separator = language === 'fr' ? ' ; ' : ', ';
  return `[${formatNumber(lower, decimals, language)}${separator}${formatNumber(upper, decimals, language)}]`;
}

/** A p-value for a table cell: "0,034", "< 0,001". */
export function formatPValue(p: number, language: DocumentLanguage = 'fr'): string {
  return formatP(p, language).replace(/^p = /, '').replace(/^p /, '');
}

/** A rank sum, which may end in ,5 with ties: "99 207", "108 763,5". */
export function formatRankSum(value: number, language: DocumentLanguage = 'fr'): string {
  return Number.isInteger(value) ? formatCount(value, language) : cached(halves, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatDecimal(value: number, decimals = 2, language: DocumentLanguage = 'fr'): string {
  return formatNumber(value, decimals, language);
}

/** The value of a statistic through `format`, or "—" when it is missing. */
export function orDash<T>(statistic: Statistic<T>, format: (value: T) => string): string {
  return statistic.value === null ? NOT_AVAILABLE : format(statistic.value);
}

/** "samedi 28 novembre 2026" (the City's "1er") / "Saturday 28 November 2026" for a "YYYY-MM-DD" day. */
export function formatLongDate(date: string, language: DocumentLanguage): string {
  if (language === 'fr') return formatDateFr(date);
  return new Intl.DateTimeFormat(LOCALE[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`)).replace(',', '');
}

/** "jeu. 12/03/2026" / "Thu 12/03/2026": a date that fits a table cell. */
export function formatShortDate(date: string, language: DocumentLanguage): string {
  if (language === 'fr') return formatShortDateFr(date);
  const [year, month, day] = date.slice(0, 10).split('-') as [string, string, string];
  const weekday = new Intl.DateTimeFormat(LOCALE[language], { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
  return `${weekday} ${day}/${month}/${year}`;
}
