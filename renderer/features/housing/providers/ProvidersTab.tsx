import { useMemo, useState } from 'react';
import { ActionIcon, Anchor, Button, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingProvider } from '../../../../shared/domain/housing/housing-units-api';
import { api } from '../../../api/client';
import { DataTable, type DataColumn } from '../../../components/data-table/DataTable';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import type { Sort } from '../../../components/data-table/list-state';
import { QueryFailure } from '../../../components/QueryFailure';
import { ListToolbar } from '../../../components/ListToolbar';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { useHousingMutation } from '../mutations';
import { useProviders } from '../queries';
import { ProviderFormModal } from './ProviderFormModal';

type Column = 'name' | 'kind' | 'units';
type Dialog = { kind: 'create' } | { kind: 'edit'; provider: HousingProvider } | { kind: 'delete'; provider: HousingProvider };

/** The partners who provide units: citizen hosts, non-profits, the CPAS, social rental agencies, owners, operators. */
export function ProvidersTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<Sort<Column>>({ column: 'name', direction: 'asc' });
  const providers = useProviders(search.trim() ? { search: search.trim() } : {});
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const remove = useHousingMutation(api.housing.deleteProvider);
  const close = () => setDialog(null);

  const rows = useMemo(() => {
    const collator = new Intl.Collator('fr', { sensitivity: 'base' });
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...(providers.data ?? [])].sort((a, b) => {
      const order =
        sort.column === 'units' ? a.unitCount - b.unitCount : sort.column === 'kind' ? collator.compare(t(`housing:providerKinds.${a.kind}`), t(`housing:providerKinds.${b.kind}`)) : 0;
      return sign * order || (sort.column === 'name' ? sign : 1) * collator.compare(a.name, b.name);
    });
  }, [providers.data, sort, t]);

  const columns: DataColumn<HousingProvider, Column>[] = [
    {
      key: 'name',
      header: t('housing:providers.name'),
      sortColumn: 'name',
      render: (provider) => (
        <Anchor component="button" type="button" size="sm" fw={600} ta="left" onClick={() => setDialog({ kind: 'edit', provider })}>
          {provider.name}
        </Anchor>
      ),
    },
    { key: 'kind', header: t('housing:providers.kind'), sortColumn: 'kind', render: (provider) => <Text size="sm">{t(`housing:providerKinds.${provider.kind}`)}</Text> },
    {
      key: 'contact',
      header: t('fields.contactName'),
      render: (provider) => (
        <Text size="sm">{[provider.contactName, provider.email, provider.phone].filter(Boolean).join(' · ') || '—'}</Text>
      ),
    },
    { key: 'units', header: t('housing:providers.units'), sortColumn: 'units', align: 'right', width: 110, render: (provider) => <Text size="sm">{provider.unitCount}</Text> },
  ];

  return (
    <Stack gap="md">
      <ListToolbar
        search={search}
        onSearch={setSearch}
        searchPlaceholder={t('housing:providers.searchPlaceholder')}
        filtered={search.trim() !== ''}
        onClear={() => setSearch('')}
        actions={
          <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
            {t('housing:providers.new')}
          </Button>
        }
      />
      <Card withBorder radius="lg" padding={0}>
        {providers.isError ? (
          <QueryFailure error={providers.error} onRetry={() => void providers.refetch()} />
        ) : !providers.isPending && rows.length === 0 ? (
          <ListEmpty
            icon={<IconUsersGroup size={28} stroke={1.5} aria-hidden="true" />}
            title={t(search.trim() ? 'housing:providers.emptyFilteredTitle' : 'housing:providers.emptyTitle')}
            description={t(search.trim() ? 'housing:providers.emptyFilteredBody' : 'housing:providers.emptyBody')}
          />
        ) : (
          <DataTable
            caption={t('housing:tabs.providers')}
            columns={columns}
            rows={rows}
            rowKey={(provider) => provider.id}
            sort={sort}
            onSort={(column) => setSort((current) => ({ column, direction: current.column === column && current.direction === 'asc' ? 'desc' : 'asc' }))}
            pending={providers.isPending}
            stale={providers.isPlaceholderData}
            minWidth={640}
            actions={(provider) => (
              <Group gap={4} wrap="nowrap">
                <Tooltip label={t('housing:providers.edit')}>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('housing:providers.editFor', { name: provider.name })} onClick={() => setDialog({ kind: 'edit', provider })}>
                    <IconPencil size={18} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('housing:providers.delete')}>
                  <ActionIcon variant="subtle" color="red" aria-label={t('housing:providers.deleteFor', { name: provider.name })} onClick={() => setDialog({ kind: 'delete', provider })}>
                    <IconTrash size={18} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            )}
          />
        )}
      </Card>
      {dialog?.kind === 'create' && <ProviderFormModal onClose={close} />}
      {dialog?.kind === 'edit' && <ProviderFormModal provider={dialog.provider} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          title={t('housing:providers.deleteTitle', { name: dialog.provider.name })}
          message={t('housing:providers.deleteMessage', { name: dialog.provider.name })}
          done={t('housing:providers.deleted', { name: dialog.provider.name })}
          confirmLabel={t('housing:delete.confirm')}
          explainRefusal
          pending={remove.isPending}
          remove={() => remove.mutateAsync({ id: dialog.provider.id })}
          onDone={close}
          onClose={close}
        />
      )}
    </Stack>
  );
}
