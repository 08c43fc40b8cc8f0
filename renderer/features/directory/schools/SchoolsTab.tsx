import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconBuildingCommunity, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { School } from '../../../../shared/domain/directory';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { PagedTable } from '../../../components/data-table/PagedTable';
import { useListState } from '../../../components/data-table/use-list-state';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { ListToolbar } from '../../../components/ListToolbar';
import { RowActions } from '../common/RowActions';
import { useDirectoryMutation, useSchools } from '../directory-queries';
import { useSchoolColumns, type SchoolSortColumn } from './school-columns';
import { NO_SCHOOL_FILTERS, SchoolFilters, type SchoolFilterValues } from './SchoolFilters';
import { SchoolFormModal } from './SchoolFormModal';
import { SchoolImportModal } from './SchoolImportModal';

type Dialog = { kind: 'create' } | { kind: 'import' } | { kind: 'edit'; school: School } | { kind: 'delete'; school: School };

/** The schools taking part in the programme: search, filter, sort, page, and every change. */
export function SchoolsTab() {
  const { t } = useTranslation();
  const list = useListState<SchoolFilterValues, SchoolSortColumn>({
    filters: NO_SCHOOL_FILTERS,
    sort: { column: 'name', direction: 'asc' },
    descendingFirst: ['classCount'],
  });
  const schools = useSchools(list.query);
  const columns = useSchoolColumns();
  const remove = useDirectoryMutation(api.schools.delete);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <ListToolbar
        search={list.state.search}
        onSearch={list.setSearch}
        searchPlaceholder={t('directory.schools.searchPlaceholder')}
        filters={<SchoolFilters value={list.state.filters} onChange={list.setFilters} />}
        filtered={list.filtered}
        onClear={list.clear}
        actions={
          <>
            <Button variant="default" leftSection={<IconFileImport size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'import' })}>
              {t('dataTable.importCsv')}
            </Button>
            <ExportCsvButton exportCsv={() => api.schools.exportCsv(list.exportFilters)} />
            <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
              {t('directory.schools.new')}
            </Button>
          </>
        }
      />
      <PagedTable
        caption={t('directory.tabs.schools')}
        query={schools}
        list={list}
        columns={columns}
        rowKey={(school) => school.id}
        actions={(school) => (
          <RowActions
            name={school.name}
            onEdit={() => setDialog({ kind: 'edit', school })}
            onDelete={() => setDialog({ kind: 'delete', school })}
          />
        )}
        empty={
          list.filtered ? (
            <ListEmpty
              icon={<IconBuildingCommunity size={28} stroke={1.5} aria-hidden="true" />}
              title={t('directory.schools.emptyFilteredTitle')}
              description={t('directory.emptyFilteredBody')}
            />
          ) : (
            <ListEmpty
              icon={<IconBuildingCommunity size={28} stroke={1.5} aria-hidden="true" />}
              title={t('directory.schools.emptyTitle')}
              description={t('directory.schools.emptyBody')}
              action={
                <Button variant="light" leftSection={<IconPlus size={16} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
                  {t('directory.schools.addFirst')}
                </Button>
              }
            />
          )
        }
      />
      {dialog?.kind === 'create' && <SchoolFormModal onClose={close} />}
      {dialog?.kind === 'edit' && <SchoolFormModal school={dialog.school} onClose={close} />}
      {dialog?.kind === 'import' && <SchoolImportModal onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          title={t('directory.schools.deleteTitle', { name: dialog.school.name })}
          message={t('directory.schools.deleteMessage', { name: dialog.school.name })}
          done={t('directory.schools.deleted', { name: dialog.school.name })}
          confirmLabel={t('directory.delete')}
          pending={remove.isPending}
          remove={() => remove.mutateAsync({ id: dialog.school.id })}
          onClose={close}
        />
      )}
    </Stack>
  );
}
