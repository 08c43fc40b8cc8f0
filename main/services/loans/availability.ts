import type { Db } from '../../db/connection';
import { fieldError } from '../../errors';
import { loansQuery, toLoanSummary, type LoanRow } from './loans-read';
import { blockedSpan } from '../../../shared/domain/loans/booking-rules';
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { HOLDING_STATUSES, type LoanAvailability } from '../../../shared/domain/loans/loans';

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
