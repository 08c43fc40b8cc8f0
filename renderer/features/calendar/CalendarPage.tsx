import { IconChalkboard, IconMasksTheater, IconPresentation } from '@tabler/icons-react';
import { SectionLanding, type Highlight } from '../../components/SectionLanding';

const HIGHLIGHTS: readonly Highlight[] = [
  { key: 'workshops', icon: IconChalkboard },
  { key: 'events', icon: IconMasksTheater },
  { key: 'loans', icon: IconPresentation },
];

/** Calendar: school sessions (workshops, screenings, shows, visits) and exhibition loans. */
export function CalendarPage() {
  return <SectionLanding section="calendar" highlights={HIGHLIGHTS} />;
}
