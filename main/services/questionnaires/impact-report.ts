import type { ServiceContext } from '../context';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { AnalysisScope } from '../../../shared/domain/questionnaires/analysis';
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
export async function impactReportFile({ db, now, today }: ServiceContext, templateId: number, scope: AnalysisScope): Promise<ExportedFile> {
  const analysis = await analyseQuestionnaire(db, templateId, scope);
  const feedback = await feedbackSummary(db, scope);
  const bytes = buildImpactReport(analysis, feedback, now);
  return pdfFile(`rapport-impact-${fileSlug(analysis.scopeLabel, 'programme')}-${today}.pdf`, bytes);
}
