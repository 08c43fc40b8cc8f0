import { useTranslation } from 'react-i18next';
import type { Loan } from '../../../../shared/domain/loans/loans';
import { api, apiErrorOf } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { useExhibitionMutation } from '../mutations';

/** Deleting a request (or a refused or cancelled loan) after a confirmation naming it. */
export function DeleteLoanDialog({ loan, onDone, onClose }: { loan: Loan; onDone(): void; onClose(): void }) {
  const { t } = useTranslation();
  const remove = useExhibitionMutation(api.loans.delete);
  const confirm = async () => {
    try {
      await remove.mutateAsync({ id: loan.id });
      notifySuccess(t('exhibitions:deleteLoan.done', { borrower: loan.borrowerName }));
      onDone();
    } catch (error) {
      notifyError(t, apiErrorOf(error));
      onClose();
    }
  };
  return (
    <ConfirmDialog
      opened
      title={t('exhibitions:deleteLoan.title')}
      message={t('exhibitions:deleteLoan.message', { borrower: loan.borrowerName, exhibition: loan.exhibitionTitle })}
      confirmLabel={t('exhibitions:actions.delete')}
      danger
      loading={remove.isPending}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
