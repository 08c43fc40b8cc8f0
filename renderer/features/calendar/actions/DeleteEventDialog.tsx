import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import { apiErrorOf } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { useDeleteEvent } from '../mutations';

/** Deleting removes the event and its attendance for good; cancelling is offered as the gentler way. */
export function DeleteEventDialog({ event, onDone, onClose }: { event: SchoolEvent; onDone(): void; onClose(): void }) {
  const { t } = useTranslation();
  const remove = useDeleteEvent();

  const confirm = async () => {
    try {
      await remove.mutateAsync({ id: event.id });
      notifySuccess(t('calendar:delete.done', { title: event.title }));
      onDone();
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    }
  };

  return (
    <ConfirmDialog
      opened
      title={t('calendar:delete.title')}
      message={t('calendar:delete.message', { title: event.title })}
      confirmLabel={t('calendar:actions.delete')}
      danger
      loading={remove.isPending}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
