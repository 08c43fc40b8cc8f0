// PLACEHOLDER while issue 5 is being built in parallel: the real service replaces this file.
import type { Db } from '../db/connection';
import type { CsvFile } from '../../shared/api/channels/directory-shared';
import type { AnalysisScope } from '../../shared/domain/questionnaires/analysis';

export async function answersCsv(_db: Db, _templateId: number, _scope: AnalysisScope): Promise<CsvFile> {
  throw new Error('not built yet');
}

export async function codebookCsv(_db: Db, _templateId: number): Promise<CsvFile> {
  throw new Error('not built yet');
}
