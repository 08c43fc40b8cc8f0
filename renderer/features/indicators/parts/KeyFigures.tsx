import { Box, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorFigure, IndicatorsSummary } from '../../../../shared/domain/indicators/indicators';
import { documentLanguage, localeOf } from '../../../i18n/language';
import { changeOf, changeText, changeTone, type Figure } from '../change';
import { TONES } from './ComparisonTable';
import { periodName } from '../period-model';
import { CountText, FigureValue } from './FigureValue';

interface KeyFigure {
  key: string;
  current: Figure;
  previous: Figure;
  figure: IndicatorFigure | null;
}

/** The few numbers a council member asks first, each with the previous period and the change under it. */
export function KeyFigures({ summary }: { summary: IndicatorsSummary }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  const number = new Intl.NumberFormat(localeOf(language));
  const { current: now, previous: before } = summary;
  const figures: KeyFigure[] = [
    { key: 'held', current: now.activities.totals.held, previous: before.activities.totals.held, figure: { kind: 'activities', status: 'held', type: null } },
    { key: 'schools', current: now.reach.schools, previous: before.reach.schools, figure: { kind: 'schools', neighbourhood: null } },
    { key: 'classes', current: now.reach.classes, previous: before.reach.classes, figure: { kind: 'classes' } },
    { key: 'pupils', current: now.reach.pupils, previous: before.reach.pupils, figure: { kind: 'activities', status: 'held', type: null } },
    { key: 'teachers', current: now.reach.teachers, previous: before.reach.teachers, figure: { kind: 'teachers' } },
    { key: 'loans', current: now.loans.loans, previous: before.loans.loans, figure: { kind: 'loans' } },
    { key: 'forms', current: now.questionnaires.pupilForms, previous: before.questionnaires.pupilForms, figure: null },
  ];
  const previousName = periodName(before.period, language);
  const text = (value: Figure) => (typeof value === 'number' ? number.format(value) : value && 'value' in value ? number.format(value.value) : null);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" component="dl" m={0} aria-label={t('indicators:keyFigures.title')} data-testid="key-figures">
      {figures.map((entry) => {
        const label = t(`indicators:keyFigures.${entry.key}`);
        const currentText = text(entry.current);
        const previousText = text(entry.previous);
        const change = changeOf(entry.current, entry.previous);
        return (
          <Paper key={entry.key} withBorder radius="md" p="sm" data-key-figure={entry.key}>
            <Text component="dt" size="xs" c="dimmed" fw={600} lh={1.3} mih={32}>
              {label}
            </Text>
            {/* The previous period and the change belong to the figure: inside its dd (a dl holds only dt and dd). */}
            <Box component="dd" m={0}>
              <Text component="div" data-value>
                {currentText === null ? (
                  <CountText count={entry.current as Exclude<Figure, number | null>} />
                ) : (
                  <FigureValue text={currentText} figure={hasRows(entry.current) ? entry.figure : null} period={now.period} label={label} size="xl" />
                )}
              </Text>
              <Text size="xs" c="dimmed" data-previous>
                {t('indicators:keyFigures.before', { period: previousName, value: previousText ?? '< 5' })}
              </Text>
              <Text size="xs" fw={600} c={TONES[changeTone(change)]} data-change>
                {changeText(change, language, { same: t('indicators:noChange') })}
              </Text>
            </Box>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

function hasRows(value: Figure): boolean {
  return typeof value === 'number' && value > 0;
}
