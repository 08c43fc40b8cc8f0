import { useMemo, useState } from 'react';
import { Badge, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconListNumbers, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { WaitlistEntry } from '../../../../shared/domain/housing/waitlist';
import { api, apiErrorOf } from '../../../api/client';
import { DataTable, type DataColumn } from '../../../components/data-table/DataTable';
import { nextSort, type Sort } from '../../../components/data-table/list-state';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { QueryFailure } from '../../../components/QueryFailure';
import { notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { ListToolbar } from '../../../components/ListToolbar';
import { PlacementFormModal } from '../placements/PlacementFormModal';
import { CloseEntryModal } from './CloseEntryModal';
import { WaitlistActions, type WaitlistAction } from './WaitlistActions';
import { PriorityBadge, UnitKindsText } from './WaitlistBadges';
import { WaitlistFormModal } from './WaitlistFormModal';
import { showWaitlistError } from './waitlist-errors';
import { defaultWaitlistSort, shortDay, searchWaitlist, sortWaitlist, WAITLIST_VIEWS, type WaitlistSortColumn, type WaitlistView } from './waitlist-model';
import { useWaitlist, useWaitlistMutation, waitlistKeys } from './waitlist-queries';

type Dialog = { kind: 'add' } | { kind: 'edit'; entry: WaitlistEntry } | { kind: 'close'; entry: WaitlistEntry } | { kind: 'place'; entry: WaitlistEntry };

/**
 * The prioritised waiting list: households waiting for a place, ranked by priority then by the day they asked
 * (the rank is the server's). Those who left the list (placed or withdrawn) are a second view, and can be put back.
 */
export function WaitlistTab() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [view, setView] = useState<WaitlistView>('waiting');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<Sort<WaitlistSortColumn>>(defaultWaitlistSort('waiting'));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const entries = useWaitlist(view);
  const waiting = useWaitlist('waiting');
  const reopen = useWaitlistMutation(api.waitlist.reopen);
  const locale = localeOf(currentLanguage());
  const close = () => setDialog(null);
  const rows = useMemo(() => sortWaitlist(searchWaitlist(entries.data ?? [], search), sort), [entries.data, search, sort]);
  const waitingHouseholdIds = useMemo(() => new Set((waiting.data ?? []).map((entry) => entry.householdId)), [waiting.data]);

  const changeView = (next: WaitlistView) => {
    setView(next);
    setSort(defaultWaitlistSort(next));
  };

  const putBack = async (entry: WaitlistEntry) => {
    try {
      const back = await reopen.mutateAsync({ id: entry.id });
      notifySuccess(t('housing:waitlist.reopened', { code: back.householdCode, rank: back.rank }));
    } catch (failure) {
      showWaitlistError(t, apiErrorOf(failure));
    }
  };

  const columns: DataColumn<WaitlistEntry, WaitlistSortColumn>[] = [
    ...(view === 'waiting'
      ? [{ key: 'rank', header: t('housing:waitlist.rank'), sortColumn: 'rank' as const, width: 60, render: (entry: WaitlistEntry) => <Text fw={700}>{entry.rank}</Text> }]
      : []),
    {
      key: 'code',
      header: t('housing:waitlist.household'),
      sortColumn: 'code',
      render: (entry) => (
        <Text size="sm" fw={700} ff="monospace">
          {entry.householdCode}
        </Text>
      ),
    },
    // Once left, the places asked say enough; without the size the row fits the screen.
    ...(view === 'waiting'
      ? [{ key: 'size', header: t('housing:waitlist.size'), align: 'right' as const, render: (entry: WaitlistEntry) => <Text size="sm">{entry.householdSize}</Text> }]
      : []),
    { key: 'places', header: t('housing:waitlist.places'), align: 'right', render: (entry) => <Text size="sm">{entry.placesNeeded}</Text> },
    { key: 'priority', header: t('fields.priority'), render: (entry) => <PriorityBadge priority={entry.priority} /> },
    { key: 'requested', header: t('housing:waitlist.requested'), sortColumn: 'requested', render: (entry) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{shortDay(entry.requestedDate, locale)}</Text> },
    ...(view === 'closed'
      ? [
          {
            key: 'closed',
            header: t('housing:waitlist.left'),
            sortColumn: 'closed' as const,
            render: (entry: WaitlistEntry) => (
              <Group gap={6} wrap="nowrap">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {entry.closedDate ? shortDay(entry.closedDate, locale) : ''}
                </Text>
                <Badge size="sm" variant="light" color={entry.status === 'placed' ? 'teal' : 'gray'}>
                  {t(`housing:waitlist.statuses.${entry.status}`)}
                </Badge>
              </Group>
            ),
          },
        ]
      : []),
    {
      key: 'days',
      header: t('housing:waitlist.days'),
      sortColumn: 'days',
      align: 'right',
      render: (entry) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{t('housing:waitlist.daysValue', { count: entry.daysWaiting })}</Text>,
    },
    { key: 'kinds', header: t('housing:waitlist.kinds'), render: (entry) => <UnitKindsText kinds={entry.unitKinds} /> },
  ];

  const act = (action: WaitlistAction, entry: WaitlistEntry) => {
    if (action === 'reopen') void putBack(entry);
    else setDialog({ kind: action, entry });
  };
  const actions = (entry: WaitlistEntry) => (
    <WaitlistActions entry={entry} reopening={reopen.isPending && reopen.variables?.id === entry.id} onAction={act} />
  );

  const searching = search.trim() !== '';
  return (
    <Stack gap="md">
      <ListToolbar
        search={search}
        onSearch={setSearch}
        searchPlaceholder={t('housing:waitlist.searchPlaceholder')}
        filters={
          <SegmentedControl<WaitlistView>
            aria-label={t('housing:waitlist.viewLabel')}
            data={WAITLIST_VIEWS.map((value) => ({ value, label: t(`housing:waitlist.views.${value}`) }))}
            value={view}
            onChange={changeView}
          />
        }
        filtered={searching}
        onClear={() => setSearch('')}
        actions={
          <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'add' })}>
            {t('housing:waitlist.add')}
          </Button>
        }
      />
      {view === 'waiting' && (
        <Text size="xs" c="dimmed" mt={-8}>
          {t('housing:waitlist.orderHint')}
        </Text>
      )}
      <Card withBorder radius="lg" padding={0}>
        {entries.isError ? (
          <QueryFailure error={entries.error} onRetry={() => void entries.refetch()} />
        ) : !entries.isPending && rows.length === 0 ? (
          <ListEmpty
            icon={<IconListNumbers size={28} stroke={1.5} aria-hidden="true" />}
            title={t(searching ? 'housing:waitlist.emptyFilteredTitle' : `housing:waitlist.empty.${view}.title`)}
            description={t(searching ? 'housing:waitlist.emptyFilteredBody' : `housing:waitlist.empty.${view}.body`)}
          />
        ) : (
          <DataTable
            caption={t(`housing:waitlist.views.${view}`)}
            columns={columns}
            rows={rows}
            rowKey={(entry) => entry.id}
            sort={sort}
            onSort={(column) => setSort((current) => nextSort(current, column, column === 'days' || column === 'closed'))}
            pending={entries.isPending}
            stale={entries.isPlaceholderData}
            actions={actions}
            minWidth={940}
          />
        )}
      </Card>
      {dialog?.kind === 'add' && <WaitlistFormModal waitingHouseholdIds={waitingHouseholdIds} onClose={close} />}
      {dialog?.kind === 'edit' && <WaitlistFormModal entry={dialog.entry} waitingHouseholdIds={waitingHouseholdIds} onClose={close} />}
      {dialog?.kind === 'close' && <CloseEntryModal entry={dialog.entry} onClose={close} />}
      <PlacementFormModal
        opened={dialog?.kind === 'place'}
        onClose={close}
        householdId={dialog?.kind === 'place' ? dialog.entry.householdId : undefined}
        places={dialog?.kind === 'place' ? dialog.entry.placesNeeded : undefined}
        // The server closed the household's entry as 'placed' with the placement: the list moves up.
        onSaved={() => void queryClient.invalidateQueries({ queryKey: waitlistKeys.all })}
      />
    </Stack>
  );
}
