import type { ServiceContext } from '../context';
import { housingReport } from './reports';
import { buildHousingReport } from '../../reports/housing/report';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { pdfFile } from '../../exports/exported-file';

/** The printed documents of housing: gather the data, call the PDF builder, name the file. */

/**
 * The housing report for the days from…to, for the advisory council: "rapport-logement-2026-01-01-2026-11-28.pdf".
 * The figures are the screen's (housingReport, counts only), dated by the same instant the PDF prints, in the
 * language of the interface that asked ("housing-report-…" in English).
 */
export async function housingReportFile(
  ctx: Pick<ServiceContext, 'db' | 'now' | 'today'>,
  input: { from: string; to: string; language: DocumentLanguage },
): Promise<ExportedFile> {
  const { language, ...period } = input;
  const report = await housingReport(ctx, period);
  const name = language === 'fr' ? 'rapport-logement' : 'housing-report';
  return pdfFile(`${name}-${period.from}-${period.to}.pdf`, buildHousingReport(report, ctx.now, language));
}
