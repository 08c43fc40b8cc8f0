import { useDeferredValue, useMemo, useState } from 'react';
import { ActionIcon, Anchor, Button, Card, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconAddressBook, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RegistrationSummary } from '../../../../shared/domain/housing/registrations-api';
import { REGISTRATION_KINDS, REGISTRATION_STATUSES, type RegistrationKind, type RegistrationStatus } from '../../../../shared/domain/housing/registrations';
import { DataTable, type DataColumn } from '../../../components/data-table/DataTable';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { TablePager } from '../../../components/data-table/TablePager';
import { DEFAULT_PAGE_SIZE, pageCount } from '../../../components/data-table/list-state';
import { useFormatters } from '../../../i18n/format';
import { QueryFailure } from '../../../components/QueryFailure';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { ListToolbar } from '../../../components/ListToolbar';
import { DueDay, RegistrationStatusBadge } from './common/badges';
import { nextContactStatus, nextRegistrationSort, shortDay, sortRegistrations, type RegistrationSort, type RegistrationSortColumn } from './model/registration-list';
import { filterRegistrations, searchableRegistrations } from './model/registration-search';
import { useRegistrationList } from './queries';

/**
 * Every registration by its person's code: search by person or household code, filter by kind and status, sort,
 * in pages. The list is read once and searched, filtered, sorted and paged on the screen (issue 19: 20,000
 * registrations; see model/registration-search.ts): a keystroke sends no request and draws one page.
 */
export function RegistrationsList({ onOpen, onCreate }: { onOpen(id: number): void; onCreate(): void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<RegistrationKind | null>(null);
  const [status, setStatus] = useState<RegistrationStatus | null>(null);
  const [sort, setSort] = useState<RegistrationSort>({ column: 'nextContact', direction: 'asc' });
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(DEFAULT_PAGE_SIZE);
  // The box shows each key at once; the rows follow as soon as React has time (never behind a typing burst).
  const deferredSearch = useDeferredValue(search);
  const registrations = useRegistrationList();
  const locale = localeOf(currentLanguage());
  const filtered = search.trim() !== '' || kind !== null || status !== null;
  // Any change of what is shown goes back to the first page.
  const refine = <Value,>(set: (value: Value) => void) => (value: Value) => {
    set(value);
    setPage(1);
  };
  const clear = () => {
    setSearch('');
    setKind(null);
    setStatus(null);
    setPage(1);
  };
  // Sorted once per read or sort change (a collator over 20,000 rows), then only filtered: filtering keeps the order.
  const sorted = useMemo(
    () => searchableRegistrations(sortRegistrations(registrations.data ?? [], sort, (value) => t(`registrations:kinds.${value}`))),
    [registrations.data, sort, t],
  );
  const rows = useMemo(() => filterRegistrations(sorted, { search: deferredSearch, kind, status }), [sorted, deferredSearch, kind, status]);
  const lastPage = pageCount(rows.length, pageSize);
  const shownPage = Math.min(page, lastPage);
  const pageRows = useMemo(() => rows.slice((shownPage - 1) * pageSize, shownPage * pageSize), [rows, shownPage, pageSize]);
  const day = (value: string | null) => (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {value ? shortDay(value, locale) : '—'}
    </Text>
  );
  const codeOf = (row: RegistrationSummary) => row.personCode ?? t('registrations:list.erased');

  const columns: DataColumn<RegistrationSummary, RegistrationSortColumn>[] = [
    {
      key: 'person',
      header: t('registrations:list.person'),
      sortColumn: 'person',
      width: 130,
      render: (row) => (
        <Stack gap={0}>
          <Anchor component="button" type="button" size="sm" fw={700} ff={row.personCode ? 'monospace' : undefined} ta="left" onClick={() => onOpen(row.id)}>
            {codeOf(row)}
          </Anchor>
          {row.householdCode && (
            <Text size="xs" c="dimmed">
              {t('registrations:list.householdOf', { code: row.householdCode })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'kind',
      header: t('registrations:list.kind'),
      sortColumn: 'kind',
      // The unit under the kind: one column less, so the list fits without scrolling sideways.
      render: (row) => (
        <Stack gap={0} miw={150}>
          <Text size="sm">{t(`registrations:kinds.${row.kind}`)}</Text>
          {row.unitCode && (
            <Text size="xs" c="dimmed">
              {t('registrations:list.unitOf', { code: row.unitCode })}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: 'status', header: t('registrations:list.status'), sortColumn: 'status', width: 110, render: (row) => <RegistrationStatusBadge status={row.status} /> },
    { key: 'start', header: t('registrations:list.start'), sortColumn: 'start', width: 115, render: (row) => day(row.startDate) },
    { key: 'lastContact', header: t('registrations:list.lastContact'), sortColumn: 'lastContact', width: 115, render: (row) => day(row.lastContactDate) },
    {
      key: 'nextContact',
      header: t('registrations:list.nextContact'),
      sortColumn: 'nextContact',
      width: 125,
      render: (row) => <DueDay day={row.nextContactDue} status={nextContactStatus(row)} short />,
    },
  ];

  return (
    <Stack gap="md">
      <ListToolbar
        search={search}
        onSearch={refine(setSearch)}
        searchPlaceholder={t('registrations:list.searchPlaceholder')}
        filters={
          <>
            <Select<RegistrationKind>
              label={t('registrations:list.kind')}
              placeholder={t('registrations:list.allKinds')}
              clearable
              data={REGISTRATION_KINDS.map((value) => ({ value, label: t(`registrations:kinds.${value}`) }))}
              value={kind}
              onChange={refine(setKind)}
              w={{ base: '100%', xs: 300 }}
            />
            <Select<RegistrationStatus>
              label={t('registrations:list.status')}
              placeholder={t('registrations:list.allStatuses')}
              clearable
              data={REGISTRATION_STATUSES.map((value) => ({ value, label: t(`registrations:statuses.${value}`) }))}
              value={status}
              onChange={refine(setStatus)}
              w={{ base: '100%', xs: 180 }}
            />
          </>
        }
        filtered={filtered}
        onClear={clear}
        actions={
          <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={onCreate}>
            {t('registrations:list.new')}
          </Button>
        }
      />
      {registrations.data && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('registrations:list.count', { count: rows.length, formatted: format.number(rows.length) })}
        </Text>
      )}
      <Card withBorder radius="lg" padding={0}>
        {registrations.isError ? (
          <QueryFailure error={registrations.error} onRetry={() => void registrations.refetch()} />
        ) : !registrations.isPending && rows.length === 0 ? (
          filtered ? (
            <ListEmpty
              icon={<IconAddressBook size={28} stroke={1.5} aria-hidden="true" />}
              title={t('registrations:list.emptyFilteredTitle')}
              description={t('registrations:list.emptyFilteredBody')}
              action={
                <Button variant="light" onClick={clear}>
                  {t('dataTable.clearFilters')}
                </Button>
              }
            />
          ) : (
            <ListEmpty
              icon={<IconAddressBook size={28} stroke={1.5} aria-hidden="true" />}
              title={t('registrations:list.emptyTitle')}
              description={t('registrations:list.emptyBody')}
              action={
                <Button variant="light" leftSection={<IconPlus size={16} stroke={1.7} />} onClick={onCreate}>
                  {t('registrations:list.addFirst')}
                </Button>
              }
            />
          )
        ) : (
          <>
            <DataTable
              caption={t('registrations:tabs.list')}
              columns={columns}
              rows={pageRows}
              rowKey={(row) => row.id}
              sort={sort}
              onSort={(column) => {
                setSort((current) => nextRegistrationSort(current, column));
                setPage(1);
              }}
              pending={registrations.isPending}
              stale={false}
              minWidth={900}
              actions={(row) => (
                <Tooltip label={t('registrations:list.open')}>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('registrations:list.openFor', { code: codeOf(row) })} onClick={() => onOpen(row.id)}>
                    <IconChevronRight size={18} />
                  </ActionIcon>
                </Tooltip>
              )}
            />
            {rows.length > 0 && (
              <TablePager
                caption={t('registrations:tabs.list')}
                page={shownPage}
                pageSize={pageSize}
                total={rows.length}
                loading={registrations.isFetching}
                onPage={setPage}
                onPageSize={refine(setPageSize)}
              />
            )}
          </>
        )}
      </Card>
    </Stack>
  );
}
