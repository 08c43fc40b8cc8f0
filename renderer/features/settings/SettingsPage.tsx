import { Tabs } from '@mantine/core';
import { IconAdjustments, IconCalendarTime, IconDatabase, IconHistory, IconSettings, IconShieldLock, IconUsers, IconUserCircle } from '@tabler/icons-react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../shell/session-context';
import { PreferencesTab } from './preferences/PreferencesTab';
import { UsersTab } from './users/UsersTab';
import { ApplicationTab } from './application/ApplicationTab';
import { JournalTab } from './journal/JournalTab';
import { BackupsTab } from './backups/BackupsTab';
import { HousingDeadlinesTab } from './housing-deadlines/HousingDeadlinesTab';
import { PrivacyTab } from '../privacy';

const ADMIN_TABS = ['users', 'application', 'backups', 'journal'] as const;
type SettingsTab = 'preferences' | (typeof ADMIN_TABS)[number] | 'housingDeadlines' | 'privacy';

const TAB_ICONS = {
  preferences: IconUserCircle,
  users: IconUsers,
  application: IconAdjustments,
  backups: IconDatabase,
  journal: IconHistory,
  housingDeadlines: IconCalendarTime,
  privacy: IconShieldLock,
} as const;

/** `/settings/<tab>`: preferences for everyone; users, application, backups and journal for admins; housing deadlines for housing staff. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { user, settings } = useSession();
  const navigate = useNavigate();
  const { tab = 'preferences' } = useParams();
  const isAdmin = user.roles.includes('admin');
  const isHousing = user.roles.includes('housing') && settings.modules.includes('housing');
  // Data protection (issue 20): administrators (the register, the reminders), housing staff (their records'
  // retention and the information notice) and coordinators (the directory contacts' retention).
  const seesPrivacy = isAdmin || isHousing || user.roles.includes('coordinator');
  const tabs: SettingsTab[] = [
    'preferences',
    ...(isAdmin ? ADMIN_TABS : []),
    ...(isHousing ? (['housingDeadlines'] as const) : []),
    ...(seesPrivacy ? (['privacy'] as const) : []),
  ];

  if (!tabs.includes(tab as SettingsTab)) return <Navigate to="/settings" replace />;

  return (
    <>
      <PageHeader
        title={t('sections.settings.title')}
        description={t(isAdmin ? 'settings.descriptionAdmin' : 'settings.description')}
        icon={<IconSettings size={26} stroke={1.6} />}
      />
      <Tabs value={tab} onChange={(value) => navigate(value === 'preferences' ? '/settings' : `/settings/${value}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          {tabs.map((value) => {
            const Icon = TAB_ICONS[value];
            return (
              <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} stroke={1.7} aria-hidden="true" />}>
                {value === 'housingDeadlines' ? t('housingDeadlines.tab') : value === 'privacy' ? t('privacy:tab') : t(`settings.tabs.${value}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="preferences">
          <PreferencesTab />
        </Tabs.Panel>
        {isAdmin && (
          <>
            <Tabs.Panel value="users">
              <UsersTab />
            </Tabs.Panel>
            <Tabs.Panel value="application">
              <ApplicationTab />
            </Tabs.Panel>
            <Tabs.Panel value="backups">
              <BackupsTab />
            </Tabs.Panel>
            <Tabs.Panel value="journal">
              <JournalTab />
            </Tabs.Panel>
          </>
        )}
        {isHousing && (
          <Tabs.Panel value="housingDeadlines">
            <HousingDeadlinesTab />
          </Tabs.Panel>
        )}
        {seesPrivacy && (
          <Tabs.Panel value="privacy">
            <PrivacyTab />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
