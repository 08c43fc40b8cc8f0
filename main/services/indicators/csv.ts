import type { ServiceContext } from '../context';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import type { IndicatorPeriod, IndicatorTable } from '../../../shared/domain/indicators/indicators';

/** One dashboard table as CSV. */
export async function indicatorTableCsv(
  _context: ServiceContext,
  _period: IndicatorPeriod,
  _table: IndicatorTable,
  _language: DocumentLanguage,
): Promise<ExportedFile> {
  throw new Error('indicators: not built yet');
}
