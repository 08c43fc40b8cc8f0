import { IconMapPin, IconFileDescription, IconClockHour4 } from '@tabler/icons-react';
import { SectionLanding, type Highlight } from '../../components/SectionLanding';

const HIGHLIGHTS: readonly Highlight[] = [
  { key: 'reference', icon: IconMapPin },
  { key: 'provisional', icon: IconFileDescription },
  { key: 'deadlines', icon: IconClockHour4 },
];

/** Registrations: reference addresses and provisional registrations, with their deadlines. */
export function RegistrationsPage() {
  return <SectionLanding section="registrations" highlights={HIGHLIGHTS} />;
}
