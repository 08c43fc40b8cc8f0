import { useCallback } from 'react';
import { Tabs } from '@mantine/core';
import { IconBuildingCommunity, IconHomeHeart, IconListNumbers, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { HOUSING_TABS, housingTabOf, searchForHousingTab } from './housing-tabs';
import { linkedUnitId } from './links';
import { HouseholdsTab } from './households/HouseholdsTab';
import { ProvidersTab } from './providers/ProvidersTab';
import { UnitsTab } from './units/UnitsTab';
import { WaitlistTab } from './waitlist/WaitlistTab';

const TAB_ICONS = { units: IconBuildingCommunity, providers: IconUsersGroup, households: IconUsers, waitlist: IconListNumbers } as const;

/**
 * Housing (CPAS housing staff): the solidarity housing units with their life cycle and kind-specific details,
 * the partners who provide them, and the households (pseudonymous: a code, names optional and encrypted). Hidden tabs stay mounted, so each keeps its search and filters.
 */
export function HousingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const tab = housingTabOf(params.get('tab'));
  // A link from the home screen (`?unit=12`) opens that unit's sheet, then leaves the plain address behind.
  const linkedUnit = linkedUnitId(params.get('unit'));
  const clearLink = useCallback(() => navigate({ pathname: '/housing', search: searchForHousingTab(tab) }, { replace: true }), [navigate, tab]);
  return (
    <>
      <PageHeader title={t('sections.housing.title')} description={t('sections.housing.description')} icon={<IconHomeHeart size={26} stroke={1.6} />} />
      <Tabs value={tab} onChange={(value) => navigate({ pathname: '/housing', search: searchForHousingTab(housingTabOf(value)) })}>
        <Tabs.List mb="lg">
          {HOUSING_TABS.map((value) => {
            const Icon = TAB_ICONS[value];
            return (
              <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} stroke={1.7} aria-hidden="true" />}>
                {t(`housing:tabs.${value}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="units">
          <UnitsTab linkedUnit={linkedUnit} onLinkOpened={clearLink} />
        </Tabs.Panel>
        <Tabs.Panel value="providers">
          <ProvidersTab />
        </Tabs.Panel>
        <Tabs.Panel value="households">
          <HouseholdsTab />
        </Tabs.Panel>
        <Tabs.Panel value="waitlist">
          <WaitlistTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
