import type { Db } from '../../db/connection';
import { heldLoans } from './clash';
import { loansQuery, toLoanSummary, type LoanRow } from './loans-read';
import { waitingPeriodIsFree, type HeldPeriod } from '../../../shared/domain/loans/booking-rules';
import type { WaitingRequest } from '../../../shared/domain/loans/loans';

/**
 * Waiting requests (issue 17): recorded on a period another loan holds, they hold nothing. Each is read with
 * whether its period is free now, by the booking rule itself, so it is offered as soon as the loans in its
 * way stop holding the period (cancelled, refused, moved, returned early) whatever changed them.
 */
export async function waitingRequests(db: Db): Promise<WaitingRequest[]> {
  const rows: (LoanRow & { buffer_days: number })[] = await loansQuery(db)
    .select('exhibitions.buffer_days')
    .where('loans.status', 'waiting')
    .orderBy([{ column: 'loans.created_at' }, { column: 'loans.id' }]);
  const heldBy = new Map<number, HeldPeriod[]>();
  const requests: WaitingRequest[] = [];
  for (const row of rows) {
    let held = heldBy.get(row.exhibition_id);
    if (!held) {
      held = await heldLoans(db, row.exhibition_id);
      heldBy.set(row.exhibition_id, held);
    }
    const period = { id: row.id, deliveryDate: row.delivery_date, pickupDate: row.pickup_date };
    requests.push({ ...toLoanSummary(row), periodFree: waitingPeriodIsFree(period, held, row.buffer_days) });
  }
  return requests;
}
