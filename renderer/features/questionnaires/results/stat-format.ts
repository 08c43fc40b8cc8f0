/**
 * How the results view writes its numbers, in the user's language (fr-BE: "0,42", "72 %"; en-GB: "0.42",
 * "72%"). Pure: the tests call it without a browser.
 *
 * Counts come from the server as PublishedCount: a group of 1 to 4 pupils arrives as `{ lessThan: 5 }` and is
 * written "< 5", never as a number (the server has already dropped it).
 */
import { localeOf, type Language } from '../../../i18n/language';
import type { PublishedCount } from '../../../../shared/domain/questionnaires/analysis';
import type { ConfidenceInterval } from '../../../../shared/domain/questionnaires/paired-stats';

/** p-values below this are written "< 0,001": more digits would pretend to a precision nobody needs. */
const SMALLEST_P_SHOWN = 0.001;

export interface StatFormat {
  readonly language: Language;
  /** A count as published: "12", or "< 5" for a small group. */
  count(count: PublishedCount): string;
  /** A plain integer ("1 234"). */
  integer(value: number): string;
  /** A mean on its scale: two decimals ("3,40"). */
  mean(value: number): string;
  /** A change, signed ("+0,42", "−0,10", "0,00"). */
  change(value: number): string;
  /** "[+0,12 ; +0,71]" in French (the comma is the decimal sign), "[+0.12, +0.71]" in English. */
  interval(interval: ConfidenceInterval): string;
  /** "0,032", "0,41", or "< 0,001". */
  p(value: number): string;
  /** An effect size, signed, two decimals. */
  effect(value: number): string;
  /** A rate 0–1 as a whole percentage ("72 %"). */
  percent(rate: number): string;
  /** An axis label: signed, no useless decimals ("+2", "-0,5", "0"). */
  tick(value: number): string;
}

/** "< 5" as written in both languages (the symbol and the number only). */
export function lessThanText(minimum: number, language: Language): string {
  return `< ${new Intl.NumberFormat(localeOf(language)).format(minimum)}`;
}

export function statFormat(language: Language): StatFormat {
  const locale = localeOf(language);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const twoDecimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const tick = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const pFormats = [2, 3].map((digits) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  // Intl writes "-0,00" for a tiny negative value: a change that rounds to zero is just zero.
  const noNegativeZero = (value: number, digits: number) => (Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value);
  const separator = language === 'fr' ? ' ; ' : ', ';

  return {
    language,
    count: (count) => ('lessThan' in count ? lessThanText(count.lessThan, language) : integer.format(count.value)),
    integer: (value) => integer.format(value),
    mean: (value) => twoDecimals.format(noNegativeZero(value, 2)),
    change: (value) => signed.format(noNegativeZero(value, 2)),
    interval: ({ lower, upper }) => `[${signed.format(noNegativeZero(lower, 2))}${separator}${signed.format(noNegativeZero(upper, 2))}]`,
    p: (value) => {
      if (value < SMALLEST_P_SHOWN) return `< ${pFormats[1]!.format(SMALLEST_P_SHOWN)}`;
      // Three decimals below 0.1 so that 0.049 and 0.051 never both read "0,05".
      return (value < 0.1 ? pFormats[1]! : pFormats[0]!).format(value);
    },
    effect: (value) => signed.format(noNegativeZero(value, 2)),
    percent: (rate) => percent.format(rate),
    tick: (value) => tick.format(noNegativeZero(value, 2)),
  };
}
