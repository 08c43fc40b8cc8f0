import { Tabs } from '@mantine/core';
import { IconBackpack, IconBuildingCommunity, IconHeartHandshake, IconSchool, IconUsersGroup } from '@tabler/icons-react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ClassesTab } from './classes/ClassesTab';
import { ContactsTab } from './contacts/ContactsTab';
import { DIRECTORY_TABS, directoryTabOf, searchForTab } from './directory-tabs';
import { PartnersTab } from './partners/PartnersTab';
import { SchoolsTab } from './schools/SchoolsTab';

const TAB_ICONS = {
  schools: IconBuildingCommunity,
  classes: IconBackpack,
  contacts: IconUsersGroup,
  partners: IconHeartHandshake,
} as const;

/**
 * The programme's directory: schools, classes per school year, teachers and contacts, partners and their
 * facilitators. Each tab keeps its search and filters while the section is open (hidden tabs stay mounted).
 */
export function SchoolsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const tab = directoryTabOf(params.get('tab'));

  return (
    <>
      <PageHeader
        title={t('sections.schools.title')}
        description={t('sections.schools.description')}
        icon={<IconSchool size={26} stroke={1.6} />}
      />
      <Tabs value={tab} onChange={(value) => navigate({ pathname: '/schools', search: searchForTab(directoryTabOf(value)) })}>
        <Tabs.List mb="lg">
          {DIRECTORY_TABS.map((value) => {
            const Icon = TAB_ICONS[value];
            return (
              <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} stroke={1.7} aria-hidden="true" />}>
                {t(`directory.tabs.${value}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="schools">
          <SchoolsTab />
        </Tabs.Panel>
        <Tabs.Panel value="classes">
          <ClassesTab />
        </Tabs.Panel>
        <Tabs.Panel value="contacts">
          <ContactsTab />
        </Tabs.Panel>
        <Tabs.Panel value="partners">
          <PartnersTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
