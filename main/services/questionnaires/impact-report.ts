import type { ServiceContext } from '../context';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import type { AnalysisScope } from '../../../shared/domain/questionnaires/analysis';
import { fileSlug, pdfFile } from '../../exports/exported-file';
import { buildImpactReport } from '../../reports/questionnaires/impact-report';
import { WORDS } from '../../reports/questionnaires/impact-report/texts';
import { analyseQuestionnaireByYear } from './analysis';
import { feedbackSummary } from './feedback';

/**
 * The impact report of a template over a scope (issue 5, point 9): the same analysis and feedback the
 * results page shows ("< 5" already applied by those services), laid out as a PDF in `language` (the
 * interface's of whoever asked). NOT_FOUND comes from the analysis when the template or the scope's event,
 * class or school does not exist.
 * File name: "rapport-impact-<scope>-<day made>.pdf" ("impact-report-…" in English; "programme" for the
 * whole programme).
 */
export async function impactReportFile(
  { db, now, today }: ServiceContext,
  templateId: number,
  scope: AnalysisScope,
  language: DocumentLanguage = 'fr',
): Promise<ExportedFile> {
  const { analysis, years } = await analyseQuestionnaireByYear(db, templateId, scope);
  const feedback = await feedbackSummary(db, scope);
  const bytes = buildImpactReport(analysis, feedback, now, language, years);
  const words = WORDS[language];
  return pdfFile(`${words.fileName}-${fileSlug(analysis.scopeLabel, words.allProgramme)}-${today}.pdf`, bytes);
}
