import Papa from 'papaparse';

export type CsvEncoding = 'utf-8' | 'windows-1252';
export type CsvSeparator = ',' | ';';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

/**
 * What Windows-1252 puts at bytes 0x80–0x9F (WHATWG index), where Latin-1 has invisible control characters:
 * € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. The five bytes the code page leaves undefined map to
 * themselves.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20.18.3+ and 22.13+ decode 'windows-1252' as Latin-1 (nodejs/node#60888), turning "Cœur" or a typed
 * apostrophe (’) into control characters. Mapping that range afterwards is right whether or not the
 * runtime has the fix, since a correct decoder never produces those control characters but for the five
 * undefined bytes, which map to themselves.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * Bytes → text. Excel in Belgium saves "CSV (séparateur : point-virgule)" in Windows-1252 and "CSV UTF-8"
 * with a byte order mark; other tools write UTF-8 without one. A strict UTF-8 decode tells them apart: text
 * in Windows-1252 with any accent is almost never valid UTF-8, and plain ASCII reads the same either way.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/** Counts a character outside double-quoted sections of one line. */
function countOutsideQuotes(line: string, character: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === character && !quoted) count += 1;
  }
  return count;
}

/**
 * The separator is read from the header line only: data cells may hold commas ("primaire, secondaire") or
 * semicolons, the header of a real file rarely does. A single-column file has neither; semicolon then.
 */
export function detectSeparator(text: string): CsvSeparator {
  const headerLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  return countOutsideQuotes(headerLine, ',') > countOutsideQuotes(headerLine, ';') ? ',' : ';';
}

export interface CsvRecord {
  /** Line of the file where the record starts (the header is line 1 when the file starts with it). */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  separator: CsvSeparator;
  header: string[];
  records: CsvRecord[];
}

export class MalformedCsvError extends Error {
  constructor(readonly line: number) {
    super(`malformed CSV at line ${line}`);
    this.name = 'MalformedCsvError';
  }
}

/** Our own export prefixes formula-like cells with an apostrophe; reading a file back removes it again. */
function unescapeFormula(cell: string): string {
  // The apostrophe tested first: a regex run on every cell of a 100,000-cell file was measurable.
  return cell.charCodeAt(0) === 0x27 && /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

/** How many line breaks a cell holds (a quoted cell may span lines); most hold none. */
function breaksIn(cell: string, linebreak: string): number {
  let breaks = 0;
  for (let at = cell.indexOf(linebreak); at >= 0; at = cell.indexOf(linebreak, at + linebreak.length)) breaks += 1;
  return breaks;
}

/**
 * Text → header and records, cells trimmed, blank lines skipped. Parsed as arrays rather than with
 * papaparse's `header` mode so that each record keeps its line number (a quoted cell may span lines) for
 * the per-row messages of the import preview. Returns null when the text has no non-blank line.
 */
export function parseCsv(text: string): ParsedCsv | null {
  const separator = detectSeparator(text);
  const result = Papa.parse<string[]>(text, { delimiter: separator, header: false, skipEmptyLines: false });
  const linebreak = result.meta.linebreak || '\n';
  const quoteError = result.errors.find((error) => error.type === 'Quotes');

  const records: CsvRecord[] = [];
  let line = 1;
  for (const [index, raw] of result.data.entries()) {
    if (quoteError && quoteError.row === index) throw new MalformedCsvError(line);
    const cells = raw.map((cell) => unescapeFormula(cell.trim()));
    if (cells.some((cell) => cell !== '')) records.push({ line, cells });
    line += 1 + raw.reduce((breaks, cell) => breaks + breaksIn(cell, linebreak), 0);
  }
  if (quoteError) throw new MalformedCsvError(line);

  const [header, ...rows] = records;
  if (!header) return null;
  return { separator, header: header.cells, records: rows };
}
