import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { LoanSummary } from '../../../../shared/domain/loans/loans';
import { api, apiErrorOf } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { isLoanConflict, loanConflictSentence } from '../model/loan-text';
import { useExhibitionMutation } from '../mutations';

/**
 * Turns a waiting request into a request (loans/confirmWaiting). The server checks the clash again: if the
 * period was taken meanwhile, the message names who has it, and the request stays waiting.
 */
export function useConfirmWaiting() {
  const { t } = useTranslation();
  const mutation = useExhibitionMutation(api.loans.confirmWaiting);
  const confirm = async (loan: Pick<LoanSummary, 'id' | 'borrowerName' | 'exhibitionTitle'>) => {
    try {
      await mutation.mutateAsync({ id: loan.id });
      notifySuccess(t('exhibitions:waiting.confirmed', { borrower: loan.borrowerName, exhibition: loan.exhibitionTitle }));
    } catch (failure) {
      const error = apiErrorOf(failure);
      if (isLoanConflict(error) && error.conflicts?.length) {
        notifications.show({
          color: 'red',
          title: t('exhibitions:waiting.takenAgainTitle'),
          message: `${error.conflicts.map((conflict) => loanConflictSentence(t, conflict, currentLanguage())).join(' ')} ${t('exhibitions:waiting.staysWaiting')}`,
          autoClose: 10_000,
          closeButtonProps: { 'aria-label': t('common.close') },
        });
      } else notifyError(t, error);
    }
  };
  return { confirm, pendingId: mutation.isPending ? (mutation.variables?.id ?? null) : null };
}
