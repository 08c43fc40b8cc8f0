import { Alert, Table, Text } from '@mantine/core';
import { IconInfoCircle, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorsSummary, NeighbourhoodReach } from '../../../../shared/domain/indicators/indicators';
import { documentLanguage, localeOf } from '../../../i18n/language';
import { periodName } from '../period-model';
import { ComparisonTable, type ComparisonRow } from '../parts/ComparisonTable';
import { FigureValue } from '../parts/FigureValue';
import { SectionCard, TableHeading } from '../parts/SectionCard';
import { TableCsvButton } from '../parts/TableCsvButton';

/** Schools, classes, pupils (recorded or estimated), teachers, then the neighbourhoods of the schools reached. */
export function ReachSection({ summary }: { summary: IndicatorsSummary }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  const number = new Intl.NumberFormat(localeOf(language));
  const now = summary.current.reach;
  const before = summary.previous.reach;
  const periods = { current: summary.current.period, previous: summary.previous.period };
  const held = { kind: 'activities' as const, status: 'held' as const, type: null };
  const rows: ComparisonRow[] = [
    { key: 'schools', label: t('indicators:reach.schools'), current: now.schools, previous: before.schools, figure: { kind: 'schools', neighbourhood: null } },
    { key: 'classes', label: t('indicators:reach.classes'), current: now.classes, previous: before.classes, figure: { kind: 'classes' } },
    { key: 'pupils', label: t('indicators:reach.pupils'), current: now.pupils, previous: before.pupils, figure: held },
    { key: 'pupilsRecorded', label: t('indicators:reach.pupilsRecorded'), current: now.pupilsRecorded, previous: before.pupilsRecorded, detail: true },
    { key: 'pupilsEstimated', label: t('indicators:reach.pupilsEstimated'), current: now.pupilsEstimated, previous: before.pupilsEstimated, detail: true },
    { key: 'pupilsInClasses', label: t('indicators:reach.pupilsInClasses'), current: now.pupilsInClassesReached, previous: before.pupilsInClassesReached, figure: { kind: 'classes' } },
    { key: 'teachers', label: t('indicators:reach.teachers'), current: now.teachers, previous: before.teachers, figure: { kind: 'teachers' } },
    { key: 'teachersPresent', label: t('indicators:reach.teachersPresent'), current: now.teachersPresent, previous: before.teachersPresent },
  ];

  return (
    <SectionCard id="indicators-reach" title={t('indicators:reach.title')} help={t('indicators:reach.help')} icon={<IconUsersGroup size={20} stroke={1.6} />}>
      <TableHeading title={t('indicators:reach.table')} actions={<TableCsvButton period={summary.current.period.period} table="reach" />} />
      <ComparisonTable caption={t('indicators:reach.table')} rows={rows} periods={periods} testId="reach-table" />
      {now.pupils > 0 && (
        <Alert variant="light" color={now.pupilsEstimated > 0 ? 'orange' : 'teal'} icon={<IconInfoCircle size={18} />} py="xs" data-testid="pupils-method">
          {now.pupilsEstimated > 0
            ? t('indicators:reach.estimateNote', {
                estimated: number.format(now.pupilsEstimated),
                total: number.format(now.pupils),
                activities: number.format(now.heldWithoutPupilsRecorded),
              })
            : t('indicators:reach.recordedNote')}
        </Alert>
      )}
      <TableHeading title={t('indicators:reach.neighbourhoods')} actions={<TableCsvButton period={summary.current.period.period} table="neighbourhoods" />} />
      <Neighbourhoods summary={summary} />
    </SectionCard>
  );
}

/** One row per neighbourhood reached in either period, most schools first (the service's order). */
function Neighbourhoods({ summary }: { summary: IndicatorsSummary }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  const number = new Intl.NumberFormat(localeOf(language));
  const now = summary.current.reach.neighbourhoods;
  const before = new Map(summary.previous.reach.neighbourhoods.map((entry) => [entry.label, entry]));
  const onlyBefore = summary.previous.reach.neighbourhoods.filter((entry) => !now.some((candidate) => candidate.label === entry.label));
  const rows: { label: string; kind: NeighbourhoodReach['kind']; now?: NeighbourhoodReach; before?: NeighbourhoodReach }[] = [
    ...now.map((entry) => ({ label: entry.label, kind: entry.kind, now: entry, before: before.get(entry.label) })),
    ...onlyBefore.map((entry) => ({ label: entry.label, kind: entry.kind, before: entry })),
  ];
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('indicators:reach.noNeighbourhood')}
      </Text>
    );
  }
  const current = periodName(summary.current.period, language);
  const previous = periodName(summary.previous.period, language);
  return (
    // A scroll area of its own: focusable (and named) so it scrolls from the keyboard (axe scrollable-region-focusable).
    <Table.ScrollContainer minWidth={640} mah={360} type="native" tabIndex={0} role="region" aria-label={t('indicators:reach.neighbourhoods')}>
      <Table striped withTableBorder stickyHeader verticalSpacing={6} aria-label={t('indicators:reach.neighbourhoods')} data-testid="neighbourhoods-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicators:reach.neighbourhood')}</Table.Th>
            <Table.Th ta="right">{`${t('indicators:reach.schools')} ${current}`}</Table.Th>
            <Table.Th ta="right">{`${t('indicators:reach.schools')} ${previous}`}</Table.Th>
            <Table.Th ta="right">{t('indicators:reach.classes')}</Table.Th>
            <Table.Th ta="right">{t('indicators:reach.heldActivities')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const label = `${t('indicators:reach.schools')} · ${row.label}`;
            // The rows channel finds a neighbourhood's schools by its label (a postal code when none is recorded).
            const figure = { kind: 'schools' as const, neighbourhood: row.label };
            return (
              <Table.Tr key={row.label} data-row={row.label}>
                <Table.Th scope="row" fw={600}>
                  {row.label}
                  {row.kind === 'postalCode' && (
                    <Text span size="xs" c="dimmed">{` (${t('indicators:reach.postalCode')})`}</Text>
                  )}
                </Table.Th>
                <Table.Td ta="right">
                  <FigureValue text={number.format(row.now?.schools ?? 0)} figure={row.now ? figure : null} period={summary.current.period} label={label} />
                </Table.Td>
                <Table.Td ta="right">
                  <FigureValue text={number.format(row.before?.schools ?? 0)} figure={row.before ? figure : null} period={summary.previous.period} label={label} />
                </Table.Td>
                <Table.Td ta="right">{number.format(row.now?.classes ?? 0)}</Table.Td>
                <Table.Td ta="right">{number.format(row.now?.heldActivities ?? 0)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
