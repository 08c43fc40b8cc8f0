import { useMemo } from 'react';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/api/contract';
import type { LoanSummary } from '../../../../shared/domain/loans/loans';
import type { DataColumn } from '../../../components/data-table/DataTable';
import { isLanguage } from '../../../i18n/language';
import { LoanStatusBadge } from '../common/LoanStatusBadge';
import { compactSpan } from '../model/loan-text';
import { SchoolPageButton } from '../../directory';

export type LoanSortColumn = NonNullable<InputOf<'loans', 'list'>['sortBy']>;

/** Days on the road (delivery → pick-up, the period shown below), exhibition, borrower (opens the loan), status. */
export function useLoanColumns(onOpen: (loan: LoanSummary) => void): DataColumn<LoanSummary, LoanSortColumn>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const language = isLanguage(i18n.language) ? i18n.language : 'fr';
    const columns: DataColumn<LoanSummary, LoanSortColumn>[] = [
      {
        key: 'dates',
        header: t('exhibitions:loans.columns.dates'),
        sortColumn: 'deliveryDate',
        render: (loan) => (
          <Stack gap={0}>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {compactSpan(loan.deliveryDate, loan.pickupDate, language)}
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('exhibitions:loans.shown', { span: compactSpan(loan.startDate, loan.endDate, language) })}
            </Text>
          </Stack>
        ),
      },
      {
        key: 'exhibition',
        header: t('exhibitions:loans.columns.exhibition'),
        sortColumn: 'exhibition',
        render: (loan) => <Text size="sm">{loan.exhibitionTitle}</Text>,
      },
      {
        key: 'borrower',
        header: t('exhibitions:loans.columns.borrower'),
        sortColumn: 'borrower',
        render: (loan) => (
          <Group gap={4} wrap="nowrap">
            <Anchor component="button" type="button" size="sm" fw={600} ta="left" onClick={() => onOpen(loan)}>
              {loan.borrowerName}
            </Anchor>
            {loan.schoolId !== null && <SchoolPageButton schoolId={loan.schoolId} name={loan.borrowerName} />}
          </Group>
        ),
      },
      {
        key: 'status',
        header: t('exhibitions:loans.columns.status'),
        sortColumn: 'status',
        width: 130,
        render: (loan) => <LoanStatusBadge status={loan.status} />,
      },
    ];
    return columns;
  }, [t, i18n.language, onOpen]);
}
