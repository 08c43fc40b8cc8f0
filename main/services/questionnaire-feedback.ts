// PLACEHOLDER while issue 5 is being built in parallel: the real service replaces this file.
import type { Db } from '../db/connection';
import type { AnalysisScope, FeedbackSummary } from '../../shared/domain/questionnaires/analysis';

export async function feedbackSummary(_db: Db, _scope: AnalysisScope): Promise<FeedbackSummary> {
  throw new Error('not built yet');
}
