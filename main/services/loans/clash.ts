import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { AppError } from '../../errors';
import { loansQuery, type LoanRow } from './loans-read';
import { loansInTheWay, nearestFreePeriods, type HeldPeriod } from '../../../shared/domain/loans/booking-rules';
import { addDays } from '../../../shared/domain/dates';
import { HOLDING_STATUSES } from '../../../shared/domain/loans/loans';
import type { ConflictDetail, DateSpan } from '../../../shared/api/result';
import { listHolidays } from '../calendar/holidays';
import { proposalDays } from '../../../shared/domain/loans/proposal-days';
import { serialiseRule } from '../../db/rule-lock';

/** The clash check of every loan write: the server's side of the booking rules (shared/domain/loans/booking-rules.ts). */

/** The exhibition's loans that hold it (not refused or cancelled), with what a conflict message needs. */
export async function heldLoans(db: Db, exhibitionId: number): Promise<(HeldPeriod & { borrowerName: string })[]> {
  const rows: LoanRow[] = await loansQuery(db)
    .where('loans.exhibition_id', exhibitionId)
    .whereIn('loans.status', HOLDING_STATUSES)
    .orderBy('loans.delivery_date');
  return rows.map((row) => ({
    id: row.id,
    deliveryDate: row.delivery_date,
    pickupDate: row.pickup_date,
    borrowerName: row.school_name ?? row.venue_name,
  }));
}

/**
 * The loans in the way of a period (fewer than the exhibition's buffer days free beside another holding
 * loan) and the nearest free periods of the same length from today on; null when the period is free. The
 * loan form asks it while the dates are typed (loans/checkPeriod), every write through checkLoanClash.
 */
export async function findLoanClash(
  { db, today }: Pick<ServiceContext, 'db' | 'today'>,
  loanId: number | null,
  candidate: { deliveryDate: string; pickupDate: string; schoolId: number | null },
  exhibition: { id: number; title: string; bufferDays: number },
): Promise<{ conflicts: ConflictDetail[]; alternatives: DateSpan[] } | null> {
  const held = await heldLoans(db, exhibition.id);
  const inTheWay = loansInTheWay(candidate, held, exhibition.bufferDays, loanId);
  if (inTheWay.length === 0) return null;
  const byId = new Map(held.map((period) => [period.id, period]));
  const conflicts: ConflictDetail[] = inTheWay.map((period) => ({
    kind: 'exhibition',
    otherId: period.id,
    otherLabel: byId.get(period.id)!.borrowerName,
    start: period.deliveryDate,
    end: period.pickupDate,
    subject: exhibition.title,
  }));
  // Proposals start and end on working days, and for a school stay out of the school breaks (the search
  // looks up to a year each way).
  const closures = await listHolidays(db, addDays(candidate.deliveryDate, -400), addDays(candidate.pickupDate, 400));
  const days = proposalDays(closures, candidate.schoolId !== null);
  const alternatives = nearestFreePeriods(candidate, held, exhibition.bufferDays, { selfId: loanId, notBefore: today, ...days });
  return { conflicts, alternatives };
}

/**
 * Refuses a loan period that leaves fewer than the exhibition's buffer days free beside another holding loan,
 * naming the loans in the way and offering the nearest free periods of the same length from today on.
 */
export async function checkLoanClash(
  ctx: ServiceContext,
  loanId: number | null,
  candidate: { deliveryDate: string; pickupDate: string; schoolId: number | null },
  exhibition: { id: number; title: string; bufferDays: number },
): Promise<void> {
  // Before reading the loans: a concurrent request for the same exhibition waits, then sees this one.
  await serialiseRule(ctx.db, 'loans');
  const clash = await findLoanClash(ctx, loanId, candidate, exhibition);
  if (clash) throw new AppError('CONFLICT', 'loan conflict', { reason: 'loanConflict', ...clash });
}
