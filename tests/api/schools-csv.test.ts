import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ok, signedIn, useTestCore } from '../helpers/api';
import { createTestCore } from '../helpers/core';
import { base64, createSchool, directoryCounts } from '../helpers/directory';
import type { ImportPreview } from '../../shared/api/csv-files';
import type { SchoolDraft } from '../../shared/api/channels/directory/schools';
import type { School } from '../../shared/domain/directory';

const setup = useTestCore(['coordinator']);

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/csv', name)).toString('base64');
const HEADER = 'Nom;Réseau;Niveaux;Rue;Code postal;Localité;Quartier;Téléphone;E-mail;Remarques';

async function preview(file: string): Promise<ImportPreview<SchoolDraft>> {
  return ok(await setup.api.schools.importPreview({ file }));
}

describe('schools: CSV export', () => {
  it('writes a BOM, French headers and labels, CRLF lines, and is dated by the clock', async () => {
    await createSchool(setup.api, { name: 'Athénée Léonie de Waha', network: 'fwb', levels: ['secondaire', 'primaire'], notes: 'Entrée; rue Hazinelle' });
    const file = ok(await setup.api.schools.exportCsv());
    expect(file.fileName).toBe('ecoles-2026-11-28.csv');
    expect(file.content.charCodeAt(0)).toBe(0xfeff);
    const lines = file.content.slice(1).split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[1]).toBe(
      'Athénée Léonie de Waha;Fédération Wallonie-Bruxelles;Primaire, Secondaire;Rue Sainte-Marguerite 51;4000;Liège;Sainte-Marguerite;04 223 12 34;;"Entrée; rue Hazinelle"',
    );
    expect(lines[2]).toBe('');
  });

  it('makes formula-like names safe for spreadsheets', async () => {
    await createSchool(setup.api, { name: '=HYPERLINK("http://exemple.invalid";"Cliquez")', neighbourhood: '@Centre' });
    const file = ok(await setup.api.schools.exportCsv());
    const [, row] = Papa.parse<string[]>(file.content.slice(1), { delimiter: ';' }).data;
    expect(row?.[0]).toBe(`'=HYPERLINK("http://exemple.invalid";"Cliquez")`);
    expect(row?.[6]).toBe("'@Centre");
    expect(file.content).not.toMatch(/(^|;|\n)=HYPERLINK/);
  });

  it('applies the list’s filters, sorted by name', async () => {
    await createSchool(setup.api, { name: 'Zénobe Gramme', network: 'communal' });
    await createSchool(setup.api, { name: 'Athénée Léonie de Waha', network: 'fwb' });
    await createSchool(setup.api, { name: 'École Sainte-Marguerite', network: 'communal' });
    const file = ok(await setup.api.schools.exportCsv({ networks: ['communal'] }));
    const names = Papa.parse<string[]>(file.content.slice(1), { delimiter: ';', skipEmptyLines: true }).data.map((row) => row[0]);
    expect(names).toEqual(['Nom', 'École Sainte-Marguerite', 'Zénobe Gramme']);
  });

  it('exports a file that imports again as the same schools', async () => {
    await createSchool(setup.api, { name: 'École du Sacré-Cœur', network: 'libre', levels: ['specialise', 'maternel'], phone: '+32 4 223 12 34' });
    await createSchool(setup.api, { name: 'Athénée Léonie de Waha', network: 'fwb', levels: ['secondaire'], notes: 'Deux lignes\net un ; point-virgule' });
    const exported = ok(await setup.api.schools.exportCsv());
    const schools = ok(await setup.api.schools.list()).rows;

    const other = await createTestCore();
    try {
      const { api } = await signedIn(other, ['coordinator']);
      const committed = await api.schools.importCommit({ file: base64(exported.content) });
      expect(committed).toEqual({ ok: true, data: { created: 2 } });
      const imported = ok(await api.schools.list()).rows;
      const withoutIds = (list: School[]) => list.map(({ id: _id, ...school }) => school);
      expect(withoutIds(imported)).toEqual(withoutIds(schools));
    } finally {
      await other.cleanup();
    }
  });
});

describe('schools: CSV import preview', () => {
  it('reads UTF-8 with BOM and semicolons, UTF-8 with commas and Windows-1252 as the same rows', async () => {
    const semicolon = await preview(fixture('schools-utf8-bom-semicolon.csv'));
    const comma = await preview(fixture('schools-utf8-comma.csv'));
    const windows = await preview(fixture('schools-windows-1252.csv'));

    expect([semicolon, comma, windows].map(({ encoding, separator, errorCount, validCount }) => ({ encoding, separator, errorCount, validCount }))).toEqual([
      { encoding: 'utf-8', separator: ';', errorCount: 0, validCount: 4 },
      { encoding: 'utf-8', separator: ',', errorCount: 0, validCount: 4 },
      { encoding: 'windows-1252', separator: ';', errorCount: 0, validCount: 4 },
    ]);
    expect(windows.ignoredColumns).toEqual(['Directeur']);
    const values = (result: ImportPreview<SchoolDraft>) => result.rows.map((row) => row.values);
    expect(values(comma)).toEqual(values(semicolon));
    expect(values(windows)).toEqual(values(semicolon));
    expect(semicolon.rows.map((row) => row.line)).toEqual([2, 3, 5, 6]);
    expect(semicolon.rows[0]?.values).toEqual({
      name: 'École Sainte-Marguerite',
      network: 'libre',
      levels: ['primaire', 'secondaire'],
      street: 'Rue Sainte-Marguerite 51',
      postalCode: '4000',
      city: 'Liège',
      neighbourhood: 'Sainte-Marguerite',
      phone: '04 223 12 34',
      email: 'secretariat@sainte-marguerite.example',
      notes: 'Cour intérieure; accès PMR',
    });
    expect(semicolon.rows.map((row) => row.values.name)).toContain('École du Sacré-Cœur');
    expect(semicolon.rows[1]?.values).toMatchObject({ name: 'Athénée Léonie de Waha', network: 'fwb' });
  });

  it('lists every row with its own errors: postal code, network, duplicate in the file and in the database', async () => {
    await createSchool(setup.api, { name: 'Athénée Léonie de Waha', postalCode: '4000' });
    const file = base64(
      [
        HEADER,
        'École Sainte-Marguerite;Libre;Primaire;;4000;Liège;;;;',
        'École du Sacré-Cœur;Libre;Spécialisé;;400;Liège;;;;',
        'Institut Saint-Laurent;Privé;Secondaire;;4000;Liège;;;;',
        'ECOLE SAINTE-MARGUERITE ;Communal;Primaire;;4000;Liège;;;;',
        'athénée léonie de waha;FWB;Secondaire;;4000;Liège;;;;',
        'École Sainte-Marguerite;Libre;Primaire;;4020;Liège;;;;',
        'Lycée Léonie;Libre;Supérieur;;4000;Liège;;;;',
      ].join('\r\n'),
    );
    const result = await preview(file);
    expect(result.rows.map((row) => [row.line, row.errors])).toEqual([
      [2, []],
      [3, [{ path: 'postalCode', issue: 'invalid_format' }]],
      [4, [{ path: 'network', issue: 'invalid_value' }]],
      [5, [{ path: 'name', issue: 'duplicate', params: { line: 2 } }]],
      [6, [{ path: 'name', issue: 'duplicate' }]],
      [7, []],
      [8, [{ path: 'levels.0', issue: 'invalid_value' }]],
    ]);
    expect(result).toMatchObject({ validCount: 2, errorCount: 5 });
    // A refused row shows what the user typed, so they can find it in their file.
    expect(result.rows[2]?.values).toMatchObject({ name: 'Institut Saint-Laurent', network: 'Privé' });
  });

  it('refuses a file with no data, with no known column, or with a quote left open', async () => {
    const refused = async (content: string) => {
      const result = await setup.api.schools.importPreview({ file: base64(content) });
      return result.ok ? result : { code: result.error.code, reason: result.error.reason, params: result.error.params };
    };
    expect(await refused('')).toEqual({ code: 'VALIDATION', reason: 'importEmpty', params: undefined });
    expect(await refused('\uFEFF\r\n;;\r\n')).toMatchObject({ reason: 'importEmpty' });
    expect(await refused(`${HEADER}\r\n`)).toMatchObject({ reason: 'importEmpty' });
    expect(await refused('Directeur;Budget\r\nM. Dupont;1000\r\n')).toMatchObject({ reason: 'importNoColumns' });
    expect(await refused(`${HEADER}\r\nÉcole;Libre;Primaire;"Rue;4000;Liège;;;;\r\n`)).toMatchObject({ reason: 'importMalformed', params: { line: 2 } });
  });

  it('refuses a file that is not base64 or is over the cap, before reading it', async () => {
    const notBase64 = await setup.api.schools.importPreview({ file: 'École;Libre' });
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'file', issue: 'invalid_format' }] } });
    const tooLarge = await setup.api.schools.importPreview({ file: 'A'.repeat(8 * 1024 * 1024 + 4) });
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'file', issue: 'too_long' }] } });
  });
});

describe('schools: CSV import commit', () => {
  it('creates every row of a clean file, with levels, and audits one import', async () => {
    const result = await setup.api.schools.importCommit({ file: fixture('schools-windows-1252.csv') });
    expect(result).toEqual({ ok: true, data: { created: 4 } });
    const page = ok(await setup.api.schools.list());
    expect(page.rows.map((school) => [school.name, school.network, school.levels])).toEqual([
      ['Athénée Léonie de Waha', 'fwb', ['secondaire']],
      ['École communale de Droixhe', 'communal', ['maternel', 'primaire']],
      ['École du Sacré-Cœur', 'libre', ['specialise']],
      ['École Sainte-Marguerite', 'libre', ['primaire', 'secondaire']],
    ]);
    expect(await setup.core.db('audit_events').where({ action: 'school.import' }).select('entity', 'entity_id')).toEqual([
      { entity: 'school', entity_id: null },
    ]);
  });

  it('writes nothing when one row is refused', async () => {
    const file = base64(`${HEADER}\r\nÉcole Sainte-Marguerite;Libre;Primaire;;4000;Liège;;;;\r\nÉcole du Sacré-Cœur;Libre;Spécialisé;;400;Liège;;;;\r\n`);
    const before = await directoryCounts(setup.core);
    const result = await setup.api.schools.importCommit({ file });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'importHasErrors', params: { errorCount: 1 } } });
    expect(await directoryCounts(setup.core)).toEqual(before);
  });

  it('checks the database again at commit time: a school created since the preview refuses the file', async () => {
    const file = fixture('schools-utf8-bom-semicolon.csv');
    expect((await preview(file)).errorCount).toBe(0);
    await createSchool(setup.api, { name: 'École Sainte-Marguerite', postalCode: '4000' });
    const before = await directoryCounts(setup.core);
    expect(await setup.api.schools.importCommit({ file })).toMatchObject({ ok: false, error: { reason: 'importHasErrors' } });
    expect(await directoryCounts(setup.core)).toEqual(before);
  });

  it('is refused to a teacher', async () => {
    const { api } = await signedIn(setup.core, ['teacher']);
    const result = await api.schools.importCommit({ file: fixture('schools-utf8-comma.csv') });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await setup.core.db('schools').count({ n: '*' }).first()).toEqual({ n: 0 });
  });
});
