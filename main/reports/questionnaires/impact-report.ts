// The public entry of the impact report PDF (issue 5, point 9): assembles its sections in reading order.
import type { FeedbackSummary, QuestionnaireAnalysis } from '../../../shared/domain/questionnaires/analysis';
import { addFooters, newDocument, PDF_FONT, toBytes } from '../pdf-kit';
import { changeChart } from './impact-report/chart';
import { feedbackSection } from './impact-report/feedback';
import { groupsTable, methodNote } from './impact-report/groups';
import { Cursor } from './impact-report/layout';
import { dimensionTable, itemTable } from './impact-report/stats-tables';
import { countsTable, plainSummary, titleBlock } from './impact-report/summary';
import { REPORT_TITLE, scopeInWords } from './impact-report/texts';

/**
 * What a before/after questionnaire shows for a scope, for the City's reports: the plain-language summary
 * first, then the counts, a chart, the dimension and item statistics, satisfaction and teachers' feedback,
 * the classes the pairs come from and how to read it all. In French, like every document of the City.
 *
 * It prints only what `analysis` and `feedback` carry: the server has already reduced every group of fewer
 * than five pupils to "< 5", so nothing here can reveal a small group. No person is named (pupils are
 * codes, which are not printed either). Data in, bytes out: no I/O here.
 */
export function buildImpactReport(analysis: QuestionnaireAnalysis, feedback: FeedbackSummary, generatedAt: Date): Uint8Array {
  const doc = newDocument({ title: `${REPORT_TITLE} — ${scopeInWords(analysis.scope, analysis.scopeLabel)} — ${analysis.template.name}`, language: 'fr' });
  const cursor = new Cursor(doc, 0);
  titleBlock(cursor, analysis, generatedAt);
  plainSummary(cursor, analysis);
  countsTable(cursor, analysis);
  changeChart(cursor, analysis.dimensions);
  dimensionTable(cursor, analysis.dimensions);
  itemTable(cursor, analysis.items);
  feedbackSection(cursor, feedback, analysis.template.id);
  groupsTable(cursor, analysis.groups);
  methodNote(cursor);
  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, generatedAt);
  return toBytes(doc);
}
