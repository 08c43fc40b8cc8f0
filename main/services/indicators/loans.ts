import type { Db } from '../../db/connection';
import { LOAN_STATUSES, type LoanStatus } from '../../../shared/domain/loans/loans';
import type { LoanIndicators, LoanRow, SchoolRow } from '../../../shared/domain/indicators/indicators';
import { daysIncluded, type ResolvedPeriod } from '../../../shared/domain/indicators/period';
import { narrowLoans } from './period-filter';

/**
 * Exhibition loans (issue 16, point 1): loans whose first day of showing falls in the period. A loan counts once
 * it is agreed (approved, delivered or returned); requests still waiting, refusals and cancellations are only
 * in `byStatus`. Weeks on loan are the days shown at the borrower (start to end, both included) ÷ 7.
 */

/** The statuses of a loan that took place or is agreed. */
export const COUNTED_LOAN_STATUSES: readonly LoanStatus[] = ['approved', 'delivered', 'returned'];

interface LoanLine {
  id: number;
  exhibition_id: number;
  exhibition_title: string;
  school_id: number | null;
  school_name: string | null;
  postal_code: string | null;
  neighbourhood: string | null;
  venue_name: string;
  start_date: string;
  end_date: string;
  status: LoanStatus;
}

export async function readLoans(db: Db, period: ResolvedPeriod): Promise<LoanLine[]> {
  return narrowLoans(
    db('loans as l')
      .join('exhibitions as x', 'x.id', 'l.exhibition_id')
      .leftJoin('schools as s', 's.id', 'l.school_id')
      .select(
        'l.id',
        'l.exhibition_id',
        'x.title as exhibition_title',
        'l.school_id',
        's.name as school_name',
        's.postal_code',
        's.neighbourhood',
        'l.venue_name',
        'l.start_date',
        'l.end_date',
        'l.status',
      )
      .orderBy([{ column: 'l.start_date' }, { column: 'l.id' }]),
    period,
    'l',
  );
}

/** Weeks to one decimal: a fortnight's loan of 12 days is 1.7 weeks. */
export function weeks(days: number): number {
  return Math.round((days / 7) * 10) / 10;
}

export function loanIndicators(lines: readonly LoanLine[]): LoanIndicators {
  const byStatus = Object.fromEntries(LOAN_STATUSES.map((status) => [status, 0])) as Record<LoanStatus, number>;
  const counted = lines.filter((line) => COUNTED_LOAN_STATUSES.includes(line.status));
  for (const line of lines) byStatus[line.status] += 1;
  const exhibitions = new Map<number, { exhibitionId: number; title: string; loans: number; days: number }>();
  let days = 0;
  for (const line of counted) {
    const shown = daysIncluded(line.start_date, line.end_date);
    days += shown;
    const entry = exhibitions.get(line.exhibition_id) ?? { exhibitionId: line.exhibition_id, title: line.exhibition_title, loans: 0, days: 0 };
    entry.loans += 1;
    entry.days += shown;
    exhibitions.set(line.exhibition_id, entry);
  }
  return {
    loans: counted.length,
    byStatus,
    weeksOnLoan: weeks(days),
    schools: new Set(counted.map((line) => line.school_id).filter((id) => id !== null)).size,
    byExhibition: [...exhibitions.values()]
      .sort((a, b) => a.title.localeCompare(b.title, 'fr') || a.exhibitionId - b.exhibitionId)
      .map(({ days: shown, ...entry }) => ({ ...entry, weeksOnLoan: weeks(shown) })),
  };
}

/** The loans counted, by first day shown. */
export function loanRows(lines: readonly LoanLine[]): LoanRow[] {
  return lines
    .filter((line) => COUNTED_LOAN_STATUSES.includes(line.status))
    .map((line) => ({
      id: line.id,
      exhibitionId: line.exhibition_id,
      exhibitionTitle: line.exhibition_title,
      schoolId: line.school_id,
      borrowerName: line.school_name ?? line.venue_name,
      startDate: line.start_date,
      endDate: line.end_date,
      status: line.status,
      weeks: weeks(daysIncluded(line.start_date, line.end_date)),
    }));
}

/** The schools borrowing, by name, with their loans counted. */
export function loanSchoolRows(lines: readonly LoanLine[]): SchoolRow[] {
  const schools = new Map<number, SchoolRow>();
  for (const line of lines) {
    if (line.school_id === null || !COUNTED_LOAN_STATUSES.includes(line.status)) continue;
    const row = schools.get(line.school_id) ?? {
      id: line.school_id,
      name: line.school_name ?? '',
      postalCode: line.postal_code ?? '',
      neighbourhood: line.neighbourhood ?? '',
      count: 0,
    };
    row.count += 1;
    schools.set(line.school_id, row);
  }
  return [...schools.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id - b.id);
}
