import type { ServiceContext } from '../context';
import { loansQuery, loanSummaries } from './loans-read';
import { waitingRequests } from './waiting';
import { addDays } from '../../../shared/domain/dates';
import type { LoanReminders } from '../../../shared/domain/loans/loans';

/**
 * What the coordinator must act on in the next `days` days. `today` is the server's Belgian day, so every
 * screen agrees on what is late. Each list is short (a handful of loans), so no paging.
 */
export async function loanReminders({ db, today }: ServiceContext, days: number): Promise<LoanReminders> {
  const until = addDays(today, days);
  const byDelivery = [{ column: 'loans.delivery_date' }, { column: 'loans.id' }];
  const byPickup = [{ column: 'loans.pickup_date' }, { column: 'loans.id' }];

  // Late deliveries stay in the list (delivery day ≤ today + days, however long ago) until checked out.
  const deliveries = await loanSummaries(
    loansQuery(db).where('loans.status', 'approved').andWhere('loans.delivery_date', '<=', until).orderBy(byDelivery),
  );
  const pickups = await loanSummaries(
    loansQuery(db)
      .where('loans.status', 'delivered')
      .andWhere('loans.pickup_date', '>=', today)
      .andWhere('loans.pickup_date', '<=', until)
      .orderBy(byPickup),
  );
  const overdueReturns = await loanSummaries(
    loansQuery(db).where('loans.status', 'delivered').andWhere('loans.pickup_date', '<', today).orderBy(byPickup),
  );
  // Oldest request first: the one waiting longest for an answer.
  const awaitingApproval = await loanSummaries(
    loansQuery(db).where('loans.status', 'requested').orderBy([{ column: 'loans.created_at' }, { column: 'loans.id' }]),
  );

  // Waiting requests whose period freed up: offered to the coordinator until recorded or cancelled.
  const waiting = await waitingRequests(db);
  const freedWaiting = waiting.filter((request) => request.periodFree).map(({ periodFree: _free, ...summary }) => summary);

  const flagged: { exhibition_id: number; title: string; n: number | string }[] = await db('exhibition_items')
    .join('exhibitions', 'exhibitions.id', 'exhibition_items.exhibition_id')
    .where('exhibition_items.retired', false)
    .whereNotNull('exhibition_items.flag_condition')
    .groupBy('exhibition_items.exhibition_id', 'exhibitions.title', 'exhibitions.title_key')
    .orderBy('exhibitions.title_key')
    .select('exhibition_items.exhibition_id', 'exhibitions.title')
    .count({ n: '*' });

  return {
    today,
    days,
    deliveries,
    pickups,
    overdueReturns,
    awaitingApproval,
    freedWaiting,
    waitingCount: waiting.length,
    flaggedItems: flagged.map((row) => ({ exhibitionId: row.exhibition_id, exhibitionTitle: row.title, count: Number(row.n) })),
  };
}
