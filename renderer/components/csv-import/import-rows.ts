import type { ImportPreview, ImportRow } from '../../../shared/api/csv-files';

export type RowIssue = ImportRow<unknown>['errors'][number];

/** The name of the field an issue is about: `levels.1` is about `levels`. */
export function issueField(issue: Pick<RowIssue, 'path'>): string {
  return issue.path.split('.')[0] ?? issue.path;
}

/** The fields of a row that have at least one issue, to highlight their cells. */
export function fieldsWithIssues(row: ImportRow<unknown>): Set<string> {
  return new Set(row.errors.map(issueField));
}

/**
 * The rows to draw: all of them, or only those with errors; at most `limit`, the rest counted so the user
 * knows the table is cut (a file of thousands of rows stays fast to preview).
 */
export function rowsToShow<Draft>(
  rows: readonly ImportRow<Draft>[],
  onlyErrors: boolean,
  limit: number,
): { rows: ImportRow<Draft>[]; hidden: number } {
  const candidates = onlyErrors ? rows.filter((row) => row.errors.length > 0) : rows;
  return { rows: candidates.slice(0, limit), hidden: Math.max(0, candidates.length - limit) };
}

/** The file can be imported: something to import, and no row with an error (the commit is all or nothing). */
export function canCommit(preview: Pick<ImportPreview<unknown>, 'validCount' | 'errorCount'>): boolean {
  return preview.errorCount === 0 && preview.validCount > 0;
}

/** A value of the file as text for the preview table; blanks are shown as a dash. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(displayValue).join(', ');
  return String(value);
}
