import { useTranslation } from 'react-i18next';
import { AppModal } from '../components/AppModal';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { useSession } from './session-context';

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('changePassword.title')}>
      <ChangePasswordForm username={user.username} displayName={user.displayName} onDone={onClose} onCancel={onClose} />
    </AppModal>
  );
}
