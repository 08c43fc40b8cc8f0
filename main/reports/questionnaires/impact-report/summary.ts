// The first page's top: title block, the plain-language summary (explainChange per dimension) and the counts.
import { autoTable } from 'jspdf-autotable';
import type { QuestionnaireAnalysis } from '../../../../shared/domain/questionnaires/analysis';
import { explainChange } from '../../../../shared/domain/questionnaires/plain-language';
import { formatDateFr } from '../../../exports/labels-fr';
import { PDF_MARGIN, pdfText } from '../../pdf-kit';
import { formatCount, formatPublished, formatRate } from './format';
import { CONTENT_WIDTH, type Cursor, GREY, heading, lineHeight, paragraph, setFont, split, tableOptions } from './layout';
import { dimensionLabel, REPORT_TITLE, scopeInWords } from './texts';

/** Title, scope, questionnaire and date made. Returns where the next block starts. */
export function titleBlock(cursor: Cursor, analysis: QuestionnaireAnalysis, generatedAt: Date): void {
  const { doc } = cursor;
  setFont(doc, 9, 'normal', GREY);
  doc.text(pdfText("RAPPORT D'IMPACT · QUESTIONNAIRES AVANT / APRÈS L'ACTIVITÉ"), PDF_MARGIN, 24);
  setFont(doc, 20, 'bold');
  doc.text(pdfText(REPORT_TITLE), PDF_MARGIN, 33);
  let y = 40;
  setFont(doc, 13, 'bold');
  for (const line of split(doc, scopeInWords(analysis.scope, analysis.scopeLabel), CONTENT_WIDTH)) {
    doc.text(line, PDF_MARGIN, y);
    y += lineHeight(13);
  }
  setFont(doc, 10, 'normal', GREY);
  const template = `Questionnaire : ${analysis.template.name} (version ${analysis.template.version})`;
  for (const line of split(doc, template, CONTENT_WIDTH)) {
    doc.text(line, PDF_MARGIN, y + 1);
    y += lineHeight(10);
  }
  doc.text(pdfText(`Établi le ${formatDateFr(generatedAt.toISOString().slice(0, 10))}`), PDF_MARGIN, y + 1);
  cursor.y = y + 7;
}

/** "En bref": one plain sentence (or two) per dimension, then who the figures are about. */
export function plainSummary(cursor: Cursor, analysis: QuestionnaireAnalysis): void {
  heading(cursor, 'En bref');
  const { counts } = analysis;
  if (analysis.dimensions.length === 0) {
    paragraph(cursor, "Ce questionnaire n'a pas de question posée avant et après l'activité : il n'y a pas de changement à mesurer.");
  }
  for (const dimension of analysis.dimensions) {
    const subject = dimensionLabel(dimension.dimension);
    const sentence = explainChange(dimension.result, { scale: dimension.scale, subject: subject.toLocaleLowerCase('fr'), language: 'fr' });
    // The dimension's name in bold on its own line keeps the sentences easy to scan.
    paragraph(cursor, subject, { style: 'bold', after: 0.5 });
    paragraph(cursor, sentence, { indent: 4, after: 2.5 });
  }
  const pending =
    counts.pendingCandidates === 0
      ? ''
      : ` ${formatCount(counts.pendingCandidates)} ${counts.pendingCandidates > 1 ? 'paires de codes presque identiques attendent' : 'paire de codes presque identiques attend'} encore une vérification et ${counts.pendingCandidates > 1 ? "n'y sont pas comptées" : "n'y est pas comptée"}.`;
  const rate = counts.matchRate === null ? '' : ` (taux d'appariement : ${formatRate(counts.matchRate)})`;
  const paired = 'value' in counts.paired ? counts.paired.value : null;
  const who =
    paired === 0
      ? "Aucun élève n'est encore apparié"
      : `Ces résultats portent sur ${paired === null ? `moins de ${(counts.paired as { lessThan: number }).lessThan}` : formatCount(paired)} élèves appariés${rate}`;
  paragraph(
    cursor,
    `${who}. Questionnaires remplis : ${formatPublished(counts.before)} avant l'activité, ${formatPublished(counts.after)} après.${pending}`,
    { size: 9.5, colour: GREY, after: 4 },
  );
}

/** The counts of the whole scope in one row. */
export function countsTable(cursor: Cursor, analysis: QuestionnaireAnalysis): void {
  heading(cursor, 'Questionnaires et appariement', 20);
  const { counts } = analysis;
  const options = tableOptions(cursor, 9.5);
  autoTable(cursor.doc, {
    ...options,
    styles: { ...options.styles, halign: 'center' },
    head: [['Questionnaires avant', 'Questionnaires après', 'Élèves appariés', "Taux d'appariement", 'Paires à vérifier'].map(pdfText)],
    body: [[formatPublished(counts.before), formatPublished(counts.after), formatPublished(counts.paired), formatRate(counts.matchRate), formatCount(counts.pendingCandidates)].map(pdfText)],
  });
  cursor.afterTable(8);
}
