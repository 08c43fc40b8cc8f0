import { useEffect, useMemo, useState } from 'react';
import { ActionIcon, Anchor, Button, Card, Select, Stack, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingCommunity, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/api/contract';
import type { HousingUnit, HousingUnitSummary } from '../../../../shared/domain/housing/housing-units-api';
import { UNIT_KINDS, UNIT_STATUSES, type UnitKind, type UnitStatus } from '../../../../shared/domain/housing/units';
import { api } from '../../../api/client';
import { DataTable, type DataColumn } from '../../../components/data-table/DataTable';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { QueryFailure } from '../../../components/QueryFailure';
import { ListToolbar } from '../../../components/ListToolbar';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { UnitStatusBadge } from '../common/StatusBadge';
import { nextUnitSort, sortUnits, type UnitSort, type UnitSortColumn } from '../model/unit-form';
import { useHousingMutation } from '../mutations';
import { useUnits } from '../queries';
import { UnitDetailDrawer } from './UnitDetailDrawer';
import { UnitFormModal } from './UnitFormModal';

type Dialog =
  | { kind: 'create' }
  | { kind: 'detail'; id: number }
  | { kind: 'edit'; unit: HousingUnit }
  | { kind: 'delete'; unit: HousingUnit };

/** Every housing unit: search by code, address or provider, filter by kind and status, sort; a unit opens in its sheet. */
export function UnitsTab({ linkedUnit, onLinkOpened }: { linkedUnit: number | null; onLinkOpened(): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<UnitKind | null>(null);
  const [status, setStatus] = useState<UnitStatus | null>(null);
  const [sort, setSort] = useState<UnitSort>({ column: 'code', direction: 'asc' });
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const input: InputOf<'housing', 'units'> = { ...(debounced ? { search: debounced } : {}), ...(kind ? { kind } : {}), ...(status ? { status } : {}) };
  const units = useUnits(input);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const remove = useHousingMutation(api.housing.deleteUnit);
  const close = () => setDialog(null);
  const backTo = (id: number) => () => setDialog({ kind: 'detail', id });
  const filtered = search.trim() !== '' || kind !== null || status !== null;
  const clear = () => {
    setSearch('');
    setKind(null);
    setStatus(null);
  };
  const rows = useMemo(() => sortUnits(units.data ?? [], sort, (value) => t(`housing:kinds.${value}`)), [units.data, sort, t]);
  const open = (unit: HousingUnitSummary) => setDialog({ kind: 'detail', id: unit.id });
  useEffect(() => {
    if (linkedUnit === null) return;
    setDialog({ kind: 'detail', id: linkedUnit });
    onLinkOpened();
  }, [linkedUnit, onLinkOpened]);

  const columns: DataColumn<HousingUnitSummary, UnitSortColumn>[] = [
    {
      key: 'code',
      header: t('housing:fieldLabels.code'),
      sortColumn: 'code',
      width: 120,
      render: (unit) => (
        <Anchor component="button" type="button" size="sm" fw={700} ff="monospace" onClick={() => open(unit)}>
          {unit.code}
        </Anchor>
      ),
    },
    { key: 'kind', header: t('housing:units.kind'), sortColumn: 'kind', render: (unit) => <Text size="sm">{t(`housing:kinds.${unit.kind}`)}</Text> },
    { key: 'address', header: t('fields.address'), sortColumn: 'address', render: (unit) => <Text size="sm">{unit.address}</Text> },
    { key: 'provider', header: t('housing:units.provider'), sortColumn: 'provider', render: (unit) => <Text size="sm">{unit.providerName ?? '—'}</Text> },
    { key: 'capacity', header: t('housing:units.places'), sortColumn: 'capacity', align: 'right', width: 90, render: (unit) => <Text size="sm">{unit.capacity}</Text> },
    { key: 'status', header: t('fields.status'), sortColumn: 'status', width: 130, render: (unit) => <UnitStatusBadge status={unit.status} /> },
  ];

  return (
    <Stack gap="md">
      <ListToolbar
        search={search}
        onSearch={setSearch}
        searchPlaceholder={t('housing:units.searchPlaceholder')}
        filters={
          <>
            <Select<UnitKind>
              label={t('housing:units.kind')}
              placeholder={t('housing:units.allKinds')}
              clearable
              data={UNIT_KINDS.map((value) => ({ value, label: t(`housing:kinds.${value}`) }))}
              value={kind}
              onChange={setKind}
              w={{ base: '100%', xs: 260 }}
            />
            <Select<UnitStatus>
              label={t('fields.status')}
              placeholder={t('housing:units.allStatuses')}
              clearable
              data={UNIT_STATUSES.map((value) => ({ value, label: t(`housing:statuses.${value}`) }))}
              value={status}
              onChange={setStatus}
              w={{ base: '100%', xs: 180 }}
            />
          </>
        }
        filtered={filtered}
        onClear={clear}
        actions={
          <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
            {t('housing:units.new')}
          </Button>
        }
      />
      {units.data && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('housing:units.count', { count: rows.length })}
        </Text>
      )}
      <Card withBorder radius="lg" padding={0}>
        {units.isError ? (
          <QueryFailure error={units.error} onRetry={() => void units.refetch()} />
        ) : !units.isPending && rows.length === 0 ? (
          filtered ? (
            <ListEmpty
              icon={<IconBuildingCommunity size={28} stroke={1.5} aria-hidden="true" />}
              title={t('housing:units.emptyFilteredTitle')}
              description={t('housing:units.emptyFilteredBody')}
              action={
                <Button variant="light" onClick={clear}>
                  {t('dataTable.clearFilters')}
                </Button>
              }
            />
          ) : (
            <ListEmpty
              icon={<IconBuildingCommunity size={28} stroke={1.5} aria-hidden="true" />}
              title={t('housing:units.emptyTitle')}
              description={t('housing:units.emptyBody')}
              action={
                <Button variant="light" leftSection={<IconPlus size={16} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
                  {t('housing:units.addFirst')}
                </Button>
              }
            />
          )
        ) : (
          <DataTable
            caption={t('housing:tabs.units')}
            columns={columns}
            rows={rows}
            rowKey={(unit) => unit.id}
            sort={sort}
            onSort={(column) => setSort((current) => nextUnitSort(current, column))}
            pending={units.isPending}
            stale={units.isPlaceholderData}
            minWidth={760}
            actions={(unit) => (
              <Tooltip label={t('housing:units.open')}>
                <ActionIcon variant="subtle" color="gray" aria-label={t('housing:units.openFor', { code: unit.code })} onClick={() => open(unit)}>
                  <IconChevronRight size={18} />
                </ActionIcon>
              </Tooltip>
            )}
          />
        )}
      </Card>
      {dialog?.kind === 'create' && <UnitFormModal onClose={close} onCreated={(unit) => setDialog({ kind: 'detail', id: unit.id })} />}
      {dialog?.kind === 'edit' && <UnitFormModal unit={dialog.unit} onClose={backTo(dialog.unit.id)} />}
      {dialog?.kind === 'detail' && (
        <UnitDetailDrawer
          unitId={dialog.id}
          onEdit={(unit) => setDialog({ kind: 'edit', unit })}
          onDelete={(unit) => setDialog({ kind: 'delete', unit })}
          onClose={close}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          title={t('housing:units.deleteTitle', { code: dialog.unit.code })}
          message={t('housing:units.deleteMessage', { code: dialog.unit.code })}
          done={t('housing:units.deleted', { code: dialog.unit.code })}
          confirmLabel={t('housing:delete.confirm')}
          explainRefusal
          pending={remove.isPending}
          remove={() => remove.mutateAsync({ id: dialog.unit.id })}
          onDone={close}
          onClose={backTo(dialog.unit.id)}
        />
      )}
    </Stack>
  );
}
