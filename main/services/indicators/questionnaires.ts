import type { Db } from '../../db/connection';
import { analyseQuestionnaire, analyseTemplateGroups } from '../questionnaires/analysis';
import { feedbackSummary, groupsFeedback } from '../questionnaires/feedback';
import { groupsStartingBetween } from '../questionnaires/scope';
import { publishCount, type TemplateFeedback } from '../../../shared/domain/questionnaires/analysis';
import type { QuestionnaireAudience } from '../../../shared/domain/questionnaires/templates';
import type {
  QuestionnaireIndicators,
  SatisfactionItem,
  TemplateImpact,
  TemplateSatisfaction,
} from '../../../shared/domain/indicators/indicators';
import type { ResolvedPeriod } from '../../../shared/domain/indicators/period';
import { narrowEvents } from './period-filter';

/**
 * Questionnaires (issue 16, point 1): the forms collected for the period's activities and, per pupil template,
 * the impact report's own analysis and feedback: a school year is the analysis's school-year scope itself; a
 * range pools the same (template, activity, class) groups cut by start day. Nothing is recomputed here, so the
 * dashboard, the annual report and the impact report print the same numbers, with the same "< 5" rule.
 */

const ORDERED_ANSWERS: readonly string[] = ['likert4', 'likert5', 'yes_no', 'scale_0_10'];

/** Forms entered per template for the period's activities, with the template's name and audience. */
async function formsByTemplate(
  db: Db,
  period: ResolvedPeriod,
): Promise<{ id: number; name: string; version: number; audience: QuestionnaireAudience; forms: number }[]> {
  const rows: { id: number; name: string; version: number; audience: QuestionnaireAudience; forms: number | string }[] = await db(
    'questionnaire_responses as r',
  )
    .join('questionnaire_administrations as a', 'a.id', 'r.administration_id')
    .join('questionnaire_templates as t', 't.id', 'a.template_id')
    .whereIn('a.event_id', narrowEvents(db('events as e'), period, 'e').select('e.id'))
    .groupBy('t.id', 't.name', 't.version', 't.audience', 't.name_key')
    .select('t.id', 't.name', 't.version', 't.audience', db.raw('count(*) as forms'))
    .orderBy([{ column: 't.name_key' }, { column: 't.version' }]);
  return rows.map((row) => ({ ...row, forms: Number(row.forms) }));
}

function satisfactionOf(template: TemplateFeedback): TemplateSatisfaction {
  return {
    templateId: template.templateId,
    templateName: template.templateName,
    version: template.version,
    audience: template.audience,
    responses: template.responses,
    items: template.items
      .filter((item) => ORDERED_ANSWERS.includes(item.answerType))
      .map(
        (item): SatisfactionItem => ({
          itemId: item.itemId,
          position: item.position,
          wordingFr: item.wordingFr,
          wordingEn: item.wordingEn,
          dimension: item.dimension,
          answerType: item.answerType,
          scale: item.scale,
          answered: item.answered,
          mean: item.mean,
          // Answers are 0 (no) and 1 (yes): their mean is the share answering yes.
          shareYes: item.answerType === 'yes_no' ? item.mean : null,
        }),
      ),
  };
}

export async function questionnaireIndicators(db: Db, period: ResolvedPeriod): Promise<QuestionnaireIndicators> {
  const templates = await formsByTemplate(db, period);
  const pupilTemplates = templates.filter((template) => template.audience === 'pupil' && template.forms > 0);
  const groups = period.schoolYear === null ? await groupsStartingBetween(db, null, period.from, period.to) : null;

  const impact: TemplateImpact[] = [];
  for (const template of pupilTemplates) {
    const analysis =
      period.schoolYear !== null
        ? await analyseQuestionnaire(db, template.id, { kind: 'schoolYear', schoolYear: period.schoolYear })
        : await analyseTemplateGroups(db, template.id, groups!.filter((group) => group.templateId === template.id));
    impact.push({
      templateId: template.id,
      templateName: template.name,
      version: template.version,
      counts: analysis.counts,
      dimensions: [...analysis.dimensions],
    });
  }

  const feedback =
    period.schoolYear !== null
      ? (await feedbackSummary(db, { kind: 'schoolYear', schoolYear: period.schoolYear })).templates
      : await groupsFeedback(db, groups!);

  return {
    pupilForms: publishCount(pupilTemplates.reduce((sum, template) => sum + template.forms, 0)),
    teacherForms: templates.filter((template) => template.audience === 'teacher').reduce((sum, template) => sum + template.forms, 0),
    impact,
    satisfaction: feedback.map(satisfactionOf),
  };
}
