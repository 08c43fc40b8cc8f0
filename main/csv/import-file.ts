import { AppError } from '../errors';
import type { ErrorReason } from '../../shared/api/error-reasons';
import { cellsByField, mapColumns, type ColumnSynonyms } from './columns';
import { normaliseText } from '../../shared/api/normalise-text';
import { decodeCsvBytes, MalformedCsvError, parseCsv, type CsvEncoding, type CsvSeparator, type ParsedCsv } from './read';
import type { ImportPreview, ImportRow } from '../../shared/api/csv-files';

export interface ImportTable<Field extends string> {
  encoding: CsvEncoding;
  separator: CsvSeparator;
  ignoredColumns: string[];
  /** One entry per non-blank data line: the text of each recognised field ('' when absent). */
  rows: { line: number; text: Record<Field, string> }[];
}

function importRefused(reason: ErrorReason, message: string, params?: Record<string, number>): AppError {
  return new AppError('VALIDATION', message, { reason, params });
}

/** The uploaded file as a table: header and records, with the encoding and separator found. */
export interface UploadedTable extends ParsedCsv {
  encoding: CsvEncoding;
}

/**
 * The uploaded file (base64, already capped by the channel's schema) → its header and records. A file that
 * cannot be read as a table is refused as a whole, with a reason the renderer explains: nothing in it
 * (`importEmpty`) or a quote left open (`importMalformed`). Imports whose columns are not fixed (answers
 * of online forms) start here; the others go through `readImportFile`.
 */
export function readUploadedCsv(file: string): UploadedTable {
  const { text, encoding } = decodeCsvBytes(Buffer.from(file, 'base64'));
  let parsed: ParsedCsv | null;
  try {
    // The same NFC text as the channels' inputs (shared/api/normalise-text.ts): an imported name and a typed
    // one compare equal.
    parsed = parseCsv(normaliseText(text));
  } catch (error) {
    if (error instanceof MalformedCsvError) {
      throw importRefused('importMalformed', 'import file has an unterminated quote', { line: error.line });
    }
    throw error;
  }
  if (!parsed) throw importRefused('importEmpty', 'import file is empty');
  return { ...parsed, encoding };
}

/**
 * The uploaded file → its rows by field, refused as a whole as `readUploadedCsv` does, or when no column is
 * one it knows (`importNoColumns`).
 */
export function readImportFile<Field extends string>(file: string, synonyms: ColumnSynonyms<Field>): ImportTable<Field> {
  const parsed = readUploadedCsv(file);
  const { indexOf, ignoredColumns } = mapColumns(parsed.header, synonyms);
  if (Object.keys(indexOf).length === 0) throw importRefused('importNoColumns', 'import file has no known column');
  if (parsed.records.length === 0) throw importRefused('importEmpty', 'import file has no data row');

  const fields = Object.keys(synonyms) as Field[];
  return {
    encoding: parsed.encoding,
    separator: parsed.separator,
    ignoredColumns,
    rows: parsed.records.map((record) => ({ line: record.line, text: cellsByField(record.cells, indexOf, fields) })),
  };
}

/** The preview of checked rows: every row with its errors, and the counts the renderer summarises. */
export function importPreview<Draft, Field extends string>(
  table: ImportTable<Field>,
  rows: ImportRow<Draft>[],
): ImportPreview<Draft> {
  const errorCount = rows.filter((row) => row.errors.length > 0).length;
  return {
    encoding: table.encoding,
    separator: table.separator,
    ignoredColumns: table.ignoredColumns,
    rows,
    validCount: rows.length - errorCount,
    errorCount,
  };
}

/** All or nothing: a commit with any refused row writes no row at all. */
export function assertImportable(preview: Pick<ImportPreview<unknown>, 'errorCount'>): void {
  if (preview.errorCount > 0) {
    throw new AppError('VALIDATION', 'import file has rows with errors', {
      reason: 'importHasErrors',
      params: { errorCount: preview.errorCount },
    });
  }
}
