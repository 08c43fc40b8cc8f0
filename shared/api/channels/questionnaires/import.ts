import { z } from 'zod';
import { defineChannel } from '../../define';
import { idField } from '../../fields';
import { csvUploadField, type ImportResult } from '../../csv-files';
import type { AnswerImportPreview } from '../../../domain/questionnaires/answer-import';

const columnName = z.string().trim().min(1).max(200);

export const answerImportMappingField = z.strictObject({
  codeColumn: columnName.nullable(),
  columns: z.array(z.strictObject({ column: columnName, itemId: idField })).max(60),
  labels: z
    .array(z.strictObject({ itemId: idField, label: z.string().trim().min(1).max(200), value: z.number().int().min(0).max(99).nullable() }))
    .max(2000),
});

const importInput = {
  administrationId: idField,
  file: csvUploadField,
};

/** Answers collected online, read from CSV into one administration: preview first, then all or nothing. */
export const questionnaireImportChannels = {
  /** Reads the file; with `mapping` null, suggests one. Nothing is written. */
  preview: defineChannel<AnswerImportPreview>()({
    input: z.strictObject({ ...importInput, mapping: answerImportMappingField.nullable() }),
    access: ['coordinator'],
    writes: false,
  }),
  /** Saves every row, or none: any row error (or unknown label) refuses the whole file. */
  commit: defineChannel<ImportResult>()({
    input: z.strictObject({ ...importInput, mapping: answerImportMappingField }),
    access: ['coordinator'],
    writes: true,
  }),
};
