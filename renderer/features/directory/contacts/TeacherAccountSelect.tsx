import type { ReactNode } from 'react';
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { directoryKeys } from '../directory-queries';

interface TeacherAccountSelectProps {
  /** The contact being edited: its own account stays selectable. */
  contactId?: number;
  value?: number | null;
  onChange(value: number | null): void;
  error?: ReactNode;
}

/** The `teacher` account this person signs in with; an account already linked to someone else is shown but locked. */
export function TeacherAccountSelect({ contactId, value, onChange, error }: TeacherAccountSelectProps) {
  const { t } = useTranslation();
  const accounts = useQuery({
    queryKey: directoryKeys.teacherAccounts,
    queryFn: async () => unwrap(await api.contacts.teacherAccounts()),
  });
  const data = (accounts.data ?? []).map((account) => {
    const taken = account.contactId !== null && account.contactId !== contactId;
    return {
      value: account.id,
      label: taken ? t('directory.contacts.accountTaken', { name: account.displayName }) : account.displayName,
      disabled: taken,
    };
  });
  return (
    <Select<number>
      label={t('fields.userId')}
      description={t('directory.contacts.accountHint')}
      placeholder={accounts.isSuccess && data.length === 0 ? t('directory.contacts.noAccounts') : t('directory.contacts.noAccount')}
      data={data}
      value={value ?? null}
      onChange={onChange}
      error={error}
      clearable
      searchable
      nothingFoundMessage={t('directory.noMatch')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
