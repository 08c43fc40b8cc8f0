import { useState } from 'react';
import '@mantine/charts/styles.css';
import { Card, EmptyState, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChartBar, IconMoodEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorsSummary } from '../../../shared/domain/indicators/indicators';
import { resolvePeriod } from '../../../shared/domain/indicators/period';
import { apiErrorOf } from '../../api/client';
import { QueryContent } from '../../components/QueryContent';
import { currentSchoolYear } from '../../dates/school-years';
import { documentLanguage } from '../../i18n/language';
import { initialChoice, periodDays, periodOf, type PeriodChoice } from './period-model';
import { ExportMenu } from './parts/ExportMenu';
import { KeyFigures } from './parts/KeyFigures';
import { MethodNotes } from './parts/MethodNotes';
import { PeriodPicker } from './parts/PeriodPicker';
import { useIndicatorsSummary } from './queries';
import { FigureOpenerContext } from './rows/figure-context';
import { FigureDrawer } from './rows/FigureDrawer';
import type { FigureTarget } from './rows/figure-target';
import { ActivitiesSection } from './sections/ActivitiesSection';
import { LoansSection } from './sections/LoansSection';
import { QuestionnairesSection } from './sections/QuestionnairesSection';
import { ReachSection } from './sections/ReachSection';

/**
 * The school programme's indicators on the Rapports page (issue 16, point 1): a school year (the current one
 * by default) or chosen dates, beside the period before; activities, reach, loans and questionnaires, each
 * chart with its table, each number opening the list behind it, each table as CSV, and how it is all counted.
 * Loaded on demand (React.lazy, see index.ts): the charts never weigh on the app's start.
 */
export default function IndicatorsDashboard() {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  const [choice, setChoice] = useState<PeriodChoice>(() => {
    const year = resolvePeriod({ kind: 'schoolYear', schoolYear: currentSchoolYear() });
    return initialChoice(year.schoolYear!, year.from, year.to);
  });
  const period = periodOf(choice);
  const summary = useIndicatorsSummary(period);
  const [target, setTarget] = useState<FigureTarget | null>(null);
  const error = summary.isError ? apiErrorOf(summary.error) : null;
  // A refused range (reversed, too long) is told under the field; the last good numbers stay meanwhile.
  const fieldRefusal = error?.fields ? error : null;

  return (
    <FigureOpenerContext.Provider value={setTarget}>
      <Stack gap="md" data-testid="indicators-dashboard">
        <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="indicators-title">
          <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap" mb="md">
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon size={40} radius="md" variant="light" color="meuse" aria-hidden="true">
                <IconChartBar size={22} stroke={1.6} />
              </ThemeIcon>
              <div>
                <Title order={2} fz="lg" id="indicators-title">
                  {t('indicators:title')}
                </Title>
                <Text size="sm" c="dimmed" maw={720}>
                  {t('indicators:intro')}
                </Text>
              </div>
            </Group>
            <ExportMenu period={period} />
          </Group>
          <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
            <PeriodPicker choice={choice} onChange={setChoice} error={fieldRefusal} />
            {summary.data && <PeriodLegend summary={summary.data} language={language} />}
          </Group>
          {period === null && (
            <Text size="sm" c="dimmed" mt="sm">
              {t('indicators:period.incomplete')}
            </Text>
          )}
        </Card>
        {period !== null && !fieldRefusal && (summary.isPending ? (
          <DashboardSkeleton />
        ) : (
          <QueryContent query={summary}>
            {(data) => (
              <Stack gap="md" style={{ opacity: summary.isPlaceholderData ? 0.6 : 1 }} aria-busy={summary.isFetching}>
                <Dashboard summary={data} />
              </Stack>
            )}
          </QueryContent>
        ))}
      </Stack>
      <FigureDrawer target={target} onClose={() => setTarget(null)} />
    </FigureOpenerContext.Provider>
  );
}

function Dashboard({ summary }: { summary: IndicatorsSummary }) {
  const { t } = useTranslation();
  const nothing =
    summary.current.activities.totals.planned === 0 &&
    Object.values(summary.current.loans.byStatus).every((count) => count === 0) &&
    summary.current.questionnaires.teacherForms === 0 &&
    'value' in summary.current.questionnaires.pupilForms &&
    summary.current.questionnaires.pupilForms.value === 0;
  return (
    <>
      {nothing && (
        <Card withBorder radius="lg" padding={0} data-testid="indicators-empty">
          <EmptyState py={32} icon={<IconMoodEmpty size={22} />} withIndicatorBackground title={t('indicators:empty.title')} description={t('indicators:empty.body')} />
        </Card>
      )}
      <KeyFigures summary={summary} />
      <ActivitiesSection summary={summary} />
      <ReachSection summary={summary} />
      <LoansSection summary={summary} />
      <QuestionnairesSection summary={summary} />
      <MethodNotes method={summary.method} />
    </>
  );
}

/** Which days the numbers cover, and which period they are compared with. */
function PeriodLegend({ summary, language }: { summary: IndicatorsSummary; language: 'fr' | 'en' }) {
  const { t } = useTranslation();
  const { current, previous } = summary;
  // A school year is named, then its days; a range is its days.
  const words = (period: IndicatorsSummary['current']['period']) =>
    period.schoolYear === null ? periodDays(period, language) : `${period.schoolYear} (${periodDays(period, language)})`;
  return (
    <Stack gap={2} data-testid="period-legend">
      <Text size="sm" fw={600}>
        {t('indicators:period.current', { period: words(current.period) })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('indicators:period.previous', { period: words(previous.period) })}
      </Text>
    </Stack>
  );
}

/** While the first numbers load: the shape of the page, not a spinner. */
function DashboardSkeleton() {
  return (
    <Stack gap="md" aria-busy="true">
      <Group grow gap="sm">
        {Array.from({ length: 7 }, (_, index) => (
          <Skeleton key={index} height={92} radius="md" />
        ))}
      </Group>
      <Skeleton height={260} radius="lg" />
      <Skeleton height={220} radius="lg" />
    </Stack>
  );
}
