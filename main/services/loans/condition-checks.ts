import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { fieldErrors } from '../../errors';
import { insertReturningId } from '../../db/query-toolkit';
import { getLoan, neighbourLoans } from './loans-read';
import { assertStatus, loanState } from './loans';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { FieldError } from '../../../shared/api/result';
import type { CheckPhase, Loan, LoanStatus } from '../../../shared/domain/loans/loans';
import { checkDayAheadIssue, deliveredDates, deliveryDayIssue, deliveryWindow, returnDelayIssue, returnLimit } from '../../../shared/domain/loans/handover-rules';
import { serialiseRule } from '../../db/rule-lock';

/**
 * The condition checks at delivery (check-out) and at return (check-in): every item of the exhibition,
 * once, with its condition. A check moves the loan along; a return flags what came back damaged or missing.
 * Its day follows the handover rules (shared/domain/loans/handover-rules.ts): no delivery while the
 * exhibition is out elsewhere or too early for the loan before; a return that delays the next loan only
 * once the user confirmed it (`acceptDelay`), having read which loan it delays.
 */

export type ConditionCheckInput = ParsedInputOf<'loans', 'checkIn'>;

const STEP: Record<CheckPhase, { from: LoanStatus; to: LoanStatus }> = {
  delivery: { from: 'approved', to: 'delivered' },
  return: { from: 'delivered', to: 'returned' },
};

/** The items must be exactly the exhibition's items in use: none foreign, none twice, none forgotten. */
async function checkItems(db: Db, exhibitionId: number, items: ConditionCheckInput['items']): Promise<FieldError[]> {
  const inUse = new Set<number>(
    (await db('exhibition_items').where({ exhibition_id: exhibitionId, retired: false }).pluck('id')).map(Number),
  );
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  items.forEach((item, index) => {
    if (!inUse.has(item.itemId)) errors.push({ path: `items.${index}.itemId`, issue: 'not_found' });
    else if (seen.has(item.itemId)) errors.push({ path: `items.${index}.itemId`, issue: 'duplicate' });
    seen.add(item.itemId);
  });
  const missing = [...inUse].filter((itemId) => !seen.has(itemId)).length;
  if (missing > 0) errors.push({ path: 'items', issue: 'incomplete', params: { missing } });
  return errors;
}

/** Checked by the user who acts (`userId`), recorded at `now`. */
export async function recordConditionCheck({ db, userId, now, today }: ServiceContext, phase: CheckPhase, input: ConditionCheckInput): Promise<Loan> {
  // Before reading the loan: a second delivery or return of it (or of another loan of the exhibition) waits.
  await serialiseRule(db, 'loans');
  const loan = await loanState(db, input.id);
  assertStatus(loan.status, [STEP[phase].from]);

  const errors = await checkItems(db, loan.exhibition_id, input.items);
  const exhibition: { buffer_days: number } = await db('exhibitions').where({ id: loan.exhibition_id }).first('buffer_days');
  const others = await neighbourLoans(db, loan.exhibition_id, loan.id);
  const dates = { id: loan.id, deliveryDate: loan.delivery_date, endDate: loan.end_date };
  if (phase === 'delivery') {
    // What the window says comes first ("possible from the 9th" says more than "not today yet").
    const refused = deliveryDayIssue(deliveryWindow(dates, others, exhibition.buffer_days), input.date) ?? checkDayAheadIssue(input.date, today);
    if (refused) errors.push({ path: 'date', ...refused });
  } else {
    const ahead = checkDayAheadIssue(input.date, today);
    if (ahead) errors.push({ path: 'date', ...ahead });
    const delivery: { checked_on: string } | undefined = await db('loan_checks')
      .where({ loan_id: loan.id, phase: 'delivery' })
      .first('checked_on');
    if (delivery && input.date < delivery.checked_on) errors.push({ path: 'date', issue: 'before_delivery' });
    const delays = returnDelayIssue(returnLimit(dates, others, exhibition.buffer_days), input.date);
    if (delays && input.acceptDelay !== true) errors.push({ path: 'date', ...delays });
  }
  if (errors.length > 0) throw fieldErrors(errors);

  const at = now.toISOString();
  const checkId = await insertReturningId(db, 'loan_checks', {
    loan_id: loan.id,
    phase,
    checked_on: input.date,
    checked_by: userId,
    notes: input.notes,
    created_at: at,
  });
  await db('loan_check_items').insert(
    input.items.map((item) => ({ check_id: checkId, item_id: item.itemId, condition: item.condition, note: item.note })),
  );
  // The loan holds the exhibition for the days it really had it: from an early delivery, until a late return.
  const held =
    phase === 'delivery'
      ? { delivery_date: deliveredDates({ deliveryDate: loan.delivery_date }, input.date).deliveryDate }
      : { pickup_date: input.date > loan.pickup_date ? input.date : loan.pickup_date };
  await db('loans').where({ id: loan.id }).update({ status: STEP[phase].to, ...held, updated_at: at });

  if (phase === 'return') {
    // Shown on the exhibition (and in the reminders) until someone resolves it.
    for (const item of input.items) {
      if (item.condition === 'good') continue;
      await db('exhibition_items')
        .where({ id: item.itemId })
        .update({ flag_condition: item.condition, flag_note: item.note, flag_loan_id: loan.id, flag_since: input.date });
    }
  }
  return getLoan(db, loan.id);
}
