import type { ServiceContext } from '../context';
import { housingReport } from './reports';
import { buildHousingReport } from '../../reports/housing/report';
import type { ExportedFile } from '../../../shared/api/exported-file';
import { pdfFile } from '../../exports/exported-file';

/** The printed documents of housing: gather the data, call the PDF builder, name the file. */

/**
 * The housing report for the days from…to, for the advisory council: "rapport-logement-2026-01-01-2026-11-28.pdf".
 * The figures are the screen's (housingReport, counts only), dated by the same instant the PDF prints.
 */
export async function housingReportFile(
  ctx: Pick<ServiceContext, 'db' | 'now' | 'today'>,
  period: { from: string; to: string },
): Promise<ExportedFile> {
  const report = await housingReport(ctx, period);
  return pdfFile(`rapport-logement-${period.from}-${period.to}.pdf`, buildHousingReport(report, ctx.now));
}
