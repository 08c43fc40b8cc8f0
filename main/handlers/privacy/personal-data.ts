import { serviceContext, type DomainHandlers } from '../context';
import { personalDataJsonFile, personalDataPdfFile } from '../../services/privacy/personal-data-documents';

/**
 * A person's data export (issue 20, right of access and portability). The service writes the 'export' row of the
 * person to housing_audit_log (ids only), like every housing read of a person; no audit_events row, as for the
 * other reads and writes of people.
 */
export const personalDataHandlers: DomainHandlers<'personalData'> = {
  async exportJson(ctx, input) {
    return personalDataJsonFile(serviceContext(ctx), input);
  },
  async exportPdf(ctx, input) {
    return personalDataPdfFile(serviceContext(ctx), input);
  },
};
