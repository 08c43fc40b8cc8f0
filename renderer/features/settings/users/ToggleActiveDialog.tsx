import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/users';
import { apiErrorOf } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { useUpdateUser } from '../queries';

/** Deactivating keeps the account and its history but stops it signing in; reactivating undoes that. */
export function ToggleActiveDialog({ user, onClose }: { user: UserSummary; onClose(): void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const deactivating = user.active;
  const key = deactivating ? 'deactivate' : 'reactivate';

  const confirm = async () => {
    try {
      await update.mutateAsync({ id: user.id, displayName: user.displayName, roles: user.roles, active: !user.active });
      notifySuccess(t(`users.${key}Done`, { name: user.displayName }));
      onClose();
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    }
  };

  return (
    <ConfirmDialog
      opened
      title={t(`users.${key}Title`, { name: user.displayName })}
      message={t(`users.${key}Message`, { name: user.displayName })}
      confirmLabel={t(`users.${key}`)}
      danger={deactivating}
      loading={update.isPending}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
