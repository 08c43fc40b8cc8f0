import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Contact } from '../../../../shared/domain/directory';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { PagedTable } from '../../../components/data-table/PagedTable';
import { useListState } from '../../../components/data-table/use-list-state';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { ListToolbar } from '../../../components/ListToolbar';
import { RowActions } from '../common/RowActions';
import type { SchoolOption } from '../common/SchoolSelect';
import { useContacts, useDirectoryMutation } from '../directory-queries';
import { contactName, useContactColumns, type ContactSortColumn } from './contact-columns';
import { ContactFilters, NO_CONTACT_FILTERS, type ContactFilterValues } from './ContactFilters';
import { ContactFormModal } from './ContactFormModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; contact: Contact } | { kind: 'delete'; contact: Contact };

/** Teachers and other contact persons at schools. */
export function ContactsTab() {
  const { t } = useTranslation();
  const list = useListState<ContactFilterValues, ContactSortColumn>({
    filters: NO_CONTACT_FILTERS,
    sort: { column: 'lastName', direction: 'asc' },
  });
  const contacts = useContacts(list.query);
  const columns = useContactColumns();
  const remove = useDirectoryMutation(api.contacts.delete);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [filterSchool, setFilterSchool] = useState<SchoolOption | null>(null);
  const close = () => setDialog(null);
  const { schoolId } = list.state.filters;

  return (
    <Stack gap="md">
      <ListToolbar
        search={list.state.search}
        onSearch={list.setSearch}
        searchPlaceholder={t('directory.contacts.searchPlaceholder')}
        filters={<ContactFilters value={list.state.filters} onChange={list.setFilters} onSchool={setFilterSchool} />}
        filtered={list.filtered}
        onClear={list.clear}
        actions={
          <>
            <ExportCsvButton exportCsv={() => api.contacts.exportCsv(list.exportFilters)} />
            <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
              {t('directory.contacts.new')}
            </Button>
          </>
        }
      />
      <PagedTable
        caption={t('directory.tabs.contacts')}
        query={contacts}
        list={list}
        columns={columns}
        rowKey={(contact) => contact.id}
        actions={(contact) => (
          <RowActions
            name={contactName(contact)}
            onEdit={() => setDialog({ kind: 'edit', contact })}
            onDelete={() => setDialog({ kind: 'delete', contact })}
          />
        )}
        empty={
          <ListEmpty
            icon={<IconUsersGroup size={28} stroke={1.5} aria-hidden="true" />}
            title={list.filtered ? t('directory.contacts.emptyFilteredTitle') : t('directory.contacts.emptyTitle')}
            description={list.filtered ? t('directory.emptyFilteredBody') : t('directory.contacts.emptyBody')}
          />
        }
      />
      {dialog?.kind === 'create' && (
        <ContactFormModal
          defaults={{ schoolId, schoolName: filterSchool?.value === schoolId ? filterSchool?.label : undefined }}
          onClose={close}
        />
      )}
      {dialog?.kind === 'edit' && <ContactFormModal contact={dialog.contact} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          title={t('directory.contacts.deleteTitle', { name: contactName(dialog.contact) })}
          message={t('directory.contacts.deleteMessage', { name: contactName(dialog.contact) })}
          done={t('directory.contacts.deleted', { name: contactName(dialog.contact) })}
          confirmLabel={t('directory.delete')}
          pending={remove.isPending}
          remove={() => remove.mutateAsync({ id: dialog.contact.id })}
          onClose={close}
        />
      )}
    </Stack>
  );
}
