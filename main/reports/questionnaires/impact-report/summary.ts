// The first page's top (title block), the plain summary in words, and the counts table of the appendix.
import { autoTable } from '../../kit/pdf-library';
import type { QuestionnaireAnalysis } from '../../../../shared/domain/questionnaires/analysis';
import { explainChange } from '../../../../shared/domain/questionnaires/plain-language';
import { PDF_MARGIN, pdfText } from '../../pdf-kit';
import { formatCount, formatLongDate, formatPublished, formatRate } from './format';
import { CONTENT_WIDTH, type Cursor, GREY, heading, lineHeight, paragraph, setFont, split, tableOptions } from './layout';
import { dimensionLabel, scopeInWords } from './texts';

/** Title, scope, questionnaire and date made. */
export function titleBlock(cursor: Cursor, analysis: QuestionnaireAnalysis, generatedAt: Date): void {
  const { doc, words, language } = cursor;
  setFont(doc, 9, 'normal', GREY);
  doc.text(pdfText(words.kicker), PDF_MARGIN, 24);
  setFont(doc, 20, 'bold');
  doc.text(pdfText(words.title), PDF_MARGIN, 33);
  let y = 40;
  setFont(doc, 13, 'bold');
  for (const line of split(doc, scopeInWords(analysis.scope, analysis.scopeLabel, language), CONTENT_WIDTH)) {
    doc.text(line, PDF_MARGIN, y);
    y += lineHeight(13);
  }
  setFont(doc, 10, 'normal', GREY);
  for (const line of split(doc, words.questionnaire(analysis.template.name, analysis.template.version), CONTENT_WIDTH)) {
    doc.text(line, PDF_MARGIN, y + 1);
    y += lineHeight(10);
  }
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(generatedAt);
  doc.text(pdfText(words.made(formatLongDate(day, language))), PDF_MARGIN, y + 1);
  cursor.y = y + 7;
}

/**
 * "En bref": who the figures are about, then per dimension the plain-language sentences of the results page
 * (explainChange) without their statistical figures, which the appendix gives.
 */
export function plainSummary(cursor: Cursor, analysis: QuestionnaireAnalysis): void {
  const { words, language } = cursor;
  heading(cursor, words.inBrief);
  const { counts } = analysis;
  const paired = 'value' in counts.paired ? formatCount(counts.paired.value, language) : words.fewerThan(counts.paired.lessThan);
  const who = 'value' in counts.paired && counts.paired.value === 0 ? words.nobodyPaired : words.who(paired, counts.matchRate === null ? null : formatRate(counts.matchRate, language));
  const pending = counts.pendingCandidates === 0 ? '' : words.pending(formatCount(counts.pendingCandidates, language), counts.pendingCandidates > 1);
  paragraph(cursor, `${who} ${words.filled(formatPublished(counts.before, language), formatPublished(counts.after, language))}${pending}`, { size: 9.5, colour: GREY, after: 4 });
  if (analysis.dimensions.length === 0) paragraph(cursor, words.noDimensions);
  for (const dimension of analysis.dimensions) {
    const subject = dimensionLabel(dimension.dimension, language);
    const sentence = explainChange(dimension.result, { scale: dimension.scale, subject: subject.toLocaleLowerCase(language), language, figures: false });
    // The dimension's name in bold on its own line keeps the sentences easy to scan.
    paragraph(cursor, subject, { style: 'bold', after: 0.5 });
    paragraph(cursor, sentence, { indent: 4, after: 2.5 });
  }
  cursor.y += 3;
}

/**
 * The counts of the whole scope (appendix), one per line: label, then figure. Read down rather than across,
 * so that no label has to squeeze into a fifth of the page.
 */
export function countsTable(cursor: Cursor, analysis: QuestionnaireAnalysis): void {
  const { words, language } = cursor;
  heading(cursor, words.countsTitle, 20);
  const { counts } = analysis;
  const figures = [
    formatPublished(counts.before, language),
    formatPublished(counts.after, language),
    formatPublished(counts.paired, language),
    formatRate(counts.matchRate, language),
    formatCount(counts.pendingCandidates, language),
  ];
  const options = tableOptions(cursor, 9);
  autoTable(cursor.doc, {
    ...options,
    tableWidth: 120,
    columnStyles: { 0: { cellWidth: 90 }, 1: { cellWidth: 30, halign: 'right' } },
    body: words.countsHead.map((label, index) => [pdfText(label), pdfText(figures[index]!)]),
  });
  cursor.afterTable(8);
}
