// PLACEHOLDER while issue 5 is being built in parallel: the real service replaces this file.
import type { Db } from '../db/connection';
import type { AnalysisScope, QuestionnaireAnalysis } from '../../shared/domain/questionnaires/analysis';

export async function analyseQuestionnaire(_db: Db, _templateId: number, _scope: AnalysisScope): Promise<QuestionnaireAnalysis> {
  throw new Error('not built yet');
}
