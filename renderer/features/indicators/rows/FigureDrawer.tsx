import { useMemo } from 'react';
import { Alert, Box, Stack, Text } from '@mantine/core';
import { AppDrawer } from '../../../components/AppDrawer';
import { IconListSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/data-table/DataTable';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { TablePager } from '../../../components/data-table/TablePager';
import { useListState } from '../../../components/data-table/use-list-state';
import { ListToolbar } from '../../../components/ListToolbar';
import { QueryFailure } from '../../../components/QueryFailure';
import { documentLanguage } from '../../../i18n/language';
import type { IndicatorRows } from '../../../../shared/domain/indicators/indicators';
import { periodName } from '../period-model';
import { useIndicatorRows } from '../queries';
import type { FigureTarget } from './figure-target';
import { matching, pageOf, sorted } from './row-list';
import { rowText, rowView, type RowView } from './row-views';

type AnyRow = IndicatorRows['rows'][number];

/** The list behind a figure: searched, sorted and paged like the app's other lists. */
export function FigureDrawer({ target, onClose }: { target: FigureTarget | null; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  return (
    <AppDrawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="min(1080px, 94vw)"
      title={target ? t('indicators:rows.title', { label: target.label, period: periodName(target.period, language) }) : ''}
      styles={{ title: { fontWeight: 700 } }}
    >
      {/* A new figure starts a new list: search, sort and page start over. */}
      {target && <FigureRows key={JSON.stringify([target.figure, target.period.period])} target={target} />}
    </AppDrawer>
  );
}

function FigureRows({ target }: { target: FigureTarget }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  const query = useIndicatorRows(target.period.period, target.figure);
  const kind = query.data?.kind ?? (target.figure.kind === 'schools' ? 'schools' : target.figure.kind);
  const view = useMemo(() => rowView(kind, t, language), [kind, t, language]);
  const list = useListState<Record<string, never>, string>({ filters: {}, sort: view.sort });

  const all = useMemo<readonly AnyRow[]>(() => query.data?.rows ?? [], [query.data]);
  const found = useMemo(() => matching(all, list.state.search, (row) => rowText(view, row)), [all, list.state.search, view]);
  const ordered = useMemo(() => sorted(found, list.state.sort, (row, column) => columnValue(view, row, column)), [found, list.state.sort, view]);
  const shown = pageOf(ordered, list.state.page, list.state.pageSize);
  const columns: DataColumn<AnyRow, string>[] = view.columns.map((column) => ({
    key: column.key,
    header: column.header,
    sortColumn: column.key,
    align: column.align,
    render: (row) => column.render?.(row) ?? (column.value(row) ?? '—'),
  }));
  const caption = t('indicators:rows.title', { label: target.label, period: periodName(target.period, language) });

  if (query.isError) return <QueryFailure error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="md" data-testid="figure-rows">
      <ListToolbar
        search={list.state.search}
        onSearch={list.setSearch}
        searchPlaceholder={t('indicators:rows.search')}
        filtered={list.state.search.trim() !== ''}
        onClear={list.clear}
        actions={
          query.data && (
            <Text size="sm" c="dimmed" data-testid="figure-rows-total">
              {t('indicators:rows.count', { count: query.data.total })}
            </Text>
          )
        }
      />
      {query.data && query.data.total > all.length && (
        <Alert color="orange" variant="light">
          {t('indicators:rows.truncated', { shown: all.length, total: query.data.total })}
        </Alert>
      )}
      <Box>
        <DataTable
          caption={caption}
          columns={columns}
          rows={shown}
          rowKey={view.rowKey}
          sort={list.state.sort}
          onSort={list.sortBy}
          pending={query.isPending}
          stale={false}
          minWidth={640}
        />
        {query.isSuccess && shown.length === 0 && (
          <ListEmpty
            icon={<IconListSearch size={22} />}
            title={all.length === 0 ? t('indicators:rows.empty') : t('indicators:rows.noMatch')}
            description=""
          />
        )}
        {found.length > 0 && (
          <TablePager
              caption={caption}
              page={list.state.page}
              pageSize={list.state.pageSize}
              total={found.length}
              loading={false}
              onPage={list.setPage}
              onPageSize={list.setPageSize}
            />
        )}
      </Box>
    </Stack>
  );
}

function columnValue(view: RowView<AnyRow>, row: AnyRow, column: string): string | number | null {
  return view.columns.find((candidate) => candidate.key === column)?.value(row) ?? null;
}
