import type { ReactNode } from 'react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../../shared/domain/directory';
import type { LoanSummary } from '../../../../shared/domain/loans/loans';
import type { DataColumn } from '../../../components/data-table/DataTable';
import type { PagedListControls } from '../../../components/data-table/PagedTable';
import { PagedListPager } from '../../../components/data-table/PagedListPager';
import { usePagedRows } from '../../../components/data-table/use-paged-rows';
import { QueryFailure } from '../../../components/QueryFailure';
import type { LoanSortColumn } from './loan-columns';

interface LoanCardsProps {
  caption: string;
  query: UseQueryResult<Page<LoanSummary>>;
  list: PagedListControls<LoanSortColumn>;
  columns: readonly DataColumn<LoanSummary, LoanSortColumn>[];
  actions(loan: LoanSummary): ReactNode;
  empty: ReactNode;
}

/**
 * The loans as a list of cards, for a narrow window (zoom at 200 % or 400 %, issue 21, WCAG 1.4.10): the same
 * columns, each under its header's words, one loan under the other, so nothing scrolls sideways. The headers'
 * sorting becomes a row of buttons that say the current order; paging is the table's.
 */
export function LoanCards({ caption, query, list, columns, actions, empty }: LoanCardsProps) {
  const { t } = useTranslation();
  const { rows, total, isEmpty } = usePagedRows(query, list);
  const { sort } = list.state;
  const sortable = columns.filter((column) => column.sortColumn);

  if (query.isError) return <QueryFailure error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="sm">
      <Group gap={6} wrap="wrap" role="group" aria-label={t('exhibitions:loans.cards.sortBy')}>
        <Text size="sm" c="dimmed" aria-hidden="true">
          {t('exhibitions:loans.cards.sortBy')}
        </Text>
        {sortable.map((column) => {
          const sorted = sort.column === column.sortColumn;
          const Icon = !sorted ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
          const state = !sorted ? 'sortNone' : sort.direction === 'asc' ? 'sortAsc' : 'sortDesc';
          return (
            <Button
              key={column.key}
              size="compact-sm"
              variant={sorted ? 'light' : 'default'}
              rightSection={<Icon size={14} stroke={1.8} aria-hidden="true" />}
              aria-label={t(`exhibitions:loans.cards.${state}`, { column: column.header })}
              onClick={() => list.sortBy(column.sortColumn as LoanSortColumn)}
            >
              {column.header}
            </Button>
          );
        })}
      </Group>
      <Stack component="ul" gap="xs" aria-label={caption} aria-busy={query.isPending || query.isPlaceholderData} m={0} p={0}>
        {rows.map((loan) => (
          <Card component="li" key={loan.id} withBorder radius="md" padding="sm" style={{ listStyle: 'none' }} opacity={query.isPlaceholderData ? 0.55 : 1}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={6} miw={0}>
                {columns.map((column) => (
                  <div key={column.key}>
                    <Text size="xs" c="dimmed" fw={600}>
                      {column.header}
                    </Text>
                    {column.render(loan)}
                  </div>
                ))}
              </Stack>
              {actions(loan)}
            </Group>
          </Card>
        ))}
      </Stack>
      {isEmpty ? <Card withBorder radius="lg" padding={0}>{empty}</Card> : null}
      {total > 0 && (
        <Card withBorder radius="lg" padding={0}>
          <PagedListPager caption={caption} query={query} list={list} />
        </Card>
      )}
    </Stack>
  );
}
