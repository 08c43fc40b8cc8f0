import { IconHomeHeart, IconBed, IconShieldLock } from '@tabler/icons-react';
import { SectionLanding, type Highlight } from '../../components/SectionLanding';

const HIGHLIGHTS: readonly Highlight[] = [
  { key: 'kinds', icon: IconHomeHeart },
  { key: 'placements', icon: IconBed },
  { key: 'privacy', icon: IconShieldLock },
];

/** Housing: solidarity housing units and the people placed in them (CPAS). */
export function HousingPage() {
  return <SectionLanding section="housing" highlights={HIGHLIGHTS} />;
}
