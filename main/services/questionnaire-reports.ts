// PLACEHOLDER while issue 5 is being built in parallel: the real service replaces this file.
import type { Db } from '../db/connection';
import type { ExportedFile } from '../../shared/api/channels/events';
import type { AnalysisScope } from '../../shared/domain/questionnaires/analysis';

export async function impactReportFile(_db: Db, _templateId: number, _scope: AnalysisScope, _at: Date): Promise<ExportedFile> {
  throw new Error('not built yet');
}
