import { IconBuildingCommunity, IconBackpack, IconUsersGroup } from '@tabler/icons-react';
import { SectionLanding, type Highlight } from '../../components/SectionLanding';

const HIGHLIGHTS: readonly Highlight[] = [
  { key: 'schools', icon: IconBuildingCommunity },
  { key: 'classes', icon: IconBackpack },
  { key: 'teachers', icon: IconUsersGroup },
];

/** Schools: partner schools, their classes and contact teachers. */
export function SchoolsPage() {
  return <SectionLanding section="schools" highlights={HIGHLIGHTS} />;
}
