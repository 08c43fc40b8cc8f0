import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitStatus } from '../../../../shared/domain/housing/units';

export const STATUS_COLOURS: Record<UnitStatus, string> = {
  identified: 'gray',
  supported: 'blue',
  active: 'teal',
  suspended: 'orange',
  closed: 'dark',
};

export function UnitStatusBadge({ status }: { status: UnitStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOURS[status]}>
      {t(`housing:statuses.${status}`)}
    </Badge>
  );
}
