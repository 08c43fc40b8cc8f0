import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileName, spreadsheetSafe, toCsv } from '../../main/csv/write';

describe('CSV writer', () => {
  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    const csv = toCsv(['Nom', 'Quartier'], [['Athénée Léonie de Waha', 'Centre']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Nom;Quartier\r\nAthénée Léonie de Waha;Centre\r\n');
  });

  it('quotes only the cells that need it and doubles inner quotes', () => {
    const csv = toCsv(['A', 'B', 'C', 'D'], [['a;b', 'dit "bonjour"', 'deux\nlignes', 'simple']]);
    expect(csv.split('\r\n')[1]).toBe('"a;b";"dit ""bonjour""";"deux\nlignes";simple');
  });

  it.each([
    ['=HYPERLINK("http://exemple.invalid";"clic")', `'=HYPERLINK("http://exemple.invalid";"clic")`],
    ['+32 4 223 12 34', "'+32 4 223 12 34"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['=1+1\n=2+2', "'=1+1\n=2+2"],
  ])('makes %j safe for spreadsheets', (cell, safe) => {
    expect(spreadsheetSafe(cell)).toBe(safe);
    const [, row] = Papa.parse<string[]>(toCsv(['X'], [[cell]]).slice(1), { delimiter: ';' }).data;
    expect(row).toEqual([safe]);
  });

  it('leaves ordinary text, numbers and empty cells alone', () => {
    expect(spreadsheetSafe('École Sainte-Marguerite')).toBe('École Sainte-Marguerite');
    expect(spreadsheetSafe('Rue = ici')).toBe('Rue = ici');
    expect(spreadsheetSafe(-3)).toBe(-3);
    expect(toCsv(['N', 'Vide'], [[22, null]]).split('\r\n')[1]).toBe('22;');
  });

  it('names the file with the date in Liège, not in UTC', () => {
    expect(csvFileName('ecoles', new Date('2026-11-28T09:00:00Z'))).toBe('ecoles-2026-11-28.csv');
    // 00:30 on 29 November in Liège is still the 28th in UTC.
    expect(csvFileName('ecoles', new Date('2026-11-28T23:30:00Z'))).toBe('ecoles-2026-11-29.csv');
  });
});
