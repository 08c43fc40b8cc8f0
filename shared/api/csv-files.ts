import { z } from 'zod';

/** A CSV file produced for the user to save: UTF-8 with BOM and semicolons (what Excel in Belgium opens). */
export interface CsvFile {
  fileName: string;
  content: string;
}

/** The bytes of a CSV file the user chose, base64-encoded; the server detects encoding and separator. */
export const csvUploadField = z.string().max(8 * 1024 * 1024).regex(/^[A-Za-z0-9+/=\s]*$/);

/** One line of an import preview: the values understood, and what is wrong with them (nothing if valid). */
export interface ImportRow<Draft> {
  /** Line number in the file, header = 1. */
  line: number;
  values: Draft;
  errors: { path: string; issue: string; params?: Record<string, string | number> }[];
}

export interface ImportPreview<Draft> {
  encoding: 'utf-8' | 'windows-1252';
  separator: ',' | ';';
  /** Columns of the file that were not recognised (ignored). */
  ignoredColumns: string[];
  rows: ImportRow<Draft>[];
  validCount: number;
  errorCount: number;
}

export interface ImportResult {
  created: number;
}
