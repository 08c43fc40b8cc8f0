import { serviceContext, type DomainHandlers } from '../context';
import { housingReportFile } from '../../services/housing/documents';
import { housingHome } from '../../services/housing/home';
import { housingReport } from '../../services/housing/reports';

/**
 * The housing home screen and the aggregate report (issue 6, points 6 and 7). Nothing here reads a person's
 * decrypted data, so no housing_audit_log row; the PDF export is recorded in audit_events like the other
 * reports (who and when, no figures).
 */
export const housingReportsHandlers: DomainHandlers<'housingReports'> = {
  async home(ctx) {
    return housingHome(serviceContext(ctx));
  },
  async report(ctx, input) {
    return housingReport(serviceContext(ctx), input);
  },
  async reportPdf(ctx, input) {
    const file = await housingReportFile(serviceContext(ctx), input);
    await ctx.audit({ action: 'housing.report.export', entity: 'housing_report', entityId: null });
    return file;
  },
};
