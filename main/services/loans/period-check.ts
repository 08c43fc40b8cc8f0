import type { ServiceContext } from '../context';
import { fieldError } from '../../errors';
import { findLoanClash } from './clash';
import type { LoanPeriodCheck } from '../../../shared/api/channels/loans/loans';

/**
 * The loan form's check while the dates are typed (issue 17): the same clash rule and free periods as a save
 * (main/services/loans/clash.ts), read only, so the clash shows before the user saves. The save checks again.
 */
export async function findLoanPeriodClash(
  ctx: ServiceContext,
  input: { exhibitionId: number; deliveryDate: string; pickupDate: string; schoolId: number | null; loanId: number | null },
): Promise<LoanPeriodCheck> {
  if (input.pickupDate < input.deliveryDate) throw fieldError('pickupDate', 'before_delivery');
  const exhibition: { id: number; title: string; buffer_days: number } | undefined = await ctx
    .db('exhibitions')
    .where({ id: input.exhibitionId })
    .first('id', 'title', 'buffer_days');
  if (!exhibition) throw fieldError('exhibitionId', 'not_found');
  const clash = await findLoanClash(ctx, input.loanId, input, { id: exhibition.id, title: exhibition.title, bufferDays: exhibition.buffer_days });
  return clash ?? { conflicts: [], alternatives: [] };
}
