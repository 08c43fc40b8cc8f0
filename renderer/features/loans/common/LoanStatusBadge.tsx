import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LoanStatus } from '../../../../shared/domain/loans/loans';
import { LOAN_STATUS_COLOURS } from '../model/loan-status';

/** A loan's status in words and in its colour (the words carry the meaning; the colour helps scanning). */
export function LoanStatusBadge({ status, size = 'md' }: { status: LoanStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={LOAN_STATUS_COLOURS[status]} variant={status === 'delivered' ? 'filled' : 'light'} size={size}>
      {t(`exhibitions:statuses.${status}`)}
    </Badge>
  );
}
