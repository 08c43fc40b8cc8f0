import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconBackpack, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { SchoolClass } from '../../../../shared/domain/directory';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { PagedTable } from '../../../components/data-table/PagedTable';
import { useListState } from '../../../components/data-table/use-list-state';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { ListToolbar } from '../../../components/ListToolbar';
import { RowActions } from '../common/RowActions';
import type { SchoolOption } from '../common/SchoolSelect';
import { currentSchoolYear } from '../../../dates/school-years';
import { useClasses, useDirectoryMutation } from '../directory-queries';
import { useClassColumns, type ClassSortColumn } from './class-columns';
import { ClassFilters, type ClassFilterValues } from './ClassFilters';
import { ClassFormModal } from './ClassFormModal';
import { ClassImportModal } from './ClassImportModal';

type Dialog = { kind: 'create' } | { kind: 'import' } | { kind: 'edit'; schoolClass: SchoolClass } | { kind: 'delete'; schoolClass: SchoolClass };

/** Classes per school year (the current one first), with their pupils and teachers. */
export function ClassesTab() {
  const { t } = useTranslation();
  const list = useListState<ClassFilterValues, ClassSortColumn>({
    filters: { schoolId: undefined, schoolYear: currentSchoolYear() },
    sort: { column: 'schoolName', direction: 'asc' },
    descendingFirst: ['pupilCount', 'schoolYear'],
  });
  const classes = useClasses(list.query);
  const columns = useClassColumns();
  const remove = useDirectoryMutation(api.classes.delete);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [filterSchool, setFilterSchool] = useState<SchoolOption | null>(null);
  const close = () => setDialog(null);
  const { schoolId, schoolYear } = list.state.filters;
  const onlyYear = !list.filtered && schoolYear;

  return (
    <Stack gap="md">
      <ListToolbar
        search={list.state.search}
        onSearch={list.setSearch}
        searchPlaceholder={t('directory.classes.searchPlaceholder')}
        filters={<ClassFilters value={list.state.filters} onChange={list.setFilters} onSchool={setFilterSchool} />}
        filtered={list.filtered}
        onClear={list.clear}
        actions={
          <>
            <Button variant="default" leftSection={<IconFileImport size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'import' })}>
              {t('dataTable.importCsv')}
            </Button>
            <ExportCsvButton exportCsv={() => api.classes.exportCsv(list.exportFilters)} />
            <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
              {t('directory.classes.new')}
            </Button>
          </>
        }
      />
      <PagedTable
        caption={t('directory.tabs.classes')}
        query={classes}
        list={list}
        columns={columns}
        rowKey={(schoolClass) => schoolClass.id}
        actions={(schoolClass) => (
          <RowActions
            name={`${schoolClass.name} (${schoolClass.schoolName})`}
            onEdit={() => setDialog({ kind: 'edit', schoolClass })}
            onDelete={() => setDialog({ kind: 'delete', schoolClass })}
          />
        )}
        empty={
          <ListEmpty
            icon={<IconBackpack size={28} stroke={1.5} aria-hidden="true" />}
            title={
              list.filtered
                ? t('directory.classes.emptyFilteredTitle')
                : onlyYear
                  ? t('directory.classes.emptyYearTitle', { year: schoolYear })
                  : t('directory.classes.emptyTitle')
            }
            description={list.filtered ? t('directory.emptyFilteredBody') : t('directory.classes.emptyBody')}
          />
        }
      />
      {dialog?.kind === 'create' && (
        <ClassFormModal
          defaults={{ schoolId, schoolName: filterSchool?.value === schoolId ? filterSchool?.label : undefined, schoolYear }}
          onClose={close}
        />
      )}
      {dialog?.kind === 'edit' && <ClassFormModal schoolClass={dialog.schoolClass} onClose={close} />}
      {dialog?.kind === 'import' && <ClassImportModal onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          title={t('directory.classes.deleteTitle', { name: dialog.schoolClass.name })}
          message={t('directory.classes.deleteMessage', { name: dialog.schoolClass.name, school: dialog.schoolClass.schoolName })}
          done={t('directory.classes.deleted', { name: dialog.schoolClass.name })}
          confirmLabel={t('directory.delete')}
          pending={remove.isPending}
          remove={() => remove.mutateAsync({ id: dialog.schoolClass.id })}
          onClose={close}
        />
      )}
    </Stack>
  );
}
