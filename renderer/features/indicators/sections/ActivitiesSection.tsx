import { BarChart } from '@mantine/charts';
import { Table, Text } from '@mantine/core';
import { IconCalendarStats } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActivityCounts, IndicatorsSummary } from '../../../../shared/domain/indicators/indicators';
import type { EventType } from '../../../../shared/domain/calendar/events';
import { documentLanguage, localeOf } from '../../../i18n/language';
import { changeOf, changeText } from '../change';
import { periodName } from '../period-model';
import { FigureValue } from '../parts/FigureValue';
import { SectionCard, TableHeading } from '../parts/SectionCard';
import { TableCsvButton } from '../parts/TableCsvButton';

const STATUSES = ['planned', 'held', 'cancelled', 'open'] as const;
type Status = (typeof STATUSES)[number];

/** Held, open and cancelled add up to planned: the chart stacks them, the table lists all four. */
const CHART_SERIES = [
  { name: 'held', color: 'teal.6' },
  { name: 'open', color: 'indigo.3' },
  { name: 'cancelled', color: 'gray.5' },
] as const;

/** Activities planned, held, cancelled and open by type: a stacked bar chart, then the table with the previous period. */
export function ActivitiesSection({ summary }: { summary: IndicatorsSummary }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  const { current, previous } = summary;
  const number = new Intl.NumberFormat(localeOf(language));
  const previousByType = new Map(previous.activities.byType.map((entry) => [entry.type, entry.counts]));
  const chartData = current.activities.byType
    .filter((entry) => entry.counts.planned > 0)
    .map((entry) => ({ type: t(`calendar:types.${entry.type}`), ...Object.fromEntries(CHART_SERIES.map(({ name }) => [name, entry.counts[name]])) }));
  const rows: { key: EventType | 'total'; label: string; now: ActivityCounts; before: ActivityCounts }[] = [
    ...current.activities.byType
      // A type with nothing in either period is left out: eight rows of zeros read as noise.
      .filter((entry) => entry.counts.planned > 0 || (previousByType.get(entry.type)?.planned ?? 0) > 0)
      .map((entry) => ({ key: entry.type, label: t(`calendar:types.${entry.type}`), now: entry.counts, before: previousByType.get(entry.type)! })),
    { key: 'total', label: t('indicators:columns.total'), now: current.activities.totals, before: previous.activities.totals },
  ];
  const previousName = periodName(previous.period, language);

  return (
    <SectionCard id="indicators-activities" title={t('indicators:activities.title')} help={t('indicators:activities.help')} icon={<IconCalendarStats size={20} stroke={1.6} />}>
      {chartData.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="activities-empty">
          {t('indicators:activities.empty')}
        </Text>
      ) : (
        <BarChart
          h={Math.max(140, chartData.length * 38 + 60)}
          data={chartData}
          dataKey="type"
          type="stacked"
          orientation="vertical"
          series={CHART_SERIES.map(({ name, color }) => ({ name, color, label: t(`indicators:activities.${name}`) }))}
          yAxisProps={{ width: 170 }}
          gridAxis="x"
          withLegend
          legendProps={{ verticalAlign: 'top', height: 36 }}
          valueFormatter={(value) => number.format(value)}
          aria-label={t('indicators:activities.chart')}
          data-testid="activities-chart"
        />
      )}
      <TableHeading title={t('indicators:activities.table')} actions={<TableCsvButton period={current.period.period} table="activities" />} />
      <Text size="xs" c="dimmed" mt={-8}>
        {t('indicators:activities.cellHelp')}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder verticalSpacing={6} aria-label={t('indicators:activities.table')} data-testid="activities-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('indicators:columns.type')}</Table.Th>
              {STATUSES.map((status) => (
                <Table.Th key={status} ta="right" w={160}>
                  {t(`indicators:activities.${status}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-row={row.key} fw={row.key === 'total' ? 700 : undefined}>
                <Table.Th scope="row" fw={row.key === 'total' ? 700 : 600}>
                  {row.label}
                </Table.Th>
                {STATUSES.map((status) => (
                  <Table.Td key={status} ta="right" data-status={status}>
                    <StatusCell
                      status={status}
                      type={row.key === 'total' ? null : row.key}
                      now={row.now[status]}
                      before={row.before[status]}
                      summary={summary}
                      label={`${t(`indicators:activities.${status}`)} · ${row.label}`}
                      previousName={previousName}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}

interface StatusCellProps {
  status: Status;
  type: EventType | null;
  now: number;
  before: number;
  summary: IndicatorsSummary;
  label: string;
  previousName: string;
}

/** The period's number (opens its activities), and under it the previous period's and the change. */
function StatusCell({ status, type, now, before, summary, label, previousName }: StatusCellProps) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  const number = new Intl.NumberFormat(localeOf(language));
  const figure = { kind: 'activities' as const, status, type };
  return (
    <>
      <FigureValue text={number.format(now)} figure={now > 0 ? figure : null} period={summary.current.period} label={label} />
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-cell="previous">
        {previousName}{language === 'fr' ? ' : ' : ': '}
        <FigureValue text={number.format(before)} figure={before > 0 ? figure : null} period={summary.previous.period} label={label} size="xs" />
        {' · '}
        {changeText(changeOf(now, before), language, { same: t('indicators:noChange') })}
      </Text>
    </>
  );
}
