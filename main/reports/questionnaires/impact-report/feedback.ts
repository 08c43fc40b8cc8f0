// Satisfaction (the pupils' after-only items) and the teachers' feedback: each question as a small bar chart
// of its answers, and a few of the teachers' comments. Pupils' own comments stay out of the report: they are
// children's words.
import type { FeedbackSummary, TemplateFeedback } from '../../../../shared/domain/questionnaires/analysis';
import { formatPublished } from './format';
import { distributionChart } from './distribution-chart';
import { type Cursor, GREY, heading, paragraph } from './layout';

/** How many teachers' comments the report quotes. */
const QUOTED_COMMENTS = 5;

function questions(cursor: Cursor, template: TemplateFeedback): void {
  for (const item of template.items) if (item.answerType !== 'free_text') distributionChart(cursor, item);
  cursor.y += 2;
}

function teacherComments(cursor: Cursor, templates: readonly TemplateFeedback[]): void {
  // Newest first, as the feedback lists them; the same words twice are quoted once.
  const comments = [...new Set(templates.flatMap((template) => template.items.flatMap((item) => item.comments.map((comment) => comment.trim()))))].slice(0, QUOTED_COMMENTS);
  if (comments.length === 0) return;
  paragraph(cursor, cursor.words.teacherComments, { style: 'bold', size: 9.5, after: 1 });
  for (const comment of comments) paragraph(cursor, cursor.words.quote(comment), { style: 'italic', size: 9, indent: 4, after: 1.5 });
  cursor.y += 3;
}

/**
 * The section for the report's pupil template (its after-only items) and every teacher form used in the
 * scope. Nothing is drawn when neither was answered.
 */
export function feedbackSection(cursor: Cursor, feedback: FeedbackSummary, pupilTemplateId: number): void {
  const { words, language } = cursor;
  const pupil = feedback.templates.find((template) => template.templateId === pupilTemplateId && template.audience === 'pupil');
  const teachers = feedback.templates.filter((template) => template.audience === 'teacher');
  const pupilItems = pupil?.items.some((item) => item.answerType !== 'free_text') ?? false;
  if (!pupilItems && teachers.length === 0) return;
  heading(cursor, words.feedbackTitle, 40);
  if (pupil && pupilItems) {
    cursor.need(30); // the template's line stays with its first question
    paragraph(cursor, words.pupilsFeedback(formatPublished(pupil.responses, language)), { style: 'bold', size: 10, after: 2.5 });
    questions(cursor, pupil);
  }
  if (teachers.length === 0) {
    paragraph(cursor, words.noTeacherFeedback, { colour: GREY, size: 9.5 });
    return;
  }
  for (const template of teachers) {
    cursor.need(30);
    paragraph(cursor, words.teacherFeedback(template.templateName, template.version, formatPublished(template.responses, language)), { style: 'bold', size: 10, after: 2.5 });
    questions(cursor, template);
  }
  teacherComments(cursor, teachers);
}
