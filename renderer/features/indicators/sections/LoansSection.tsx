import { BarChart } from '@mantine/charts';
import { Anchor, Grid, Table, Text } from '@mantine/core';
import { IconPresentation } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IndicatorsSummary } from '../../../../shared/domain/indicators/indicators';
import { documentLanguage, localeOf } from '../../../i18n/language';
import { exhibitionLocation } from '../../loans/links';
import { periodName } from '../period-model';
import { ComparisonTable, type ComparisonRow } from '../parts/ComparisonTable';
import { SectionCard, TableHeading } from '../parts/SectionCard';
import { TableCsvButton } from '../parts/TableCsvButton';

/** Loans, weeks on loan and borrowing schools beside the previous period, then per exhibition (chart and table). */
export function LoansSection({ summary }: { summary: IndicatorsSummary }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  const now = summary.current.loans;
  const before = summary.previous.loans;
  const periods = { current: summary.current.period, previous: summary.previous.period };
  const rows: ComparisonRow[] = [
    { key: 'loans', label: t('indicators:loans.loans'), current: now.loans, previous: before.loans, figure: { kind: 'loans' } },
    { key: 'weeks', label: t('indicators:loans.weeks'), current: now.weeksOnLoan, previous: before.weeksOnLoan, digits: 1 },
    { key: 'schools', label: t('indicators:loans.schools'), current: now.schools, previous: before.schools, figure: { kind: 'loanSchools' } },
    { key: 'requested', label: t('indicators:loans.requested'), current: now.byStatus.requested, previous: before.byStatus.requested, detail: true },
    { key: 'refused', label: t('indicators:loans.refused'), current: now.byStatus.refused, previous: before.byStatus.refused, detail: true },
    { key: 'cancelled', label: t('indicators:loans.cancelled'), current: now.byStatus.cancelled, previous: before.byStatus.cancelled, detail: true },
  ];
  return (
    <SectionCard id="indicators-loans" title={t('indicators:loans.title')} help={t('indicators:loans.help')} icon={<IconPresentation size={20} stroke={1.6} />}>
      <TableHeading title={t('indicators:loans.table')} actions={<TableCsvButton period={summary.current.period.period} table="loans" />} />
      <ComparisonTable caption={t('indicators:loans.table')} rows={rows} periods={periods} testId="loans-table" />
      {now.byExhibition.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="loans-empty">
          {t('indicators:loans.empty')}
        </Text>
      ) : (
        <>
          <TableHeading title={t('indicators:loans.byExhibition')} />
          <Grid gap="lg" align="center">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <ExhibitionTable summary={summary} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <BarChart
                h={Math.max(140, now.byExhibition.length * 34 + 40)}
                data={now.byExhibition.map((entry) => ({ title: entry.title, weeks: entry.weeksOnLoan }))}
                dataKey="title"
                orientation="vertical"
                series={[{ name: 'weeks', color: 'meuse.5', label: t('indicators:loans.weeks') }]}
                yAxisProps={{ width: 180 }}
                gridAxis="x"
                valueFormatter={(value) => new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(value)}
                // An image with its name: the table beside it holds the same numbers for a screen reader
                // (aria-label alone is not allowed on a role-less div, axe aria-prohibited-attr).
                role="img"
                aria-label={t('indicators:loans.chart')}
                data-testid="loans-chart"
              />
            </Grid.Col>
          </Grid>
        </>
      )}
    </SectionCard>
  );
}

function ExhibitionTable({ summary }: { summary: IndicatorsSummary }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  const number = new Intl.NumberFormat(localeOf(language));
  const weeks = new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const before = new Map(summary.previous.loans.byExhibition.map((entry) => [entry.exhibitionId, entry]));
  const previous = periodName(summary.previous.period, language);
  return (
    <Table striped withTableBorder verticalSpacing={6} aria-label={t('indicators:loans.byExhibition')} data-testid="exhibitions-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('indicators:loans.exhibition')}</Table.Th>
          <Table.Th ta="right">{t('indicators:rows.loansCount')}</Table.Th>
          <Table.Th ta="right">{t('indicators:rows.weeks')}</Table.Th>
          <Table.Th ta="right">{`${t('indicators:rows.weeks')} ${previous}`}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {summary.current.loans.byExhibition.map((entry) => (
          <Table.Tr key={entry.exhibitionId}>
            <Table.Th scope="row" fw={500}>
              <Anchor component={Link} to={exhibitionLocation(entry.exhibitionId)} size="sm">
                {entry.title}
              </Anchor>
            </Table.Th>
            <Table.Td ta="right">{number.format(entry.loans)}</Table.Td>
            <Table.Td ta="right">{weeks.format(entry.weeksOnLoan)}</Table.Td>
            <Table.Td ta="right">{weeks.format(before.get(entry.exhibitionId)?.weeksOnLoan ?? 0)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
