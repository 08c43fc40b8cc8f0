import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/users';

/** One status per account: deactivated, waiting for its owner's own password, or active. */
export function UserStatusBadge({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  if (!user.active) {
    return (
      <Badge size="sm" variant="light" color="gray">
        {t('users.status.inactive')}
      </Badge>
    );
  }
  if (user.mustChangePassword) {
    return (
      <Badge size="sm" variant="light" color="orange">
        {t('users.status.mustChange')}
      </Badge>
    );
  }
  return (
    <Badge size="sm" variant="dot" color="teal">
      {t('users.status.active')}
    </Badge>
  );
}
