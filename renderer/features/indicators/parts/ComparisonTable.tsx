import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorFigure } from '../../../../shared/domain/indicators/indicators';
import type { ResolvedPeriod } from '../../../../shared/domain/indicators/period';
import { documentLanguage, localeOf } from '../../../i18n/language';
import { changeOf, changeText, changeTone, type Figure } from '../change';
import { periodName } from '../period-model';
import { CountText, FigureValue } from './FigureValue';

export interface ComparisonRow {
  key: string;
  label: string;
  current: Figure;
  previous: Figure;
  /** The list behind the number (the same figure in each period). */
  figure?: IndicatorFigure | null;
  /** Decimals shown (weeks on loan: 1). */
  digits?: number;
  /** A detail of the row above ("of which …"): indented, smaller. */
  detail?: boolean;
}

export interface Periods {
  current: ResolvedPeriod;
  previous: ResolvedPeriod;
}

/**
 * Up and down told apart by colour only: a change is neither good nor bad in itself. The theme's text shade of
 * each colour (not a fixed one), so it reads in the light and the dark theme.
 */
export const TONES = { up: 'teal', down: 'orange', flat: 'dimmed' } as const;

/** Indicator | period | previous period | change: the table every section starts with. */
export function ComparisonTable({ caption, rows, periods, testId }: { caption: string; rows: readonly ComparisonRow[]; periods: Periods; testId: string }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder verticalSpacing={6} aria-label={caption} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicators:columns.indicator')}</Table.Th>
            <Table.Th ta="right" w={150}>{periodName(periods.current, language)}</Table.Th>
            <Table.Th ta="right" w={150}>{periodName(periods.previous, language)}</Table.Th>
            <Table.Th ta="right" w={150}>{t('indicators:columns.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const change = changeOf(row.current, row.previous);
            return (
              <Table.Tr key={row.key} data-row={row.key}>
                <Table.Th scope="row" fw={row.detail ? 400 : 600} pl={row.detail ? 'xl' : undefined} fz={row.detail ? 'xs' : 'sm'}>
                  {row.label}
                </Table.Th>
                <Table.Td ta="right" data-cell="current">
                  <Cell value={row.current} figure={row.figure} period={periods.current} label={row.label} digits={row.digits} language={language} />
                </Table.Td>
                <Table.Td ta="right" data-cell="previous">
                  <Cell value={row.previous} figure={row.figure} period={periods.previous} label={row.label} digits={row.digits} language={language} />
                </Table.Td>
                <Table.Td ta="right" data-cell="change">
                  <Text component="span" size="sm" c={TONES[changeTone(change)]} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {changeText(change, language, { same: t('indicators:noChange') }, row.digits)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface CellProps {
  value: Figure;
  figure?: IndicatorFigure | null;
  period: ResolvedPeriod;
  label: string;
  digits?: number;
  language: 'fr' | 'en';
}

function Cell({ value, figure, period, label, digits = 0, language }: CellProps) {
  if (value === null) return <>—</>;
  if (typeof value !== 'number') return 'value' in value ? <Cell value={value.value} figure={figure} period={period} label={label} language={language} /> : <CountText count={value} />;
  const text = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  // A zero opens nothing: the list would be empty.
  return <FigureValue text={text} figure={value > 0 ? figure : null} period={period} label={label} />;
}
