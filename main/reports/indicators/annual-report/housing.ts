// Action 7 in the annual report, for a reader with the housing role: the housing report's key figures for the
// same dates, beside the previous period. Counts of people and procedures arrive already reduced ("< 5",
// withheld) by the housing report's privacy rule; this section prints them as they are.
import { autoTable } from '../../kit/pdf-library';
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import type { HousingReport, ReportCount } from '../../../../shared/domain/housing/reports-api';
import { type Cursor, GREY, heading, paragraph, tableOptions } from '../../kit/flow';
import { formatNumber, formatRate } from './format';
import type { AnnualReportWords } from './words';

export interface HousingPeriods {
  current: HousingReport;
  previous: HousingReport;
}

type HousingFigure = keyof AnnualReportWords['housingFigures'];
type HousingValue = { kind: 'number'; value: number } | { kind: 'rate'; value: number | null } | { kind: 'count'; value: ReportCount };

function housingValue(report: HousingReport, figure: HousingFigure): HousingValue {
  switch (figure) {
    case 'supported':
      return { kind: 'number', value: report.units.total.supported };
    case 'places':
      return { kind: 'number', value: report.units.total.places };
    case 'bedNights':
      return { kind: 'number', value: report.occupancy.total.bedNights };
    case 'occupancy':
      return { kind: 'rate', value: report.occupancy.total.rate };
    case 'placementsStarted':
      return { kind: 'count', value: report.placements.total.started };
    case 'placementsEnded':
      return { kind: 'count', value: report.placements.total.ended };
    case 'registrationsInForce':
      return { kind: 'count', value: report.registrations.total.inForce };
    case 'deadlinesDue':
      return { kind: 'count', value: report.deadlines.total.due };
    case 'deadlinesMet':
      return { kind: 'count', value: report.deadlines.total.met };
    case 'deadlinesMissed':
      return { kind: 'count', value: report.deadlines.total.missed };
  }
}

function exact(value: HousingValue): number | null {
  if (value.kind === 'number') return value.value;
  if (value.kind === 'rate') return value.value;
  return value.value !== null && 'value' in value.value ? value.value.value : null;
}

function formatValue(value: HousingValue, language: DocumentLanguage): string {
  if (value.kind === 'number') return formatNumber(value.value, language);
  if (value.kind === 'rate') return formatRate(value.value, language);
  if (value.value === null) return 'n.p.';
  return 'value' in value.value ? formatNumber(value.value.value, language) : `< ${value.value.lessThan}`;
}

function formatDifference(current: HousingValue, previous: HousingValue, words: AnnualReportWords, language: DocumentLanguage): string {
  const now = exact(current);
  const before = exact(previous);
  if (now === null || before === null) return words.notComparable;
  const difference = current.kind === 'rate' ? Math.round((now - before) * 100) : now - before;
  if (difference === 0) return words.noChange;
  const sign = difference > 0 ? '+' : '−';
  return `${sign}${formatNumber(Math.abs(difference), language, 0)}${current.kind === 'rate' ? ` ${words.points}` : ''}`;
}

export const HOUSING_FIGURES: HousingFigure[] = [
  'supported',
  'places',
  'bedNights',
  'occupancy',
  'placementsStarted',
  'placementsEnded',
  'registrationsInForce',
  'deadlinesDue',
  'deadlinesMet',
  'deadlinesMissed',
];

/** The housing rows of a table: figure, this period, the previous one, the change. */
export function housingRows(housing: HousingPeriods, words: AnnualReportWords, language: DocumentLanguage): string[][] {
  return HOUSING_FIGURES.map((figure) => {
    const current = housingValue(housing.current, figure);
    const previous = housingValue(housing.previous, figure);
    return [words.housingFigures[figure], formatValue(current, language), formatValue(previous, language), formatDifference(current, previous, words, language)];
  });
}

export function housingSection(cursor: Cursor, housing: HousingPeriods, words: AnnualReportWords, language: DocumentLanguage, columns: [string, string]): void {
  heading(cursor, words.housingTitle, { keep: 60 });
  paragraph(cursor, words.housingIntro, { size: 9.5, colour: GREY, after: 4 });
  autoTable(cursor.doc, {
    ...tableOptions(cursor, 9.5),
    head: [[words.indicator, ...columns, words.change]],
    body: housingRows(housing, words, language),
    columnStyles: { 0: { cellWidth: 84 }, 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' } },
  });
  cursor.afterTable(4);
  paragraph(cursor, words.housingPrivacy, { size: 9, colour: GREY });
}
