/**
 * What the availability tab shows, computed from `api.loans.availability` without React: the week grid of a
 * school year and the answer to "are these dates free?". The booking rules themselves live in
 * shared/domain/loans/booking-rules.ts (the server applies the same ones and decides).
 */
import { addDays, daysBetween, mondayOf } from '../../../../shared/domain/dates';
import { loansInTheWay, mondaysBetween, nearestFreePeriods, weekCells, type Span } from '../../../../shared/domain/loans/booking-rules';
import { HOLDING_STATUSES, type LoanAvailability, type LoanDates, type LoanSummary } from '../../../../shared/domain/loans/loans';
import type { Holiday } from '../../../../shared/domain/calendar/events';
import type { SchoolYear } from '../../../../shared/domain/school-year';

export type AvailabilityExhibition = LoanAvailability['exhibitions'][number];

/** Inclusive dates, "YYYY-MM-DD". */
export interface DateRange {
  from: string;
  to: string;
}

/** What "Demander ce prêt" hands to the loan form: the exhibition and the four dates, prefilled. */
export interface LoanRequestDraft extends LoanDates {
  exhibitionId: number;
}

/** Longest range the availability channel answers (the handler allows about 14 months). */
export const MAX_RANGE_DAYS = 400;
/** Loans are fetched this far around the dates on screen, so a neighbour's buffer days are known too. */
const GRID_MARGIN_DAYS = 31;
const CHOICE_MARGIN_DAYS = 90;

/** Refused and cancelled loans free their dates; the channel should not send them, but they never count. */
function holding(loans: readonly LoanSummary[]): LoanSummary[] {
  return loans.filter((loan) => HOLDING_STATUSES.includes(loan.status));
}

function loansOf(availability: LoanAvailability, exhibitionId: number): LoanSummary[] {
  return holding(availability.loans)
    .filter((loan) => loan.exhibitionId === exhibitionId)
    .sort((a, b) => (a.deliveryDate < b.deliveryDate ? -1 : a.deliveryDate > b.deliveryDate ? 1 : a.id - b.id));
}

function byTitle(a: AvailabilityExhibition, b: AvailabilityExhibition): number {
  return a.title.localeCompare(b.title, 'fr', { sensitivity: 'base' });
}

function isGuidedCircuit(exhibition: AvailabilityExhibition): boolean {
  return exhibition.kind === 'guided_circuit';
}

// ---------------------------------------------------------------------------------------------------------
// The grid

/**
 * How a week is drawn: `loan` when a loan holds one of its days (`requested` when every such loan is still a
 * request), `buffer` when only the days kept free around a loan fall in it, `free` otherwise.
 */
export type CellTone = 'free' | 'buffer' | 'loan' | 'requested';

export interface GridCell {
  /** Monday of the week. */
  week: string;
  tone: CellTone;
  /** The loans holding days of this week, in delivery order. */
  loans: LoanSummary[];
  /** The week is over (its Sunday is before today). */
  past: boolean;
  /** Free and still ahead (its Monday is today or later): choosing it prefills the dates, Monday to Friday. */
  selectable: boolean;
}

export interface GridRow {
  exhibition: AvailabilityExhibition;
  cells: GridCell[];
}

export interface MonthHeader {
  /** "YYYY-MM" of the Mondays under it. */
  month: string;
  /** How many week columns it spans. */
  span: number;
}

export interface AvailabilityGrid {
  weeks: string[];
  months: MonthHeader[];
  rows: GridRow[];
  /** Booked as guided visits on the calendar, not lent: listed under the grid. */
  guidedCircuits: AvailabilityExhibition[];
  /** Monday of today's week when it is in the year, else null. */
  currentWeek: string | null;
}

/** The weeks of a school year: from the week of its first day (a Monday) to the week of its last day. */
export function schoolYearWeeks(year: SchoolYear): string[] {
  return mondaysBetween(year.firstDay, year.lastDay);
}

/** What the grid fetches: the school year and a month around it, for the buffer days of neighbouring loans. */
export function gridRange(year: SchoolYear): DateRange {
  return { from: addDays(year.firstDay, -GRID_MARGIN_DAYS), to: addDays(year.lastDay, GRID_MARGIN_DAYS) };
}

/** The month headers above the week columns, each spanning the weeks whose Monday falls in it. */
export function monthHeaders(weeks: readonly string[]): MonthHeader[] {
  const months: MonthHeader[] = [];
  for (const week of weeks) {
    const month = week.slice(0, 7);
    const last = months.at(-1);
    if (last && last.month === month) last.span += 1;
    else months.push({ month, span: 1 });
  }
  return months;
}

function toneOf(state: 'free' | 'buffer' | 'loan', loans: readonly LoanSummary[]): CellTone {
  if (state !== 'loan') return state;
  return loans.every((loan) => loan.status === 'requested') ? 'requested' : 'loan';
}

/**
 * One row per exhibition that can be lent: the ones in use, and archived ones only when a loan holds them in
 * the year (history stays readable). Guided circuits are set apart.
 */
export function buildGrid(availability: LoanAvailability, year: SchoolYear, today: string): AvailabilityGrid {
  const weeks = schoolYearWeeks(year);
  const loanable = availability.exhibitions.filter((exhibition) => !isGuidedCircuit(exhibition)).sort(byTitle);
  const rows: GridRow[] = [];
  for (const exhibition of loanable) {
    const loans = loansOf(availability, exhibition.id);
    const cells = weekCells(weeks, loans, exhibition.bufferDays).map((cell): GridCell => {
      const cellLoans = cell.loanIds.map((id) => loans.find((loan) => loan.id === id)!);
      const tone = toneOf(cell.state, cellLoans);
      return { week: cell.week, tone, loans: cellLoans, past: addDays(cell.week, 6) < today, selectable: tone === 'free' && cell.week >= today };
    });
    if (exhibition.archived && cells.every((cell) => cell.loans.length === 0)) continue;
    rows.push({ exhibition, cells });
  }
  const thisWeek = mondayOf(today);
  return {
    weeks,
    months: monthHeaders(weeks),
    rows,
    guidedCircuits: availability.exhibitions.filter((exhibition) => isGuidedCircuit(exhibition) && !exhibition.archived).sort(byTitle),
    currentWeek: weeks.includes(thisWeek) ? thisWeek : null,
  };
}

/** A loan drawn across consecutive weeks of a row: its name is written once, over the run's first week. */
export interface LoanRun {
  loan: LoanSummary;
  /** Index of the run's first week and how many weeks it covers. */
  start: number;
  length: number;
}

/** The runs of a row: consecutive weeks whose first loan is the same. */
export function loanRuns(cells: readonly GridCell[]): LoanRun[] {
  const runs: LoanRun[] = [];
  cells.forEach((cell, index) => {
    const loan = cell.loans[0];
    if (!loan) return;
    const last = runs.at(-1);
    if (last && last.loan.id === loan.id && last.start + last.length === index) last.length += 1;
    else runs.push({ loan, start: index, length: 1 });
  });
  return runs;
}

/**
 * The weeks mostly inside a school break (at least three of their school days, Monday to Friday), with the
 * break's name: an exhibition is rarely wanted then, and the grid says so.
 */
export function schoolBreakWeeks(weeks: readonly string[], holidays: readonly Pick<Holiday, 'kind' | 'label' | 'startDate' | 'endDate'>[]): Map<string, string> {
  const breaks = new Map<string, string>();
  for (const week of weeks) {
    for (const holiday of holidays) {
      if (holiday.kind !== 'school_break') continue;
      let schoolDays = 0;
      for (let day = 0; day < 5; day += 1) {
        const date = addDays(week, day);
        if (date >= holiday.startDate && date <= holiday.endDate) schoolDays += 1;
      }
      if (schoolDays >= 3) {
        breaks.set(week, holiday.label);
        break;
      }
    }
  }
  return breaks;
}

/** Grid positions as the keyboard moves them: arrows by one, Home/End to the row's ends, PageUp/Down by 4 weeks. */
export function moveInGrid(
  position: { row: number; column: number },
  key: string,
  size: { rows: number; columns: number },
  withCtrl = false,
): { row: number; column: number } | null {
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max - 1);
  const { row, column } = position;
  switch (key) {
    case 'ArrowRight':
      return { row, column: clamp(column + 1, size.columns) };
    case 'ArrowLeft':
      return { row, column: clamp(column - 1, size.columns) };
    case 'ArrowDown':
      return { row: clamp(row + 1, size.rows), column };
    case 'ArrowUp':
      return { row: clamp(row - 1, size.rows), column };
    case 'Home':
      return withCtrl ? { row: 0, column: 0 } : { row, column: 0 };
    case 'End':
      return withCtrl ? { row: size.rows - 1, column: size.columns - 1 } : { row, column: size.columns - 1 };
    case 'PageDown':
      return { row, column: clamp(column + 4, size.columns) };
    case 'PageUp':
      return { row, column: clamp(column - 4, size.columns) };
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// "Choose the dates first"

/** The two dates the coordinator picks: when the exhibition arrives and when it leaves. */
export interface DatesChoice {
  deliveryDate: string;
  pickupDate: string;
}

export type DatesIssue = 'missingDelivery' | 'missingPickup' | 'pickupBeforeDelivery' | 'tooLong';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What stops the list from answering: a date missing, in the wrong order, or a period too long to look up. */
export function datesIssue(choice: DatesChoice): DatesIssue | null {
  if (!DATE.test(choice.deliveryDate)) return 'missingDelivery';
  if (!DATE.test(choice.pickupDate)) return 'missingPickup';
  if (choice.pickupDate < choice.deliveryDate) return 'pickupBeforeDelivery';
  if (daysBetween(choice.deliveryDate, choice.pickupDate) > MAX_RANGE_DAYS - 2 * 30) return 'tooLong';
  return null;
}

/** The range fetched for a choice: the period, and up to three months around it for buffers and suggestions. */
export function choiceRange(choice: DatesChoice): DateRange {
  const length = daysBetween(choice.deliveryDate, choice.pickupDate);
  const margin = Math.max(0, Math.min(CHOICE_MARGIN_DAYS, Math.floor((MAX_RANGE_DAYS - length) / 2)));
  return { from: addDays(choice.deliveryDate, -margin), to: addDays(choice.pickupDate, margin) };
}

/** Next Monday (never today) to the Friday of the week after: a two-week loan, the usual school request. */
export function defaultDates(today: string): DatesChoice {
  const monday = addDays(mondayOf(today), 7);
  return { deliveryDate: monday, pickupDate: addDays(monday, 11) };
}

/** A week chosen in the grid: delivered on its Monday, picked up on its Friday. */
export function weekDates(monday: string): DatesChoice {
  return { deliveryDate: monday, pickupDate: addDays(monday, 4) };
}

/** The loan form's prefill: shown from delivery to pick-up, as asked. */
export function loanDraft(exhibitionId: number, choice: DatesChoice): LoanRequestDraft {
  return {
    exhibitionId,
    deliveryDate: choice.deliveryDate,
    startDate: choice.deliveryDate,
    endDate: choice.pickupDate,
    pickupDate: choice.pickupDate,
  };
}

export interface ExhibitionAnswer {
  exhibition: AvailabilityExhibition;
  free: boolean;
  /** The loans too close to the chosen dates (buffer days included). */
  inTheWay: LoanSummary[];
  /** The nearest periods of the same length that are free, nearest first (only when not free). */
  suggestions: Span[];
}

export interface DatesAnswer {
  loanable: ExhibitionAnswer[];
  guidedCircuits: AvailabilityExhibition[];
}

/**
 * Every loanable exhibition in use, free or not for the chosen dates, naming what is in the way. Suggestions
 * are kept only when the fetched range covers them and their buffer days, so no unseen loan can sit there;
 * with `usableDay` (see shared/domain/calendar/school-days.ts) they start and end on school days, as the server's do.
 */
export function answerDates(
  availability: LoanAvailability,
  choice: DatesChoice,
  range: DateRange,
  today: string,
  usableDay?: (date: string) => boolean,
): DatesAnswer {
  const inUse = availability.exhibitions.filter((exhibition) => !exhibition.archived).sort(byTitle);
  const loanable = inUse
    .filter((exhibition) => !isGuidedCircuit(exhibition))
    .map((exhibition): ExhibitionAnswer => {
      const loans = loansOf(availability, exhibition.id);
      const blocking = new Set(loansInTheWay(choice, loans, exhibition.bufferDays).map((period) => period.id));
      const inTheWay = loans.filter((loan) => blocking.has(loan.id));
      const suggestions =
        inTheWay.length === 0
          ? []
          : nearestFreePeriods(choice, loans, exhibition.bufferDays, { notBefore: today, usableDay }).filter(
              (span) =>
                addDays(span.start, -exhibition.bufferDays - 1) >= range.from && addDays(span.end, exhibition.bufferDays + 1) <= range.to,
            );
      return { exhibition, free: inTheWay.length === 0, inTheWay, suggestions };
    });
  return { loanable, guidedCircuits: inUse.filter(isGuidedCircuit) };
}

/** A suggested period as a choice of dates. */
export function choiceOf(span: Span): DatesChoice {
  return { deliveryDate: span.start, pickupDate: span.end };
}
