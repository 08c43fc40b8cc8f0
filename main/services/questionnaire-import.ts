// PLACEHOLDER while issue 5 is being built in parallel: the real service replaces this file.
import type { Db } from '../db/connection';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { ImportResult } from '../../shared/api/channels/directory-shared';
import type { AnswerImportPreview } from '../../shared/domain/questionnaires/answer-import';

export async function previewAnswerImport(_db: Db, _input: ParsedInputOf<'questionnaireImport', 'preview'>): Promise<AnswerImportPreview> {
  throw new Error('not built yet');
}

export async function commitAnswerImport(_db: Db, _input: ParsedInputOf<'questionnaireImport', 'commit'>, _at: Date): Promise<ImportResult> {
  throw new Error('not built yet');
}
