import { ConditionCheckModal } from '../checks/ConditionCheckModal';
import { DeleteLoanDialog } from './DeleteLoanDialog';
import type { LoanDialog } from './loan-dialog';
import { LoanDetailDrawer } from './LoanDetailDrawer';
import { LoanFormModal } from './LoanFormModal';
import { ReasonModal } from './ReasonModal';

/** The loan dialogs of the section: the form, the sheet, and the actions started from the sheet. */
export function LoanDialogs({ dialog, onChange }: { dialog: LoanDialog | null; onChange(dialog: LoanDialog | null): void }) {
  if (!dialog) return null;
  const close = () => onChange(null);
  const backToSheet = (loanId: number) => () => onChange({ kind: 'detail', loanId });
  switch (dialog.kind) {
    case 'create':
      return <LoanFormModal existing={null} prefill={dialog.prefill} onDone={(loan) => onChange({ kind: 'detail', loanId: loan.id })} onClose={close} />;
    case 'detail':
      return <LoanDetailDrawer loanId={dialog.loanId} onAction={(kind, loan) => onChange({ kind, loan })} onClose={close} />;
    case 'edit':
      return <LoanFormModal existing={dialog.loan} onDone={backToSheet(dialog.loan.id)} onClose={backToSheet(dialog.loan.id)} />;
    case 'refuse':
    case 'cancel':
      return <ReasonModal kind={dialog.kind} loan={dialog.loan} onDone={backToSheet(dialog.loan.id)} onClose={backToSheet(dialog.loan.id)} />;
    case 'checkOut':
    case 'checkIn':
      return (
        <ConditionCheckModal
          phase={dialog.kind === 'checkOut' ? 'delivery' : 'return'}
          loan={dialog.loan}
          onDone={backToSheet(dialog.loan.id)}
          onClose={backToSheet(dialog.loan.id)}
        />
      );
    case 'delete':
      return <DeleteLoanDialog loan={dialog.loan} onDone={close} onClose={backToSheet(dialog.loan.id)} />;
  }
}
