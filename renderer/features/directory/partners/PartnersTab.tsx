import { useRef, useState } from 'react';
import { Button, Divider, Menu, Stack } from '@mantine/core';
import { IconHeartHandshake, IconPlus, IconUserStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Partner } from '../../../../shared/domain/directory';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { PagedTable } from '../../../components/data-table/PagedTable';
import { useListState } from '../../../components/data-table/use-list-state';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { ListToolbar } from '../../../components/ListToolbar';
import { RowActions } from '../common/RowActions';
import { useDirectoryMutation, usePartners } from '../directory-queries';
import type { FacilitatorSortColumn } from './facilitator-list';
import { FacilitatorsSection, type FacilitatorFilterValues } from './FacilitatorsSection';
import { usePartnerColumns, type PartnerSortColumn } from './partner-columns';
import { PartnerFilters, type PartnerFilterValues } from './PartnerFilters';
import { PartnerFormModal } from './PartnerFormModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; partner: Partner } | { kind: 'delete'; partner: Partner };

/** Partners (CRIPEL, Cité Miroir, associations…) and, below, the facilitators who lead the activities. */
export function PartnersTab() {
  const { t } = useTranslation();
  const list = useListState<PartnerFilterValues, PartnerSortColumn>({ filters: { kinds: [] }, sort: { column: 'name', direction: 'asc' } });
  const facilitatorList = useListState<FacilitatorFilterValues, FacilitatorSortColumn>({
    filters: { partnerId: undefined },
    sort: { column: 'name', direction: 'asc' },
  });
  const partners = usePartners(list.query);
  const columns = usePartnerColumns();
  const remove = useDirectoryMutation(api.partners.delete);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const facilitatorsRef = useRef<HTMLDivElement>(null);
  const close = () => setDialog(null);

  const showFacilitatorsOf = (partner: Partner) => {
    facilitatorList.clear();
    facilitatorList.setFilters({ partnerId: partner.id });
    facilitatorsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <Stack gap="xl">
      <Stack gap="md">
        <ListToolbar
          title={t('directory.partners.title')}
          search={list.state.search}
          onSearch={list.setSearch}
          searchPlaceholder={t('directory.partners.searchPlaceholder')}
          filters={<PartnerFilters value={list.state.filters} onChange={list.setFilters} />}
          filtered={list.filtered}
          onClear={list.clear}
          actions={
            <>
              <ExportCsvButton exportCsv={() => api.partners.exportCsv(list.exportFilters)} />
              <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
                {t('directory.partners.new')}
              </Button>
            </>
          }
        />
        <PagedTable
          caption={t('directory.partners.title')}
          query={partners}
          list={list}
          columns={columns}
          rowKey={(partner) => partner.id}
          actions={(partner) => (
            <RowActions name={partner.name} onEdit={() => setDialog({ kind: 'edit', partner })} onDelete={() => setDialog({ kind: 'delete', partner })}>
              <Menu.Item leftSection={<IconUserStar size={16} stroke={1.7} />} onClick={() => showFacilitatorsOf(partner)}>
                {t('directory.partners.showFacilitators')}
              </Menu.Item>
            </RowActions>
          )}
          empty={
            <ListEmpty
              icon={<IconHeartHandshake size={28} stroke={1.5} aria-hidden="true" />}
              title={list.filtered ? t('directory.partners.emptyFilteredTitle') : t('directory.partners.emptyTitle')}
              description={list.filtered ? t('directory.emptyFilteredBody') : t('directory.partners.emptyBody')}
            />
          }
        />
      </Stack>
      <Divider />
      <div ref={facilitatorsRef} style={{ scrollMarginTop: 80 }}>
        <FacilitatorsSection list={facilitatorList} />
      </div>
      {dialog?.kind === 'create' && <PartnerFormModal onClose={close} />}
      {dialog?.kind === 'edit' && <PartnerFormModal partner={dialog.partner} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          title={t('directory.partners.deleteTitle', { name: dialog.partner.name })}
          message={t('directory.partners.deleteMessage', { name: dialog.partner.name })}
          done={t('directory.partners.deleted', { name: dialog.partner.name })}
          confirmLabel={t('directory.delete')}
          pending={remove.isPending}
          remove={() => remove.mutateAsync({ id: dialog.partner.id })}
          onClose={close}
        />
      )}
    </Stack>
  );
}
