import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/AppModal';
import { NonSchoolDayQuestion } from '../feedback/NonSchoolDayNotice';
import type { DropQuestion } from './use-event-change';

/** "Move to a day without school?" after a drop or a resize; closing it is cancelling the move. */
export function DropQuestionModal({ question }: { question: DropQuestion | null }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={question !== null} onClose={() => question?.cancel()} title={t('calendar:move.title')} size="md">
      {question && (
        <NonSchoolDayQuestion
          days={question.days}
          title={t('calendar:schoolDays.moveTitle')}
          confirmLabel={t('calendar:schoolDays.confirmMove')}
          cancelLabel={t('calendar:schoolDays.cancelMove')}
          onConfirm={question.confirm}
          onCancel={question.cancel}
        />
      )}
    </AppModal>
  );
}
