// Numbers of the impact report written the French way (decimal comma, "83 %", "< 0,001"), and the "< 5" rule.
import type { PublishedCount, ScoreScale } from '../../../../shared/domain/questionnaires/analysis';
import type { Statistic } from '../../../../shared/domain/questionnaires/paired-stats';
import { formatNumber, formatP } from '../../../../shared/domain/questionnaires/plain-language';

/** What a cell shows when a statistic cannot be computed (one pair, constant changes…). */
export const NOT_AVAILABLE = '—';

const integer = new Intl.NumberFormat('fr-BE', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('fr-BE', { style: 'percent', maximumFractionDigits: 0 });

/** "1 234" (a no-break space: pdfText makes it plain). */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** A head count as published: the number, or "< 5". */
export function formatPublished(count: PublishedCount): string {
  return 'value' in count ? formatCount(count.value) : `< ${count.lessThan}`;
}

/** "83 %", or "—" when there is no rate (no forms, or too few to publish one). */
export function formatRate(rate: number | null): string {
  return rate === null ? NOT_AVAILABLE : percent.format(rate);
}

/** Decimals for scores on a scale: two on a short scale (1–5), one on 0–100. */
function scoreDecimals(scale: ScoreScale): number {
  return scale.max - scale.min > 20 ? 1 : 2;
}

export function formatScore(value: number, scale: ScoreScale): string {
  return formatNumber(value, scoreDecimals(scale), 'fr');
}

/** A change with its sign: "+0,32", "-0,10", "0,00". */
export function formatChange(value: number, scale: ScoreScale): string {
  const text = formatNumber(value, scoreDecimals(scale), 'fr');
  return Number(text.replace(',', '.')) > 0 ? `+${text}` : text;
}

/** "[0,12 ; 0,52]": French intervals separate their bounds with a semicolon (the comma is the decimal mark). */
export function formatInterval(lower: number, upper: number, scale: ScoreScale): string {
  const decimals = scoreDecimals(scale);
  return `[${formatNumber(lower, decimals, 'fr')} ; ${formatNumber(upper, decimals, 'fr')}]`;
}

/** A p-value for a table cell: "0,034", "< 0,001". */
export function formatPValue(p: number): string {
  return formatP(p, 'fr').replace(/^p = /, '').replace(/^p /, '');
}

const halves = new Intl.NumberFormat('fr-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A rank sum, which may end in ,5 with ties: "99 207", "108 763,5". */
export function formatRankSum(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : halves.format(value);
}

export function formatDecimal(value: number, decimals = 2): string {
  return formatNumber(value, decimals, 'fr');
}

/** The value of a statistic through `format`, or "—" when it is missing. */
export function orDash<T>(statistic: Statistic<T>, format: (value: T) => string): string {
  return statistic.value === null ? NOT_AVAILABLE : format(statistic.value);
}
