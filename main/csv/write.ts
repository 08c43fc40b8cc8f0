import { belgianDate } from '../clock';
import Papa from 'papaparse';

export type CsvCell = string | number | null;

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return, that some
 * spreadsheets strip before doing so). Checked on the first character only, whatever follows: papaparse's own
 * `escapeFormulae` pattern ends in `.*$` without the `s` flag, so a formula followed by a line break slips
 * through it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes Excel and LibreOffice show the text as typed instead of evaluating it. */
export function spreadsheetSafe(cell: CsvCell): CsvCell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const BOM = '\uFEFF';

/**
 * A CSV file as Excel in Belgium opens it without an import wizard: UTF-8 with a byte order mark (else
 * accents come out as "Ã©"), semicolons (the decimal comma rules out commas), CRLF line ends, and quotes only
 * where a cell needs them. Numbers are written as they are: only text can carry a formula.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const body = Papa.unparse(
    { fields: headers.map((header) => String(spreadsheetSafe(header))), data: rows.map((row) => row.map(spreadsheetSafe)) },
    { delimiter: ';', newline: '\r\n', quotes: false },
  );
  return `${BOM}${body}\r\n`;
}

/** "ecoles-2026-11-28.csv". */
export function csvFileName(prefix: string, at: Date): string {
  return `${prefix}-${belgianDate(at)}.csv`;
}
