import type { TFunction } from 'i18next';
import type { ApiError, ConflictDetail, DateSpan } from '../../../../shared/api/result';
import { loanLengthDays } from '../../../../shared/domain/loans/booking-rules';
import type { LoanDates } from '../../../../shared/domain/loans/loans';
import { localeOf, type Language } from '../../../i18n/language';
import { firstOfMonth } from '../../../dates/date-text';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, style: 'long' | 'short' | 'shortNoYear'): Intl.DateTimeFormat {
  const key = `${language}:${style}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), {
      weekday: style === 'long' ? 'short' : undefined,
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      year: style === 'shortNoYear' ? undefined : 'numeric',
      timeZone: 'UTC',
    });
    cache.set(key, format);
  }
  return format;
}

/** "lun. 2 mars 2026" / "Mon 2 March 2026": a loan day, with its weekday (deliveries are planned by weekday). */
export function loanDay(date: string, language: Language): string {
  return firstOfMonth(formatter(language, 'long').format(new Date(`${date.slice(0, 10)}T12:00:00Z`)), date, language);
}

/** "2 mars 2026" / "2 Mar 2026": compact, for the list. */
export function shortLoanDay(date: string, language: Language): string {
  return firstOfMonth(formatter(language, 'short').format(new Date(`${date.slice(0, 10)}T12:00:00Z`)), date, language);
}

/** "14 juin → 2 juil. 2027": the year once when both days share it. */
export function compactSpan(from: string, to: string, language: Language): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const first = firstOfMonth(formatter(language, sameYear ? 'shortNoYear' : 'short').format(new Date(`${from.slice(0, 10)}T12:00:00Z`)), from, language);
  return `${first} → ${shortLoanDay(to, language)}`;
}

/** "du lun. 2 mars 2026 au ven. 13 mars 2026". */
export function spanText(t: TFunction, span: DateSpan, language: Language): string {
  return t('exhibitions:dates.span', { from: loanDay(span.start, language), to: loanDay(span.end, language) });
}

export function isLoanConflict(error: ApiError): boolean {
  return error.code === 'CONFLICT' && error.reason === 'loanConflict';
}

/** "École communale de Droixhe a l'exposition du lun. 2 mars 2026 au ven. 13 mars 2026 (livraison → reprise)." */
export function loanConflictSentence(t: TFunction, conflict: ConflictDetail, language: Language): string {
  return t('exhibitions:conflict.other', {
    borrower: conflict.otherLabel,
    from: loanDay(conflict.start, language),
    to: loanDay(conflict.end, language),
  });
}

/** "Utiliser du lun. 16 mars 2026 au ven. 27 mars 2026": a free period the server proposes (delivery → pick-up). */
export function alternativeLabel(t: TFunction, span: DateSpan, language: Language): string {
  return t('exhibitions:conflict.use', { from: loanDay(span.start, language), to: loanDay(span.end, language) });
}

/** "14 jours" of exhibition between the first and last day. */
export function lengthText(t: TFunction, dates: Pick<LoanDates, 'startDate' | 'endDate'>): string {
  return t('exhibitions:dates.length', { count: loanLengthDays(dates) });
}

/** "5 à 30 jours", "au moins 5 jours", "au plus 30 jours", or "durée libre". */
export function loanBoundsText(t: TFunction, bounds: { minLoanDays: number | null; maxLoanDays: number | null }): string {
  const { minLoanDays: min, maxLoanDays: max } = bounds;
  if (min !== null && max !== null) return t('exhibitions:bounds.between', { min, max });
  if (min !== null) return t('exhibitions:bounds.atLeast', { count: min });
  if (max !== null) return t('exhibitions:bounds.atMost', { count: max });
  return t('exhibitions:bounds.free');
}
