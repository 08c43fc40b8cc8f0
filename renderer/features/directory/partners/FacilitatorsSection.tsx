import { useCallback, useMemo, useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconPlus, IconUserStar } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import type { Facilitator, Page } from '../../../../shared/domain/directory';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { PagedTable } from '../../../components/data-table/PagedTable';
import type { ListController } from '../../../components/data-table/use-list-state';
import { isLanguage, localeOf } from '../../../i18n/language';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { ListToolbar } from '../../../components/ListToolbar';
import { RowActions } from '../common/RowActions';
import { directoryKeys, useDirectoryMutation } from '../directory-queries';
import { useFacilitatorColumns } from './facilitator-columns';
import { pageOf, sortFacilitators, type FacilitatorSortColumn } from './facilitator-list';
import { FacilitatorFormModal } from './FacilitatorFormModal';
import { PartnerSelect } from './PartnerSelect';

export interface FacilitatorFilterValues {
  partnerId: number | undefined;
}

type Dialog = { kind: 'create' } | { kind: 'edit'; facilitator: Facilitator } | { kind: 'delete'; facilitator: Facilitator };

/** The facilitators (intervenant·es) of every partner, and independent ones; sorted and paged here. */
export function FacilitatorsSection({ list }: { list: ListController<FacilitatorFilterValues, FacilitatorSortColumn> }) {
  const { t, i18n } = useTranslation();
  const columns = useFacilitatorColumns();
  const remove = useDirectoryMutation(api.partners.deleteFacilitator);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const { sort, page, pageSize } = list.state;
  const collator = useMemo(
    () => new Intl.Collator(localeOf(isLanguage(i18n.language) ? i18n.language : 'fr'), { sensitivity: 'base', numeric: true }),
    [i18n.language],
  );
  const select = useCallback(
    (rows: Facilitator[]): Page<Facilitator> => ({ rows: pageOf(sortFacilitators(rows, sort, collator.compare), page, pageSize), total: rows.length }),
    [sort, page, pageSize, collator],
  );
  const input = list.exportFilters;
  const facilitators = useQuery({
    queryKey: directoryKeys.facilitators(input),
    queryFn: async () => unwrap(await api.partners.facilitators(input)),
    placeholderData: keepPreviousData,
    select,
  });

  return (
    <Stack gap="md">
      <ListToolbar
        title={t('directory.facilitators.title')}
        search={list.state.search}
        onSearch={list.setSearch}
        searchPlaceholder={t('directory.facilitators.searchPlaceholder')}
        filters={
          <PartnerSelect
            label={t('directory.filters.partner')}
            placeholder={t('directory.allPartners')}
            value={list.state.filters.partnerId}
            onChange={(partnerId) => list.setFilters({ partnerId: partnerId ?? undefined })}
            w={{ base: '100%', xs: 260 }}
          />
        }
        filtered={list.filtered}
        onClear={list.clear}
        actions={
          <>
            <ExportCsvButton exportCsv={() => api.partners.exportFacilitatorsCsv(input)} />
            <Button variant="light" leftSection={<IconPlus size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
              {t('directory.facilitators.new')}
            </Button>
          </>
        }
      />
      <PagedTable
        caption={t('directory.facilitators.title')}
        query={facilitators}
        list={list}
        columns={columns}
        rowKey={(facilitator) => facilitator.id}
        minWidth={620}
        actions={(facilitator) => (
          <RowActions
            name={facilitator.name}
            onEdit={() => setDialog({ kind: 'edit', facilitator })}
            onDelete={() => setDialog({ kind: 'delete', facilitator })}
          />
        )}
        empty={
          <ListEmpty
            icon={<IconUserStar size={28} stroke={1.5} aria-hidden="true" />}
            title={list.filtered ? t('directory.facilitators.emptyFilteredTitle') : t('directory.facilitators.emptyTitle')}
            description={list.filtered ? t('directory.emptyFilteredBody') : t('directory.facilitators.emptyBody')}
          />
        }
      />
      {dialog?.kind === 'create' && <FacilitatorFormModal partnerId={list.state.filters.partnerId} onClose={close} />}
      {dialog?.kind === 'edit' && <FacilitatorFormModal facilitator={dialog.facilitator} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          title={t('directory.facilitators.deleteTitle', { name: dialog.facilitator.name })}
          message={t('directory.facilitators.deleteMessage', { name: dialog.facilitator.name })}
          done={t('directory.facilitators.deleted', { name: dialog.facilitator.name })}
          confirmLabel={t('directory.delete')}
          pending={remove.isPending}
          remove={() => remove.mutateAsync({ id: dialog.facilitator.id })}
          onClose={close}
        />
      )}
    </Stack>
  );
}
