import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectSeparator, MalformedCsvError, parseCsv } from '../../main/csv/read';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/csv', name));

describe('CSV decoding', () => {
  it('strips a UTF-8 byte order mark', () => {
    const decoded = decodeCsvBytes(fixture('schools-utf8-bom-semicolon.csv'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith('Nom;Réseau')).toBe(true);
  });

  it('reads UTF-8 without a byte order mark', () => {
    expect(decodeCsvBytes(fixture('schools-utf8-comma.csv'))).toMatchObject({ encoding: 'utf-8', text: expect.stringMatching(/^Name,/) });
  });

  it('falls back to Windows-1252, including the characters Latin-1 lacks (œ, €, ’)', () => {
    const bytes = fixture('schools-windows-1252.csv');
    expect(bytes.includes(0xc9)).toBe(true); // É as one byte: not valid UTF-8
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('École Sainte-Marguerite');
    expect(decoded.text).toContain('Athénée Léonie de Waha');
    expect(decoded.text).toContain('Sacré-Cœur');
    expect(decodeCsvBytes(Uint8Array.from([0x80, 0x20, 0x92]))).toEqual({ text: '€ ’', encoding: 'windows-1252' });
  });

  it('maps all of 0x80–0x9F as the WHATWG Windows-1252 index does (Node 20.18.3+ decodes them as Latin-1)', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index);
    expect(decodeCsvBytes(bytes).text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });
});

describe('CSV separator and parsing', () => {
  it('takes the separator from the header line, ignoring commas in later cells and in quotes', () => {
    expect(detectSeparator('Nom;Niveaux\r\nX;"primaire, secondaire, spécialisé"')).toBe(';');
    expect(detectSeparator('\n\nName,Levels\nX,"a;b;c;d"')).toBe(',');
    expect(detectSeparator('"Nom, complet";Niveaux')).toBe(';');
    expect(detectSeparator('Nom')).toBe(';');
  });

  it('trims cells, skips blank lines and keeps each record’s line number', () => {
    const parsed = parseCsv('Nom ; Code postal\r\n\r\n  École A ;4000\r\n"École\r\nB";4020\r\n ; \r\nÉcole C;4030\r\n');
    expect(parsed).toEqual({
      separator: ';',
      header: ['Nom', 'Code postal'],
      records: [
        { line: 3, cells: ['École A', '4000'] },
        { line: 4, cells: ['École\r\nB', '4020'] },
        { line: 7, cells: ['École C', '4030'] },
      ],
    });
  });

  it('undoes the apostrophe its own export puts before formula-like cells', () => {
    expect(parseCsv("Nom;Téléphone\n'=HYPERLINK(1);'+32 4 000 00 00\nl'école;x")?.records).toEqual([
      { line: 2, cells: ['=HYPERLINK(1)', '+32 4 000 00 00'] },
      { line: 3, cells: ["l'école", 'x'] },
    ]);
  });

  it('answers null for a file with nothing in it', () => {
    expect(parseCsv('')).toBeNull();
    expect(parseCsv('\r\n ; \r\n')).toBeNull();
  });

  it('refuses a quote left open, naming the line where it starts', () => {
    let line = 0;
    try {
      parseCsv('Nom;Quartier\nÉcole A;Centre\n"École B;Droixhe\nÉcole C;Centre\n');
    } catch (error) {
      if (error instanceof MalformedCsvError) line = error.line;
    }
    expect(line).toBe(3);
  });
});
