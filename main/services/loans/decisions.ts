import type { ServiceContext } from '../context';
import type { LoanDecisionKind } from '../../../shared/domain/loans/loans';

/**
 * Signs a decision on a loan: who (the user who acts) and when (the service's clock). The loan's history
 * shows them; the reason is the one the loan keeps (refused or cancelled).
 */
export async function recordLoanDecision(
  { db, userId, now }: ServiceContext,
  loanId: number,
  decision: LoanDecisionKind,
  reason = '',
): Promise<void> {
  await db('loan_decisions').insert({ loan_id: loanId, decision, decided_at: now.toISOString(), decided_by: userId, reason });
}
