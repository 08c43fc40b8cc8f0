import { useCallback, type ReactNode } from 'react';
import { ActionIcon, Button, Stack, Tooltip } from '@mantine/core';
import { IconChevronRight, IconPackage, IconPlus } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { LoanSummary } from '../../../../shared/domain/loans/loans';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { PagedTable } from '../../../components/data-table/PagedTable';
import { useListState } from '../../../components/data-table/use-list-state';
import { ListToolbar } from '../../../components/ListToolbar';
import { useLoans } from '../queries';
import { useLoanColumns, type LoanSortColumn } from './loan-columns';
import { LoanFilters, NO_LOAN_FILTERS, type LoanFilterValues } from './LoanFilters';
import { WaitingOffers } from './WaitingOffers';
import { LoanCards } from './LoanCards';

/** Below this width (1366 px at 200 % zoom is 683 px) the table would scroll sideways: the loans become cards. */
const NARROW_QUERY = '(max-width: 50em)';

interface LoansTabProps {
  onNew(): void;
  onOpen(loanId: number): void;
}

/** Every loan request and loan: search, filter, sort, page; a loan opens in its sheet. */
export function LoansTab({ onNew, onOpen }: LoansTabProps) {
  const { t } = useTranslation();
  const list = useListState<LoanFilterValues, LoanSortColumn>({
    filters: NO_LOAN_FILTERS,
    sort: { column: 'deliveryDate', direction: 'desc' },
  });
  const loans = useLoans(list.query);
  const open = useCallback((loan: LoanSummary) => onOpen(loan.id), [onOpen]);
  const columns = useLoanColumns(open);
  const narrow = useMediaQuery(NARROW_QUERY, false, { getInitialValueInEffect: false });
  const actions = (loan: LoanSummary) => (
    <Tooltip label={t('exhibitions:loans.open')}>
      <ActionIcon variant="subtle" color="gray" aria-label={t('exhibitions:loans.openFor', { borrower: loan.borrowerName })} onClick={() => open(loan)}>
        <IconChevronRight size={18} />
      </ActionIcon>
    </Tooltip>
  );
  const empty: ReactNode = list.filtered ? (
    <ListEmpty
      icon={<IconPackage size={28} stroke={1.5} aria-hidden="true" />}
      title={t('exhibitions:loans.emptyFilteredTitle')}
      description={t('exhibitions:loans.emptyFilteredBody')}
      action={
        <Button variant="light" onClick={list.clear}>
          {t('dataTable.clearFilters')}
        </Button>
      }
    />
    ) : (
    <ListEmpty
      icon={<IconPackage size={28} stroke={1.5} aria-hidden="true" />}
      title={t('exhibitions:loans.emptyTitle')}
      description={t('exhibitions:loans.emptyBody')}
      action={
        <Button variant="light" leftSection={<IconPlus size={16} stroke={1.7} />} onClick={onNew}>
          {t('exhibitions:loans.addFirst')}
        </Button>
      }
    />
    );

  return (
    <Stack gap="md">
      <WaitingOffers onShowWaiting={() => list.setFilters({ statuses: ['waiting'] })} onOpen={onOpen} />
      <ListToolbar
        search={list.state.search}
        onSearch={list.setSearch}
        searchPlaceholder={t('exhibitions:loans.searchPlaceholder')}
        filters={<LoanFilters value={list.state.filters} onChange={list.setFilters} />}
        filtered={list.filtered}
        onClear={list.clear}
        actions={
          <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={onNew}>
            {t('exhibitions:loans.new')}
          </Button>
        }
      />
      {narrow ? (
        <LoanCards caption={t('exhibitions:tabs.loans')} query={loans} list={list} columns={columns} actions={actions} empty={empty} />
      ) : (
        <PagedTable
          caption={t('exhibitions:tabs.loans')}
          query={loans}
          list={list}
          columns={columns}
          rowKey={(loan) => loan.id}
          minWidth={640}
          actions={actions}
          empty={empty}
        />
      )}
    </Stack>
  );
}
