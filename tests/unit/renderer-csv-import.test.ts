import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BASE64, base64Length, bytesToBase64 } from '../../renderer/components/csv-import/base64';
import { canCommit, displayValue, fieldsWithIssues, issueField, rowsToShow } from '../../renderer/components/csv-import/import-rows';
import { csvUploadField } from '../../shared/api/csv-files';
import type { ImportRow } from '../../shared/api/csv-files';

function bytes(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, index) => (index * 37 + 11) % 256);
}

describe('base64 of an uploaded file', () => {
  it('equals Node’s encoding, whatever the size and the chunking', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 100, 24_575, 24_576, 24_577, 200_003]) {
      const data = bytes(length);
      expect(bytesToBase64(data), `length ${length}`).toBe(Buffer.from(data).toString('base64'));
      expect(bytesToBase64(data, 3), `length ${length}, tiny chunks`).toBe(Buffer.from(data).toString('base64'));
      expect(base64Length(length)).toBe(Buffer.from(data).toString('base64').length);
    }
  });

  it('keeps accents and a BOM exactly (the server detects the encoding from the bytes)', () => {
    const windows1252 = Uint8Array.from([0x45, 0x63, 0x6f, 0x6c, 0x65, 0x3b, 0xe9, 0x0d, 0x0a]);
    const utf8WithBom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Rue de Liège;4000\n', 'utf8')]);
    expect(Buffer.from(bytesToBase64(windows1252), 'base64')).toEqual(Buffer.from(windows1252));
    expect(Buffer.from(bytesToBase64(utf8WithBom), 'base64')).toEqual(Buffer.from(utf8WithBom));
  });

  it('refuses a chunk size that would put padding in the middle', () => {
    expect(() => bytesToBase64(bytes(10), 4)).toThrow();
  });

  it('produces text the import channels accept, up to their cap', () => {
    expect(csvUploadField.safeParse(bytesToBase64(bytes(1000))).success).toBe(true);
    expect(MAX_IMPORT_BASE64).toBe(8 * 1024 * 1024);
  });
});

type Draft = { name: string; levels: string[]; pupilCount: number | null };
const row = (line: number, errors: ImportRow<Draft>['errors'] = []): ImportRow<Draft> => ({
  line,
  values: { name: `École ${line}`, levels: ['primaire'], pupilCount: null },
  errors,
});

describe('import preview rows', () => {
  const rows = [row(2), row(3, [{ path: 'levels.1', issue: 'invalid_value' }]), row(4), row(5, [{ path: 'name', issue: 'duplicate', params: { line: 2 } }])];

  it('shows every row or only those in error, cut at a limit with the rest counted', () => {
    expect(rowsToShow(rows, false, 10)).toEqual({ rows, hidden: 0 });
    expect(rowsToShow(rows, true, 10).rows.map((r) => r.line)).toEqual([3, 5]);
    expect(rowsToShow(rows, false, 3)).toEqual({ rows: rows.slice(0, 3), hidden: 1 });
    expect(rowsToShow(rows, true, 1)).toEqual({ rows: [rows[1]], hidden: 1 });
  });

  it('highlights the field an issue is about (an array item is its field)', () => {
    expect(issueField({ path: 'levels.1' })).toBe('levels');
    expect([...fieldsWithIssues(rows[1]!)]).toEqual(['levels']);
    expect(fieldsWithIssues(rows[0]!).size).toBe(0);
  });

  it('allows the commit only for a file with rows and no error', () => {
    expect(canCommit({ validCount: 48, errorCount: 2 })).toBe(false);
    expect(canCommit({ validCount: 0, errorCount: 0 })).toBe(false);
    expect(canCommit({ validCount: 3, errorCount: 0 })).toBe(true);
  });

  it('shows blanks as a dash and lists as text', () => {
    expect(displayValue('')).toBe('—');
    expect(displayValue(null)).toBe('—');
    expect(displayValue([])).toBe('—');
    expect(displayValue(['maternel', 'primaire'])).toBe('maternel, primaire');
    expect(displayValue(24)).toBe('24');
  });
});
