// The event sheet's questionnaire section (issue 5, point 9): per pupil questionnaire given at the event,
// the counts and match rate, each dimension's mean change with its 95% interval (or "< 5"), the pupils'
// satisfaction; then the teachers' feedback. Figures come as the analysis publishes them.
import type { jsPDF } from 'jspdf';
import { autoTable, type CellDef, type RowInput } from 'jspdf-autotable';
import type { FeedbackSummary, ItemFeedback, PublishedCount, QuestionnaireAnalysis, TemplateFeedback } from '../../../shared/domain/questionnaires/analysis';
import { DIMENSION_FR } from '../../exports/labels-fr';
import { PDF_FONT, PDF_MARGIN, pdfText } from '../pdf-kit';
import { formatChange, formatCount, formatInterval, formatPublished, formatRate, formatScore, NOT_AVAILABLE } from '../questionnaires/impact-report/format';

export interface EventQuestionnaires {
  /** One per pupil template given at the event. */
  readonly analyses: readonly QuestionnaireAnalysis[];
  readonly feedback: FeedbackSummary;
}

const WIDTH = 210 - 2 * PDF_MARGIN;
const BOTTOM = 277;

function lastY(doc: jsPDF): number {
  return (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}

/** Writes wrapped text at y (new page when needed); returns where the next line goes. */
function line(doc: jsPDF, text: string, y: number, style: 'normal' | 'bold' = 'normal', size = 10, grey = false): number {
  doc.setFont(PDF_FONT, style);
  doc.setFontSize(size);
  if (grey) doc.setTextColor(110, 110, 110);
  else doc.setTextColor(20, 20, 20);
  const lines = doc.splitTextToSize(pdfText(text), WIDTH) as string[];
  const step = (size * 1.2 * 25.4) / 72;
  let at = y;
  for (const part of lines) {
    if (at + step > BOTTOM) {
      doc.addPage();
      at = 22;
    }
    doc.text(part, PDF_MARGIN, at + step * 0.75);
    at += step;
  }
  return at;
}

/** "22 réponses", "1 réponse", "< 5 réponses". */
function answers(count: PublishedCount, word = 'réponse'): string {
  return `${formatPublished(count)} ${'value' in count && count.value === 1 ? word : `${word}s`}`;
}

/** "Satisfaction des élèves : 4,21 / 5 (« J'ai aimé cette activité. », 22 réponses)", or "non publié" under 5. */
function meanSentence(who: string, item: ItemFeedback | undefined, template: TemplateFeedback): string {
  if (!item || item.scale === null) return `${who} : ${answers(template.responses, 'questionnaire')}`;
  const mean = item.mean === null ? ('value' in item.answered ? NOT_AVAILABLE : 'non publié') : `${formatScore(item.mean, item.scale)} / ${formatCount(item.scale.max)}`;
  return `${who} : ${mean} (« ${item.wordingFr} », ${answers(item.answered)})`;
}

const firstSatisfaction = (template: TemplateFeedback | undefined) =>
  template?.items.find((item) => item.dimension === 'satisfaction' && item.answerType !== 'free_text' && item.answerType !== 'single_choice');

function analysisBlock(doc: jsPDF, analysis: QuestionnaireAnalysis, feedback: FeedbackSummary, y: number): number {
  const { counts } = analysis;
  let at = line(doc, `${analysis.template.name} (version ${analysis.template.version})`, y, 'bold');
  const pending = counts.pendingCandidates > 0 ? ` · ${formatCount(counts.pendingCandidates)} à vérifier` : '';
  at = line(
    doc,
    `Questionnaires : ${formatPublished(counts.before)} avant, ${formatPublished(counts.after)} après · élèves appariés : ${formatPublished(counts.paired)} · taux d'appariement : ${formatRate(counts.matchRate)}${pending}`,
    at + 0.5,
  );
  if (analysis.dimensions.length > 0) {
    const body = analysis.dimensions.map((dimension): RowInput => {
      const name: CellDef = { content: pdfText(DIMENSION_FR[dimension.dimension]), styles: { halign: 'left' } };
      if (dimension.result.suppressed) {
        return [name, `< ${dimension.result.minimum}`, { content: pdfText('non publié'), colSpan: 3, styles: { textColor: [110, 110, 110], fontStyle: 'italic' } }];
      }
      const stats = dimension.result.statistics;
      const { scale } = dimension;
      const score = (value: number | null) => (value === null ? NOT_AVAILABLE : formatScore(value, scale));
      const interval = stats.confidenceInterval.value;
      const change = stats.meanChange.value === null ? NOT_AVAILABLE : formatChange(stats.meanChange.value, scale);
      return [name, formatCount(stats.n), score(stats.meanBefore.value), score(stats.meanAfter.value), pdfText(interval ? `${change} ${formatInterval(interval.lower, interval.upper, scale)}` : change)];
    });
    autoTable(doc, {
      startY: at + 1.5,
      margin: { left: PDF_MARGIN, right: PDF_MARGIN, top: 22, bottom: 297 - BOTTOM },
      theme: 'grid',
      rowPageBreak: 'avoid',
      headStyles: { fillColor: [240, 240, 240], textColor: [20, 20, 20], fontStyle: 'bold' },
      styles: { font: PDF_FONT, fontSize: 9, halign: 'center', cellPadding: 1.6 },
      columnStyles: { 0: { halign: 'left' }, 4: { cellWidth: 48 } },
      head: [[{ content: 'Dimension', styles: { halign: 'left' } }, pdfText('Élèves appariés'), 'Avant', pdfText('Après'), 'Changement [IC 95 %]']],
      body,
    });
    at = lastY(doc) + 2;
  }
  const pupilFeedback = feedback.templates.find((template) => template.templateId === analysis.template.id);
  if (pupilFeedback) at = line(doc, meanSentence('Satisfaction des élèves', firstSatisfaction(pupilFeedback), pupilFeedback), at, 'normal', 9.5);
  return at + 3;
}

/** Draws the section from `y`; returns where it ends. */
export function drawEventQuestionnaires(doc: jsPDF, summary: EventQuestionnaires, y: number): number {
  let at = y;
  if (at + 40 > BOTTOM) {
    doc.addPage();
    at = 22;
  }
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(12);
  doc.text(pdfText('Questionnaires avant / après'), PDF_MARGIN, at);
  at += 3;
  for (const analysis of summary.analyses) at = analysisBlock(doc, analysis, summary.feedback, at);
  for (const template of summary.feedback.templates.filter((entry) => entry.audience === 'teacher')) {
    at = line(doc, meanSentence("Retour de l'enseignant·e", firstSatisfaction(template), template), at, 'normal', 9.5);
  }
  return line(doc, 'Scores : plus haut = plus favorable. Groupes de moins de 5 élèves : « < 5 », aucun résultat publié.', at + 1, 'normal', 8.5, true);
}
