// The public entry of the council's annual report (issue 16, point 2): assembles its parts in reading order.
import type { DocumentLanguage } from '../../../shared/domain/documents';
import type { IndicatorsSummary } from '../../../shared/domain/indicators/indicators';
import { Cursor } from '../kit/flow';
import { addFooters, newDocument, PAGE_TOP, toBytes } from '../pdf-kit';
import { action9Section } from './annual-report/action9';
import { appendixSection } from './annual-report/appendix';
import { drawCover } from './annual-report/cover';
import { periodColumn, periodLabel } from './annual-report/format';
import { type HousingPeriods, housingSection } from './annual-report/housing';
import { methodSection } from './annual-report/method';
import { summaryPage } from './annual-report/summary-page';
import { ANNUAL_REPORT_WORDS } from './annual-report/words';

export type { HousingPeriods } from './annual-report/housing';

export interface AnnualReportInput {
  /** The dashboard's own answer (indicators/summary): the report and the screen always agree. */
  summary: IndicatorsSummary;
  language: DocumentLanguage;
  /** Action 7, for a reader with the housing role; null leaves housing out entirely. */
  housing: HousingPeriods | null;
}

/**
 * The annual report for the advisory council: a cover; one page with every indicator, the previous period
 * and the change; Action 9 with charts and tables and the questionnaires' impact in plain words; Action 7 for
 * housing staff; the method; the statistics in an appendix. Aggregates only. Data in, bytes out.
 */
export function buildAnnualReport(input: AnnualReportInput, generatedAt: Date): Uint8Array {
  const { summary, language, housing } = input;
  const words = ANNUAL_REPORT_WORDS[language];
  const doc = newDocument({ title: `${words.title} — ${periodLabel(summary.current.period, words, language)}`, language });
  drawCover(doc, summary, words, language, generatedAt);
  const cursor = new Cursor(doc, PAGE_TOP);
  const columns: [string, string] = [periodColumn(summary.current.period), periodColumn(summary.previous.period)];

  cursor.newPage();
  summaryPage(cursor, summary, words, language, housing);
  cursor.newPage();
  action9Section(cursor, summary, words, language);
  if (housing) {
    cursor.newPage();
    housingSection(cursor, housing, words, language, columns);
  }
  cursor.newPage();
  methodSection(cursor, summary, words, language, housing ? words.housingMethod : null);
  appendixSection(cursor, summary, words, language);
  addFooters(doc, generatedAt);
  return toBytes(doc);
}
