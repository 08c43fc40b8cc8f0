import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { notifyError, notifySuccess } from '../../../forms/notify';

interface DeleteDialogProps {
  title: string;
  message: string;
  /** Said once the record is gone. */
  done: string;
  pending: boolean;
  remove(): Promise<unknown>;
  onClose(): void;
}

/**
 * "Supprimer … ?" naming the record. A refusal (the school still has events: CONFLICT) closes the dialog
 * and explains why in a notification; nothing was deleted.
 */
export function DeleteDialog({ title, message, done, pending, remove, onClose }: DeleteDialogProps) {
  const { t } = useTranslation();
  const confirm = async () => {
    try {
      await remove();
      notifySuccess(done);
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    }
    onClose();
  };
  return (
    <ConfirmDialog
      opened
      title={title}
      message={message}
      confirmLabel={t('directory.delete')}
      danger
      loading={pending}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
