import type { Loan } from '../../../../shared/domain/loans/loans';
import type { LoanPrefill } from '../model/loan-form-values';

/** Which loan dialog is open. Dialogs opened from a loan's sheet go back to the sheet when they close. */
export type LoanDialog =
  | { kind: 'create'; prefill?: Partial<LoanPrefill> }
  | { kind: 'detail'; loanId: number }
  | { kind: 'edit'; loan: Loan }
  | { kind: 'refuse' | 'cancel'; loan: Loan }
  | { kind: 'checkOut' | 'checkIn'; loan: Loan }
  | { kind: 'delete'; loan: Loan };
