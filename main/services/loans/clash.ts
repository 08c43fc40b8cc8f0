import type { Db } from '../../db/connection';
import { AppError, fieldError } from '../../errors';
import { loansQuery, toLoanSummary, type LoanRow } from './loans-read';
import { blockedSpan, loansInTheWay, nearestFreePeriods, type HeldPeriod } from '../../../shared/domain/loans/booking-rules';
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { HOLDING_STATUSES, type LoanAvailability } from '../../../shared/domain/loans/loans';
import type { ConflictDetail } from '../../../shared/api/result';
import { listHolidays } from '../calendar/holidays';
import { schoolDayTest } from '../../../shared/domain/calendar/school-days';

/** When an exhibition is free: the server's side of the booking rules (shared/domain/loans/booking-rules.ts). */

/** The exhibition's loans that hold it (not refused or cancelled), with what a conflict message needs. */
async function heldLoans(db: Db, exhibitionId: number): Promise<(HeldPeriod & { borrowerName: string })[]> {
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
 * Refuses a loan period that leaves fewer than the exhibition's buffer days free beside another holding loan,
 * naming the loans in the way and offering the nearest free periods of the same length from `today` on.
 */
export async function checkLoanClash(
  db: Db,
  loanId: number | null,
  candidate: { deliveryDate: string; pickupDate: string },
  exhibition: { id: number; title: string; bufferDays: number },
  today: string,
): Promise<void> {
  const held = await heldLoans(db, exhibition.id);
  const inTheWay = loansInTheWay(candidate, held, exhibition.bufferDays, loanId);
  if (inTheWay.length === 0) return;
  const byId = new Map(held.map((period) => [period.id, period]));
  const conflicts: ConflictDetail[] = inTheWay.map((period) => ({
    kind: 'exhibition',
    otherId: period.id,
    otherLabel: byId.get(period.id)!.borrowerName,
    start: period.deliveryDate,
    end: period.pickupDate,
    subject: exhibition.title,
  }));
  // Proposals must start and end on school days (the search looks up to a year each way).
  const usableDay = schoolDayTest(await listHolidays(db, addDays(candidate.deliveryDate, -400), addDays(candidate.pickupDate, 400)));
  const alternatives = nearestFreePeriods(candidate, held, exhibition.bufferDays, { selfId: loanId, notBefore: today, usableDay });
  throw new AppError('CONFLICT', 'loan conflict', { reason: 'loanConflict', conflicts, alternatives });
}

/** Same bound as the calendar's (events/list): a school year and a bit; wider requests are a mistake or an abuse. */
const MAX_RANGE_DAYS = 430;

/** The most buffer days an exhibition may have (the contract's cap), to pre-filter loans in SQL. */
const MAX_BUFFER_DAYS = 60;

/**
 * The exhibitions open for loans, and every holding loan whose blocked days (buffer included) touch the
 * range. An archived exhibition is listed too when such a loan is of it, so no loan is left without its row.
 */
export async function loanAvailability(db: Db, range: { from: string; to: string }): Promise<LoanAvailability> {
  if (range.to < range.from) throw fieldError('to', 'end_before_start');
  if (daysBetween(range.from, range.to) > MAX_RANGE_DAYS) throw fieldError('to', 'too_big', { limit: MAX_RANGE_DAYS });

  // Buffer days differ per exhibition: widen by the largest in SQL (portable), then keep the exact ones.
  const rows: (LoanRow & { buffer_days: number })[] = await loansQuery(db)
    .select('exhibitions.buffer_days')
    .whereIn('loans.status', HOLDING_STATUSES)
    .where('loans.delivery_date', '<=', addDays(range.to, MAX_BUFFER_DAYS))
    .andWhere('loans.pickup_date', '>=', addDays(range.from, -MAX_BUFFER_DAYS))
    .orderBy([{ column: 'loans.delivery_date' }, { column: 'loans.id' }]);
  const touching = rows.filter((row) => {
    const blocked = blockedSpan({ id: row.id, deliveryDate: row.delivery_date, pickupDate: row.pickup_date }, row.buffer_days);
    return blocked.start <= range.to && blocked.end >= range.from;
  });
  const loans = touching.map(toLoanSummary);

  const exhibitionRows: { id: number; title: string; kind: string; buffer_days: number; archived: number | boolean }[] = await db('exhibitions')
    .where('archived', false)
    .orWhereIn('id', [...new Set(touching.map((row) => row.exhibition_id))])
    .orderBy([{ column: 'title_key' }, { column: 'id' }])
    .select('id', 'title', 'kind', 'buffer_days', 'archived');
  return {
    exhibitions: exhibitionRows.map((row) => ({
      id: row.id,
      title: row.title,
      kind: row.kind,
      bufferDays: row.buffer_days,
      archived: Boolean(row.archived),
    })),
    loans,
  };
}
