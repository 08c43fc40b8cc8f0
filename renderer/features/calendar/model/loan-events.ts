import type { EventInput } from '@fullcalendar/core';
import type { TFunction } from 'i18next';
import type { LoanSummary } from '../../../../shared/domain/loans/loans';
import type { Language } from '../../../i18n/language';
import { formatDateRange } from '../../../dates/date-text';
import { loanHref } from '../../loans/links';
import { loanColours, type ColourScheme } from './event-colours';
import type { CalendarFilters } from './filters';
import { addDays } from './local-datetime';

/**
 * An exhibition loan on the calendar: an all-day bar from delivery to pick-up (FullCalendar's end is
 * exclusive), never dragged, that links to the loan in the exhibitions section.
 */
export function toLoanEvent(loan: LoanSummary, options: { scheme: ColourScheme; title: string }): EventInput {
  return {
    id: `loan-${loan.id}`,
    title: options.title,
    start: loan.deliveryDate,
    end: addDays(loan.pickupDate, 1),
    allDay: true,
    editable: false,
    startEditable: false,
    durationEditable: false,
    url: loanHref(loan.id),
    classNames: ['pa-loan', `pa-loan--${loan.status}`],
    ...loanColours(loan.status, options.scheme),
    extendedProps: { loan },
  };
}

/** The loan behind a FullCalendar event, if it is one. */
export function loanOf(extendedProps: Record<string, unknown>): LoanSummary | null {
  const loan = extendedProps.loan;
  return loan && typeof loan === 'object' ? (loan as LoanSummary) : null;
}

/** Loans follow the school filter (a loan to one of the chosen schools); the other filters are about events. */
export function visibleLoans(loans: readonly LoanSummary[], filters: CalendarFilters): LoanSummary[] {
  if (filters.schoolIds.length === 0) return [...loans];
  return loans.filter((loan) => loan.schoolId !== null && filters.schoolIds.includes(loan.schoolId));
}

/** "Prêt : Une brève histoire… — École X", the bar's visible title. */
export function loanTitle(t: TFunction, loan: LoanSummary): string {
  return t('calendar:loans.title', { exhibition: loan.exhibitionTitle, borrower: loan.borrowerName });
}

/** What a screen reader announces for a loan: what, to whom, when, and where it stands. */
export function loanSummaryText(t: TFunction, loan: LoanSummary, language: Language): string {
  return t('calendar:loans.summary', {
    exhibition: loan.exhibitionTitle,
    borrower: loan.borrowerName,
    range: formatDateRange(loan.deliveryDate, loan.pickupDate, language),
    status: t(`calendar:loans.statuses.${loan.status}`),
  });
}
