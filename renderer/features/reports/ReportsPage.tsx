import { Suspense } from 'react';
import { Skeleton, Stack } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { SectionLanding, type Highlight } from '../../components/SectionLanding';
import { SECTION_ICONS } from '../../shell/section-icons';
import { useSession } from '../../shell/session-context';
import { IndicatorsDashboard } from '../indicators';
import { HousingReportCard } from './housing/HousingReportCard';

/**
 * Reports: the plan's indicators for the advisory council. Each user sees the reports of the actions they work
 * on, as the modules in use allow: coordinators the school programme's indicators dashboard, CPAS housing staff
 * the housing report (period, summary, PDF); a user with both roles sees both, the school programme first.
 * Anyone else sees what this page offers.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { user, settings } = useSession();
  const schools = settings.modules.includes('schools') && user.roles.includes('coordinator');
  const housing = settings.modules.includes('housing') && user.roles.includes('housing');
  if (!schools && !housing) {
    const highlights: Highlight[] = [{ key: 'pdf', icon: IconFileTypePdf }];
    return <SectionLanding section="reports" highlights={highlights} />;
  }
  const Icon = SECTION_ICONS.reports;
  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader title={t('sections.reports.title')} description={t('sections.reports.description')} icon={<Icon size={26} stroke={1.6} />} mb={0} />
      {schools && (
        <Suspense fallback={<Skeleton height={320} radius="lg" aria-busy="true" />}>
          <IndicatorsDashboard />
        </Suspense>
      )}
      {housing && <HousingReportCard />}
    </Stack>
  );
}
