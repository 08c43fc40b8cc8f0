// One page with every headline indicator, the previous period beside it, and the change.
import { autoTable } from '../../kit/pdf-library';
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import { HEADLINE_FIGURES, HEADLINE_GROUPS, headlineValue } from '../../../../shared/domain/indicators/headline';
import type { IndicatorsSummary } from '../../../../shared/domain/indicators/indicators';
import { type Cursor, GREY, heading, paragraph, tableOptions } from '../../kit/flow';
import { formatChange, formatHeadline, formatPoints, formatRate, periodColumn } from './format';
import { type HousingPeriods, housingRows } from './housing';
import type { AnnualReportWords } from './words';

export function summaryPage(cursor: Cursor, summary: IndicatorsSummary, words: AnnualReportWords, language: DocumentLanguage, housing: HousingPeriods | null): void {
  heading(cursor, words.summaryTitle);
  paragraph(cursor, words.summaryIntro, { size: 9.5, colour: GREY, after: 3 });
  const body: (string | { content: string; colSpan: number; styles: object })[][] = [];
  let group: string | null = null;
  for (const figure of HEADLINE_FIGURES) {
    if (HEADLINE_GROUPS[figure] !== group) {
      group = HEADLINE_GROUPS[figure];
      body.push([{ content: words.groups[HEADLINE_GROUPS[figure]], colSpan: 4, styles: { fontStyle: 'bold', fillColor: [248, 248, 248] } }]);
    }
    const current = headlineValue(summary.current, figure);
    const previous = headlineValue(summary.previous, figure);
    body.push([words.figures[figure], formatHeadline(current, language), formatHeadline(previous, language), formatChange(current, previous, words, language)]);
  }
  // The match rate is a template's: one row per pupil questionnaire of the period.
  for (const impact of summary.current.questionnaires.impact) {
    const before = summary.previous.questionnaires.impact.find((candidate) => candidate.templateId === impact.templateId);
    body.push([
      `${words.matchRateOf(impact.templateName)}`,
      formatRate(impact.counts.matchRate, language),
      before ? formatRate(before.counts.matchRate, language) : '—',
      before ? formatPoints(impact.counts.matchRate, before.counts.matchRate, words, language) : words.notComparable,
    ]);
  }
  if (housing) {
    body.push([{ content: words.housingGroup, colSpan: 4, styles: { fontStyle: 'bold', fillColor: [248, 248, 248] } }]);
    body.push(...housingRows(housing, words, language));
  }
  autoTable(cursor.doc, {
    ...tableOptions(cursor, 9.5),
    head: [[words.indicator, periodColumn(summary.current.period), periodColumn(summary.previous.period), words.change]],
    body,
    columnStyles: { 0: { cellWidth: 84 }, 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' } },
  });
  cursor.afterTable(8);
}
