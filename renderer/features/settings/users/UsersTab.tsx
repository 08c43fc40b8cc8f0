import { useState } from 'react';
import { Card, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useUsers } from '../queries';
import { UsersToolbar } from './UsersToolbar';
import { UsersTable } from './UsersTable';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { ToggleActiveDialog } from './ToggleActiveDialog';
import type { UserDialog } from './user-dialog';

/** The admin's list of accounts: search, filter, sort, and the dialogs that change them. */
export function UsersTab() {
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [dialog, setDialog] = useState<UserDialog | null>(null);
  const users = useUsers({ search: debouncedSearch || undefined, includeInactive });
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <UsersToolbar
        search={search}
        onSearch={setSearch}
        includeInactive={includeInactive}
        onIncludeInactive={setIncludeInactive}
        onCreate={() => setDialog({ kind: 'create' })}
      />
      <Card withBorder radius="lg" padding={0}>
        <UsersTable query={users} filtered={debouncedSearch !== ''} onAction={setDialog} />
      </Card>
      {dialog?.kind === 'create' && <CreateUserModal onClose={close} />}
      {dialog?.kind === 'edit' && <EditUserModal user={dialog.user} onClose={close} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={close} />}
      {dialog?.kind === 'toggleActive' && <ToggleActiveDialog user={dialog.user} onClose={close} />}
    </Stack>
  );
}
