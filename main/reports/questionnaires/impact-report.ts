// The public entry of the impact report PDF (issue 5, point 9; issue 16, point 5): assembles its sections in
// reading order.
import type { DocumentLanguage } from '../../../shared/domain/documents';
import type { AnalysisYear, FeedbackSummary, QuestionnaireAnalysis } from '../../../shared/domain/questionnaires/analysis';
import { addFooters, newDocument, PDF_FONT, toBytes } from '../pdf-kit';
import { changeChart } from './impact-report/chart';
import { feedbackSection } from './impact-report/feedback';
import { groupsTable, methodNote, yearsTable } from './impact-report/groups';
import { Cursor, heading, paragraph } from './impact-report/layout';
import { dimensionTable, itemTable } from './impact-report/stats-tables';
import { countsTable, plainSummary, titleBlock } from './impact-report/summary';
import { scopeInWords, WORDS } from './impact-report/texts';

/**
 * What a before/after questionnaire shows for a scope, for the City's advisory council, in the language of
 * whoever asked for it. The plain part comes first: what changed in pupils' perceptions told in sentences
 * (the results page's plain-language summary, without its statistical figures), the before/after chart, and
 * every satisfaction and teacher question as a small bar chart of its answers. Then, from a new page, an
 * appendix with the figures: counts, the dimension and item statistics, the classes (a line per school year
 * when the scope spans several) and the method.
 *
 * It prints only what `analysis` and `feedback` carry: the server has already reduced every group of fewer
 * than five pupils to "< 5", so nothing here can reveal a small group. No person is named (pupils are
 * codes, which are not printed either). Data in, bytes out: no I/O here.
 */
export function buildImpactReport(
  analysis: QuestionnaireAnalysis,
  feedback: FeedbackSummary,
  generatedAt: Date,
  language: DocumentLanguage = 'fr',
  years: readonly AnalysisYear[] = [],
): Uint8Array {
  const words = WORDS[language];
  const doc = newDocument({ title: `${words.title} — ${scopeInWords(analysis.scope, analysis.scopeLabel, language)} — ${analysis.template.name}`, language });
  const cursor = new Cursor(doc, 0, language);
  titleBlock(cursor, analysis, generatedAt);
  plainSummary(cursor, analysis);
  changeChart(cursor, analysis.dimensions);
  feedbackSection(cursor, feedback, analysis.template.id);

  cursor.newPage();
  heading(cursor, words.appendixTitle, 10);
  paragraph(cursor, words.appendixIntro, { size: 9.5, after: 5 });
  countsTable(cursor, analysis);
  dimensionTable(cursor, analysis.dimensions);
  itemTable(cursor, analysis.items);
  // Several school years: a line per year (see yearsTable); one year or less: every class.
  if (years.length > 1) yearsTable(cursor, years);
  else groupsTable(cursor, analysis.groups);
  methodNote(cursor);
  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, generatedAt);
  return toBytes(doc);
}
