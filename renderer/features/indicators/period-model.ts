/**
 * The dashboard's period, as the picker holds it and as the channels take it. Pure, so the rules are tested
 * without a browser: a school year is always complete; a range only once both days are whole dates (the
 * server then says whether it is reversed or too long, under "Au").
 */
import type { IndicatorPeriod, ResolvedPeriod } from '../../../shared/domain/indicators/period';
import { formatDateRange } from '../../dates/date-text';
import type { Language } from '../../i18n/language';

/** What the picker shows: the kind, the school year and the range's days, kept while switching kinds. */
export interface PeriodChoice {
  kind: IndicatorPeriod['kind'];
  schoolYear: string;
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The current school year; the range starts as that same year's days, so switching kinds keeps the span. */
export function initialChoice(schoolYear: string, from: string, to: string): PeriodChoice {
  return { kind: 'schoolYear', schoolYear, from, to };
}

/** The period to ask for, or null while a range misses a day. */
export function periodOf(choice: PeriodChoice): IndicatorPeriod | null {
  if (choice.kind === 'schoolYear') return { kind: 'schoolYear', schoolYear: choice.schoolYear };
  if (!DAY.test(choice.from) || !DAY.test(choice.to)) return null;
  return { kind: 'range', from: choice.from, to: choice.to };
}

/** "2025–2026", or the range's days ("1 sept. – 30 nov. 2026"): the name of a column or a figure's period. */
export function periodName(period: ResolvedPeriod, language: Language): string {
  return period.schoolYear ?? formatDateRange(period.from, period.to, language);
}

/** Which days a period covers, in words. */
export function periodDays(period: ResolvedPeriod, language: Language): string {
  return formatDateRange(period.from, period.to, language);
}
