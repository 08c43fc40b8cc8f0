import { useMemo, useState } from 'react';
import { Anchor, Button, Card, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconInfoCircle, IconPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingHouseholdSummary } from '../../../../shared/domain/housing/people';
import { DataTable, type DataColumn } from '../../../components/data-table/DataTable';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { QueryFailure } from '../../../components/QueryFailure';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { ListToolbar } from '../../../components/ListToolbar';
import { dayOf, nextHouseholdSort, sortHouseholds, type HouseholdSort, type HouseholdSortColumn } from '../model/household-form';
import { formatDay } from '../model/unit-form';
import { useHouseholds } from '../queries';
import { HouseholdDrawer } from './HouseholdDrawer';
import { HouseholdFormModal } from './HouseholdFormModal';

type Dialog = { kind: 'create' } | { kind: 'detail'; id: number };

/** Households, by their code only (names are encrypted, so not searchable); a household opens in its sheet. */
export function HouseholdsTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const households = useHouseholds(debounced ? { search: debounced } : {});
  const [sort, setSort] = useState<HouseholdSort>({ column: 'created', direction: 'desc' });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const rows = useMemo(() => sortHouseholds(households.data ?? [], sort), [households.data, sort]);
  const locale = localeOf(currentLanguage());
  const open = (household: HousingHouseholdSummary) => setDialog({ kind: 'detail', id: household.id });

  const columns: DataColumn<HousingHouseholdSummary, HouseholdSortColumn>[] = [
    {
      key: 'code',
      header: t('housing:households.code'),
      sortColumn: 'code',
      render: (household) => (
        <Anchor component="button" type="button" size="sm" fw={700} ff="monospace" onClick={() => open(household)}>
          {household.code}
        </Anchor>
      ),
    },
    { key: 'size', header: t('housing:households.size'), sortColumn: 'size', align: 'right', width: 130, render: (household) => <Text size="sm">{household.size}</Text> },
    {
      key: 'people',
      header: t('housing:households.people'),
      sortColumn: 'people',
      align: 'right',
      width: 170,
      render: (household) => <Text size="sm">{household.personCount}</Text>,
    },
    {
      key: 'created',
      header: t('housing:households.created'),
      sortColumn: 'created',
      width: 180,
      render: (household) => <Text size="sm">{formatDay(dayOf(household.createdAt), locale)}</Text>,
    },
  ];

  return (
    <Stack gap="md">
      <ListToolbar
        search={search}
        onSearch={setSearch}
        searchPlaceholder={t('housing:households.searchPlaceholder')}
        filtered={search.trim() !== ''}
        onClear={() => setSearch('')}
        actions={
          <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
            {t('housing:households.new')}
          </Button>
        }
      />
      <Text size="xs" c="dimmed" mt={-8}>
        <IconInfoCircle size={14} style={{ verticalAlign: '-2px', marginRight: 4 }} aria-hidden="true" />
        {t('housing:households.searchHint')}
      </Text>
      <Card withBorder radius="lg" padding={0}>
        {households.isError ? (
          <QueryFailure error={households.error} onRetry={() => void households.refetch()} />
        ) : !households.isPending && rows.length === 0 ? (
          <ListEmpty
            icon={<IconUsers size={28} stroke={1.5} aria-hidden="true" />}
            title={t(search.trim() ? 'housing:households.emptyFilteredTitle' : 'housing:households.emptyTitle')}
            description={t(search.trim() ? 'housing:households.emptyFilteredBody' : 'housing:households.emptyBody')}
          />
        ) : (
          <DataTable
            caption={t('housing:tabs.households')}
            columns={columns}
            rows={rows}
            rowKey={(household) => household.id}
            sort={sort}
            onSort={(column) => setSort((current) => nextHouseholdSort(current, column))}
            pending={households.isPending}
            stale={households.isPlaceholderData}
            minWidth={560}
          />
        )}
      </Card>
      {dialog?.kind === 'create' && <HouseholdFormModal onClose={close} onCreated={(id) => setDialog({ kind: 'detail', id })} />}
      {dialog?.kind === 'detail' && <HouseholdDrawer householdId={dialog.id} onClose={close} />}
    </Stack>
  );
}
