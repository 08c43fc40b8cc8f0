import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/directory';
import { OverviewSection } from './OverviewSection';

/** The people to reach at the school (coordinators only: the server leaves them out for anyone else). */
export function ContactsPart({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  return (
    <OverviewSection title={t('directory.schoolPage.contacts.title')} count={contacts.length} empty={t('directory.schoolPage.contacts.empty')}>
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.schoolPage.contacts.name')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.contacts.kind')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.contacts.reach')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contacts.map((contact) => (
              <Table.Tr key={contact.id}>
                <Table.Td fw={600}>{`${contact.firstName} ${contact.lastName}`.trim()}</Table.Td>
                <Table.Td>{t(`contactKinds.${contact.kind}`)}</Table.Td>
                <Table.Td>
                  {[
                    contact.phone && (
                      <Anchor key="phone" href={`tel:${contact.phone.replace(/\s+/g, '')}`} size="sm" mr="sm">
                        {contact.phone}
                      </Anchor>
                    ),
                    contact.email && (
                      <Anchor key="email" href={`mailto:${contact.email}`} size="sm">
                        {contact.email}
                      </Anchor>
                    ),
                  ].filter(Boolean)}
                  {!contact.phone && !contact.email && '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </OverviewSection>
  );
}
