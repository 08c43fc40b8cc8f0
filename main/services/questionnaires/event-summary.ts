import type { Db } from '../../db/connection';
import type { EventQuestionnaires } from '../../reports/calendar/event-sheet-questionnaires';
import type { AnalysisScope } from '../../../shared/domain/questionnaires/analysis';
import { analyseQuestionnaire } from './analysis';
import { feedbackSummary } from './feedback';

/**
 * What the event sheet says of the questionnaires given at an event: the analysis of each pupil template
 * used there (counts, match rate, dimension changes, "< 5" applied by the analysis) and the satisfaction and
 * teacher feedback of the event. Null when no questionnaire was given at the event, so the sheet of an event
 * without questionnaires is unchanged.
 */
export async function eventQuestionnaires(db: Db, eventId: number): Promise<EventQuestionnaires | null> {
  const templates: { id: number; audience: string }[] = await db('questionnaire_administrations')
    .join('questionnaire_templates', 'questionnaire_templates.id', 'questionnaire_administrations.template_id')
    .where('questionnaire_administrations.event_id', eventId)
    .distinct('questionnaire_templates.id', 'questionnaire_templates.audience')
    .orderBy('questionnaire_templates.id');
  if (templates.length === 0) return null;
  const scope: AnalysisScope = { kind: 'event', eventId };
  const analyses = [];
  for (const template of templates) if (template.audience === 'pupil') analyses.push(await analyseQuestionnaire(db, template.id, scope));
  return { analyses, feedback: await feedbackSummary(db, scope) };
}
