import { Stack } from '@mantine/core';
import { IconFileTypePdf, IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { SectionLanding, type Highlight } from '../../components/SectionLanding';
import { SECTION_ICONS } from '../../shell/section-icons';
import { useSession } from '../../shell/session-context';
import { HousingReportCard } from './housing/HousingReportCard';

/**
 * Reports: the plan's indicators, exported as aggregate PDFs for the advisory council. Each user sees the
 * reports of the actions they work on: CPAS housing staff the housing report (period, summary, PDF); the
 * others, for now, what this page will offer.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { user, settings } = useSession();
  if (settings.modules.includes('housing') && user.roles.includes('housing')) {
    const Icon = SECTION_ICONS.reports;
    return (
      <Stack gap="lg" maw={1120}>
        <PageHeader title={t('sections.reports.title')} description={t('sections.reports.description')} icon={<Icon size={26} stroke={1.6} />} mb={0} />
        <HousingReportCard />
      </Stack>
    );
  }
  const highlights: Highlight[] = [];
  if (settings.modules.includes('schools') && user.roles.includes('coordinator')) {
    highlights.push({ key: 'schools', icon: IconSchool });
  }
  highlights.push({ key: 'pdf', icon: IconFileTypePdf });
  return <SectionLanding section="reports" highlights={highlights} />;
}
