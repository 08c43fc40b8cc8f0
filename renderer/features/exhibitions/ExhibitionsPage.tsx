import { IconPackage, IconCalendarDue, IconRoute } from '@tabler/icons-react';
import { SectionLanding, type Highlight } from '../../components/SectionLanding';

const HIGHLIGHTS: readonly Highlight[] = [
  { key: 'items', icon: IconPackage },
  { key: 'loans', icon: IconCalendarDue },
  { key: 'tours', icon: IconRoute },
];

/** Exhibitions: travelling exhibitions item by item, loans to schools, guided walks. */
export function ExhibitionsPage() {
  return <SectionLanding section="exhibitions" highlights={HIGHLIGHTS} />;
}
