// Satisfaction (the pupils' after-only items) and the teachers' feedback: means, distributions, and a few
// of the teachers' comments. Pupils' own comments stay out of the report: they are children's words.
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { FeedbackSummary, ItemFeedback, TemplateFeedback } from '../../../../shared/domain/questionnaires/analysis';
import { pdfText } from '../../pdf-kit';
import { formatCount, formatPublished, formatScore, NOT_AVAILABLE } from './format';
import { type Cursor, GREY, heading, paragraph, tableOptions } from './layout';

/** How many teachers' comments the report quotes. */
const QUOTED_COMMENTS = 5;

/** "1 : 3 · 2 : 5 · …" (or "Non : 1 · Oui : 6" where the labels are the answers). */
function distributionText(item: ItemFeedback): string {
  if (item.distribution === null) return 'value' in item.answered ? NOT_AVAILABLE : 'non publié';
  const byLabel = item.answerType === 'yes_no' || item.answerType === 'single_choice';
  return item.distribution.map((entry) => `${byLabel && entry.labelFr !== '' ? entry.labelFr : formatCount(entry.value)} : ${formatCount(entry.count)}`).join(' · ');
}

/** The wording, with what the ends of a numbered scale mean. */
function questionText(item: ItemFeedback): string {
  const distribution = item.distribution ?? [];
  const [first, last] = [distribution[0], distribution[distribution.length - 1]];
  const numbered = item.answerType !== 'yes_no' && item.answerType !== 'single_choice';
  // Only labels that say more than the number itself ("0 = 0" says nothing).
  const says = (entry: { value: number; labelFr: string } | undefined) => entry !== undefined && entry.labelFr !== '' && entry.labelFr !== String(entry.value);
  const ends = numbered && says(first) && says(last) ? `\n${first!.value} = ${first!.labelFr} ; ${last!.value} = ${last!.labelFr}` : '';
  return `Q${item.position}. ${item.wordingFr}${ends}`;
}

function itemsTable(cursor: Cursor, template: TemplateFeedback): void {
  const scored = template.items.filter((item) => item.answerType !== 'free_text');
  if (scored.length === 0) return;
  const options = tableOptions(cursor, 8.5);
  autoTable(cursor.doc, {
    ...options,
    columnStyles: { 1: { cellWidth: 20, halign: 'center' }, 2: { cellWidth: 18, halign: 'center' }, 3: { cellWidth: 54 } },
    head: [['Question', 'Réponses', 'Moyenne', 'Répartition des réponses'].map(pdfText)],
    body: scored.map((item): RowInput => [
      pdfText(questionText(item)),
      pdfText(formatPublished(item.answered)),
      pdfText(item.mean === null || item.scale === null ? NOT_AVAILABLE : formatScore(item.mean, item.scale)),
      pdfText(distributionText(item)),
    ]),
    didParseCell: (data) => {
      if (data.section === 'body' && data.column.index === 0) data.cell.styles.fontSize = 8;
    },
  });
  cursor.afterTable(5);
}

function teacherComments(cursor: Cursor, templates: readonly TemplateFeedback[]): void {
  // Newest first, as the feedback lists them; the same words twice are quoted once.
  const comments = [...new Set(templates.flatMap((template) => template.items.flatMap((item) => item.comments.map((comment) => comment.trim()))))].slice(0, QUOTED_COMMENTS);
  if (comments.length === 0) return;
  paragraph(cursor, 'Quelques commentaires des enseignant·e·s', { style: 'bold', size: 9.5, after: 1 });
  for (const comment of comments) paragraph(cursor, `« ${comment} »`, { style: 'italic', size: 9, indent: 4, after: 1.5 });
  cursor.y += 3;
}

/**
 * The section for the report's pupil template (its after-only items) and every teacher form used in the
 * scope. Nothing is drawn when neither was answered.
 */
export function feedbackSection(cursor: Cursor, feedback: FeedbackSummary, pupilTemplateId: number): void {
  const pupil = feedback.templates.find((template) => template.templateId === pupilTemplateId && template.audience === 'pupil');
  const teachers = feedback.templates.filter((template) => template.audience === 'teacher');
  const pupilItems = pupil?.items.some((item) => item.answerType !== 'free_text') ?? false;
  if (!pupilItems && teachers.length === 0) return;
  heading(cursor, 'Satisfaction et retour des enseignant·e·s', 40);
  if (pupil && pupilItems) {
    paragraph(cursor, `Satisfaction des élèves (questions posées après l'activité) : ${formatPublished(pupil.responses)} questionnaires`, { style: 'bold', size: 10, after: 1.5 });
    itemsTable(cursor, pupil);
  }
  if (teachers.length === 0) {
    paragraph(cursor, "Aucun retour d'enseignant·e n'a été encodé pour ces activités.", { colour: GREY, size: 9.5 });
    return;
  }
  for (const template of teachers) {
    paragraph(cursor, `${template.templateName} (version ${template.version}) : ${formatPublished(template.responses)} questionnaires`, { style: 'bold', size: 10, after: 1.5 });
    itemsTable(cursor, template);
  }
  teacherComments(cursor, teachers);
}
