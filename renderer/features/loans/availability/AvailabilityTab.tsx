import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert, Card, Group, Loader, Select, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconInfoCircle, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { schoolYearLabel, schoolYearOf, schoolYearStarting } from '../../../../shared/domain/school-year';
import { QueryFailure } from '../../../components/QueryFailure';
import { isLanguage, type Language } from '../../../i18n/language';
import { useHolidays } from '../../calendar';
import { buildGrid, defaultDates, gridRange, schoolBreakWeeks, weekDates, type DatesChoice, type LoanRequestDraft } from './availability-model';
import { AvailabilityGrid, AvailabilityLegend } from './AvailabilityGrid';
import { DatesFirstPanel } from './DatesFirstPanel';
import { formatDateRange } from '../../../dates/date-text';
import { localToday } from '../../../dates/local-today';
import { useLoanAvailability } from './queries';

export type { LoanRequestDraft } from './availability-model';

export interface AvailabilityTabProps {
  /** Opens the loan form prefilled with the exhibition and the four dates. */
  onRequestLoan(draft: LoanRequestDraft): void;
}

/**
 * When is each exhibition free? Two ways in: pick the dates first and see which exhibitions are free, or
 * read a school year week by week and click a free week.
 */
export function AvailabilityTab({ onRequestLoan }: AvailabilityTabProps) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const [today] = useState(() => localToday());
  const [choice, setChoice] = useState<DatesChoice>(() => defaultDates(today));
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const chooseWeek = useCallback(
    (monday: string) => {
      const dates = weekDates(monday);
      setChoice(dates);
      setAnnouncement(t('availability:grid.weekChosen', { range: formatDateRange(dates.deliveryDate, dates.pickupDate, language) }));
      headingRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      headingRef.current?.focus({ preventScroll: true });
    },
    [t, language],
  );

  return (
    <Stack gap="lg">
      <DatesFirstPanel choice={choice} onChoice={setChoice} today={today} onRequestLoan={onRequestLoan} headingRef={headingRef} />
      <YearGridCard today={today} language={language} onChooseWeek={chooseWeek} />
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </Stack>
  );
}

/** Two years back, the current one and the next: the grid's school years, most recent first. */
function yearChoices(current: number): { value: string; label: string }[] {
  return [1, 0, -1, -2].map((offset) => ({ value: String(current + offset), label: schoolYearLabel(current + offset) }));
}

function YearGridCard({ today, language, onChooseWeek }: { today: string; language: Language; onChooseWeek(monday: string): void }) {
  const { t } = useTranslation();
  const currentYear = schoolYearOf(today).startYear;
  const [startYear, setStartYear] = useState(currentYear);
  const year = useMemo(() => schoolYearStarting(startYear), [startYear]);
  const range = useMemo(() => gridRange(year), [year]);
  const availability = useLoanAvailability(range);
  const grid = useMemo(() => (availability.data ? buildGrid(availability.data, year, today) : null), [availability.data, year, today]);
  // School breaks shade their weeks; without them (a failure) the grid still answers.
  const holidays = useHolidays(useMemo(() => ({ from: year.firstDay, to: year.lastDay }), [year]));
  const breaks = useMemo(() => (grid ? schoolBreakWeeks(grid.weeks, holidays.data ?? []) : new Map<string, string>()), [grid, holidays.data]);

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="availability-grid-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <div>
            <Group gap="xs">
              <Title order={2} fz="lg" id="availability-grid-title">
                {t('availability:grid.title')}
              </Title>
              {availability.isFetching && <Loader size="xs" type="dots" role="status" aria-label={t('availability:grid.loading')} />}
            </Group>
            <Text size="sm" c="dimmed" mt={4} maw={640}>
              {t('availability:grid.intro')}
            </Text>
          </div>
          <Select
            w={170}
            label={t('availability:grid.schoolYear')}
            data={yearChoices(currentYear)}
            value={String(startYear)}
            onChange={(value) => value && setStartYear(Number(value))}
            allowDeselect={false}
          />
        </Group>

        {availability.isError && <QueryFailure error={availability.error} onRetry={() => void availability.refetch()} />}
        {!grid && availability.isPending && <Skeleton height={160} radius="md" aria-label={t('availability:grid.loading')} />}
        {grid && grid.rows.length === 0 && (
          <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
            {t('availability:grid.empty')}
          </Alert>
        )}
        {grid && grid.rows.length > 0 && (
          <>
            <div style={{ opacity: availability.isPlaceholderData ? 0.6 : 1 }}>
              <AvailabilityGrid grid={grid} language={language} yearLabel={year.label} breaks={breaks} onChooseWeek={onChooseWeek} />
            </div>
            <AvailabilityLegend />
            <Text size="xs" c="dimmed" id="availability-grid-help">
              {t('availability:grid.keyboardHint')}
            </Text>
          </>
        )}
        {grid && grid.guidedCircuits.length > 0 && (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconRoute size={16} stroke={1.6} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="xs" c="dimmed">
              {t('availability:guided.gridNote', { titles: grid.guidedCircuits.map((circuit) => circuit.title).join(', ') })}
            </Text>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
