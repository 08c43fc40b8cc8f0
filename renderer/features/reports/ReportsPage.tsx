import { IconFileTypePdf, IconHeartHandshake, IconSchool } from '@tabler/icons-react';
import { SectionLanding, type Highlight } from '../../components/SectionLanding';
import { useSession } from '../../shell/session-context';

/**
 * Reports: the plan's indicators, exported as aggregate PDFs for the advisory council. Each user sees the
 * reports of the actions they work on (coordinators the schools programme, CPAS staff the housing action).
 */
export function ReportsPage() {
  const { user, settings } = useSession();
  const highlights: Highlight[] = [];
  if (settings.modules.includes('schools') && user.roles.includes('coordinator')) {
    highlights.push({ key: 'schools', icon: IconSchool });
  }
  if (settings.modules.includes('housing') && user.roles.includes('housing')) {
    highlights.push({ key: 'housing', icon: IconHeartHandshake });
  }
  highlights.push({ key: 'pdf', icon: IconFileTypePdf });
  return <SectionLanding section="reports" highlights={highlights} />;
}
