// Which rows of the grid repeat a code already used by another form of the class, and the twin variant to offer.
import { twinVariant } from '../../../../shared/domain/questionnaires/codes';
import type { GridRow } from './grid-model';

export interface CodeClash {
  /** The row number (1, 2…) of the form that holds the code. */
  line: number;
  /** The first free twin variant ("AB12-2"), or null when all are taken. */
  suggestion: string | null;
}

/**
 * The rows whose code another form already holds, by row key. The holder of a code is the form the server
 * saved with it; when none was saved with it, the first row that has it. The grid knows every form of the
 * administration, so the clash is shown as soon as the code is entered; the server makes the final check.
 */
export function codeClashes(rows: readonly GridRow[]): Map<string, CodeClash> {
  const holders = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.code !== '' && row.savedCode === row.code) holders.set(row.code, index);
  });
  rows.forEach((row, index) => {
    if (row.code !== '' && !holders.has(row.code)) holders.set(row.code, index);
  });
  const taken = new Set(rows.map((row) => row.code).filter((code) => code !== ''));
  const clashes = new Map<string, CodeClash>();
  rows.forEach((row, index) => {
    const holder = row.code === '' ? undefined : holders.get(row.code);
    if (holder !== undefined && holder !== index) clashes.set(row.key, { line: holder + 1, suggestion: twinVariant(row.code, taken) });
  });
  return clashes;
}
