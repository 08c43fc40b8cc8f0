import type { DomainHandlers } from '../context';
import { belgianDate } from '../../clock';
import { pdfFile } from '../../exports/exported-file';
import { buildHousingReport } from '../../reports/housing/report';
import { housingHome } from '../../services/housing/home';
import { housingReport } from '../../services/housing/reports';

/**
 * The housing home screen and the aggregate report (issue 6, points 6 and 7). Nothing here reads a person's
 * decrypted data, so no housing_audit_log row; the PDF export is recorded in audit_events like the other
 * reports (who and when, no figures).
 */
export const housingReportsHandlers: DomainHandlers<'housingReports'> = {
  async home(ctx) {
    return housingHome(ctx.db, belgianDate(ctx.clock.now()));
  },
  async report(ctx, input) {
    return housingReport(ctx.db, input, belgianDate(ctx.clock.now()));
  },
  async reportPdf(ctx, input) {
    const now = ctx.clock.now();
    const report = await housingReport(ctx.db, input, belgianDate(now));
    const file = pdfFile(`rapport-logement-${input.from}-${input.to}.pdf`, buildHousingReport(report, now));
    await ctx.audit({ action: 'housing.report.export', entity: 'housing_report', entityId: null });
    return file;
  },
};
