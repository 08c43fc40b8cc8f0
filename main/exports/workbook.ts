// A spreadsheet workbook (.xlsx), one sheet per table, for people who take the figures further in Excel or
// LibreOffice. Data in, bytes out: no I/O here. The format is written by write-excel-file.
import writeExcelFile from 'write-excel-file/node';

export type WorkbookCell = string | number | null;

export interface WorkbookSheet {
  /** The tab's name; cut to Excel's 31 characters, without the characters Excel refuses. */
  name: string;
  headers: string[];
  rows: WorkbookCell[][];
  /** Column widths in characters; a sensible width from the headers and values otherwise. */
  widths?: number[];
}

const FORBIDDEN_IN_SHEET_NAMES = /[[\]:*?/\\]/g;

export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(FORBIDDEN_IN_SHEET_NAMES, ' ').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let rank = 2; taken.has(candidate.toLowerCase()); rank += 1) candidate = `${base.slice(0, 31 - `${rank}`.length - 1)} ${rank}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function widthsOf(sheet: WorkbookSheet): number[] {
  return sheet.headers.map((header, column) => {
    const longest = sheet.rows.reduce((max, row) => Math.max(max, String(row[column] ?? '').length), header.length);
    return Math.min(60, Math.max(8, longest + 2));
  });
}

/**
 * Text cells stay text: a value such as "=1+1" typed in a record is written as a string, never as a formula
 * (only cells typed 'Formula' are formulas, and none is), so opening the file runs nothing.
 */
export async function buildWorkbook(sheets: WorkbookSheet[]): Promise<Uint8Array> {
  const taken = new Set<string>();
  const buffer = await writeExcelFile(
    sheets.map((sheet) => ({
      sheet: sheetName(sheet.name, taken),
      data: [
        sheet.headers.map((header) => ({ value: header, fontWeight: 'bold' as const })),
        ...sheet.rows.map((row) => row.map((value) => (value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String }))),
      ],
      columns: (sheet.widths ?? widthsOf(sheet)).map((width) => ({ width })),
      stickyRowsCount: 1,
    })),
  ).toBuffer();
  return new Uint8Array(buffer);
}
