import type { Db } from '../../db/connection';
import type { ExportedFile } from '../../../shared/api/channels/calendar/events';
import type { AnalysisScope } from '../../../shared/domain/questionnaires/analysis';
import { belgianDate } from '../../clock';
import { fileSlug, pdfFile } from '../../exports/exported-file';
import { buildImpactReport } from '../../reports/questionnaires/impact-report';
import { analyseQuestionnaire } from './analysis';
import { feedbackSummary } from './feedback';

/**
 * The impact report of a template over a scope (issue 5, point 9): the same analysis and feedback the
 * results page shows ("< 5" already applied by those services), laid out as a PDF. NOT_FOUND comes from the
 * analysis when the template or the scope's event, class or school does not exist.
 * File name: "rapport-impact-<scope>-<day made>.pdf" ("programme" for the whole programme).
 */
export async function impactReportFile(db: Db, templateId: number, scope: AnalysisScope, at: Date): Promise<ExportedFile> {
  const analysis = await analyseQuestionnaire(db, templateId, scope);
  const feedback = await feedbackSummary(db, scope);
  const bytes = buildImpactReport(analysis, feedback, at);
  return pdfFile(`rapport-impact-${fileSlug(analysis.scopeLabel, 'programme')}-${belgianDate(at)}.pdf`, bytes);
}
