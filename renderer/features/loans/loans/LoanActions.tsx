import { Button, Group } from '@mantine/core';
import { IconBan, IconCalendarCheck, IconCheck, IconPackageExport, IconPackageImport, IconPencil, IconTrash, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Loan } from '../../../../shared/domain/loans/loans';
import { loanActionsFor, type LoanAction } from '../model/loan-status';

const ICONS = {
  confirmWaiting: IconCalendarCheck,
  approve: IconCheck,
  refuse: IconX,
  checkOut: IconPackageExport,
  checkIn: IconPackageImport,
  edit: IconPencil,
  cancel: IconBan,
  delete: IconTrash,
} as const;

/** The next step first (approve, deliver, receive back), then the other actions the loan's status allows. */
export function LoanActions({ loan, busy, onAction }: { loan: Loan; busy: LoanAction | null; onAction(action: LoanAction): void }) {
  const { t } = useTranslation();
  const actions = loanActionsFor(loan.status);
  const primary: LoanAction[] = ['confirmWaiting', 'approve', 'checkOut', 'checkIn'];
  if (actions.length === 0) return null;
  return (
    <Group gap="xs">
      {actions.map((action) => {
        const Icon = ICONS[action];
        const isPrimary = primary.includes(action);
        return (
          <Button
            key={action}
            size="sm"
            variant={isPrimary ? 'filled' : action === 'delete' ? 'subtle' : 'default'}
            color={action === 'delete' ? 'red' : undefined}
            leftSection={<Icon size={16} aria-hidden="true" />}
            loading={busy === action}
            onClick={() => onAction(action)}
          >
            {t(`exhibitions:actions.${action}`)}
          </Button>
        );
      })}
    </Group>
  );
}
