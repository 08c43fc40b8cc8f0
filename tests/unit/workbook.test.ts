import { describe, expect, it } from 'vitest';
import { buildWorkbook, sheetName } from '../../main/exports/workbook';
import { readWorkbook } from '../helpers/xlsx';

describe('the spreadsheet workbook', () => {
  it('writes one sheet per table with its headers and rows, numbers as numbers', async () => {
    const bytes = await buildWorkbook([
      { name: 'Activités', headers: ['Date', 'École', 'Élèves'], rows: [['2026-10-05', 'École Saint-Łukasz', 24], ['2026-10-06', 'Дмитрий школа', null]] },
      { name: 'Prêts', headers: ['Exposition', 'Semaines'], rows: [['Tous migrants', 2.5]] },
    ]);
    const sheets = readWorkbook(bytes);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Activités', 'Prêts']);
    expect(sheets[0]?.rows[0]).toEqual(['Date', 'École', 'Élèves']);
    expect(sheets[0]?.rows[1]).toEqual(['2026-10-05', 'École Saint-Łukasz', '24']);
    expect(sheets[0]?.rows[2]?.slice(0, 2)).toEqual(['2026-10-06', 'Дмитрий школа']);
    expect(sheets[1]?.rows[1]).toEqual(['Tous migrants', '2.5']);
  });

  it('writes a value that looks like a formula as text: opening the file runs nothing', async () => {
    const sheets = readWorkbook(await buildWorkbook([{ name: 'Notes', headers: ['Texte'], rows: [['=HYPERLINK("http://x","y")'], ['+1+1']] }]));
    expect(sheets[0]?.formulas).toBe(0);
    expect(sheets[0]?.rows[1]).toEqual(['=HYPERLINK("http://x","y")']);
  });

  it('names sheets as Excel accepts: 31 characters, no []:*?/\\, no two alike', () => {
    const taken = new Set<string>();
    expect(sheetName('Questionnaires: avant/après [2025-2026]', taken)).toBe('Questionnaires  avant après  20');
    expect(sheetName('Questionnaires: avant/après [2025-2026]', taken)).toHaveLength(31);
    expect(sheetName('questionnaires  avant après  20', taken)).not.toBe('questionnaires  avant après  20');
    expect(sheetName('', taken)).toBe('Sheet');
  });
});
