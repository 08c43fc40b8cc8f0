import { useMemo } from 'react';
import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/api/contract';
import type { Contact, ContactKind } from '../../../../shared/domain/directory';
import type { DataColumn } from '../../../components/data-table/DataTable';

export type ContactSortColumn = NonNullable<InputOf<'contacts', 'list'>['sortBy']>;

const KIND_COLORS: Record<ContactKind, string> = { teacher: 'meuse', director: 'liege', educator: 'grape', other: 'gray' };

export function contactName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return `${contact.firstName} ${contact.lastName}`.trim();
}

export function useContactColumns(): DataColumn<Contact, ContactSortColumn>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const columns: DataColumn<Contact, ContactSortColumn>[] = [
      {
        key: 'name',
        header: t('directory.contacts.columns.name'),
        sortColumn: 'lastName',
        render: (contact) => (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={600}>
              {contactName(contact)}
            </Text>
            {contact.userId !== null && (
              <Tooltip label={t('directory.contacts.linkedAccount')}>
                <IconUserCheck size={16} stroke={1.7} color="var(--mantine-color-teal-7)" aria-label={t('directory.contacts.linkedAccount')} />
              </Tooltip>
            )}
          </Group>
        ),
      },
      {
        key: 'schoolName',
        header: t('directory.contacts.columns.school'),
        sortColumn: 'schoolName',
        render: (contact) =>
          contact.schoolName ? (
            <Text size="sm">{contact.schoolName}</Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('directory.contacts.noSchool')}
            </Text>
          ),
      },
      {
        key: 'kind',
        header: t('directory.contacts.columns.kind'),
        sortColumn: 'kind',
        render: (contact) => (
          <Badge size="sm" variant="light" color={KIND_COLORS[contact.kind]}>
            {t(`contactKinds.${contact.kind}`)}
          </Badge>
        ),
      },
      {
        key: 'reach',
        header: t('directory.contacts.columns.reach'),
        render: (contact) =>
          contact.email || contact.phone ? (
            <Stack gap={0}>
              {contact.email && <Text size="sm">{contact.email}</Text>}
              {contact.phone && (
                <Text size="xs" c="dimmed">
                  {contact.phone}
                </Text>
              )}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              —
            </Text>
          ),
      },
    ];
    return columns;
  }, [t]);
}
