import { IconListCheck, IconWriting, IconChartBar } from '@tabler/icons-react';
import { SectionLanding, type Highlight } from '../../components/SectionLanding';

const HIGHLIGHTS: readonly Highlight[] = [
  { key: 'pairs', icon: IconListCheck },
  { key: 'paper', icon: IconWriting },
  { key: 'results', icon: IconChartBar },
];

/** Questionnaires: before/after pupil questionnaires and teacher feedback. */
export function QuestionnairesPage() {
  return <SectionLanding section="questionnaires" highlights={HIGHLIGHTS} />;
}
