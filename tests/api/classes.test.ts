import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok, signedIn, useTestCore } from '../helpers/api';
import { base64, createClass, createContact, createSchool, directoryCounts, insertEvent, type ClassInput } from '../helpers/directory';
import type { InputOf } from '../../shared/api/contract';
import type { Page, SchoolClass } from '../../shared/domain/directory';

const setup = useTestCore(['coordinator']);
let marguerite: number;
let waha: number;
beforeEach(async () => {
  marguerite = await createSchool(setup.api, { name: 'École Sainte-Marguerite' });
  waha = await createSchool(setup.api, { name: 'Athénée Léonie de Waha', network: 'fwb', levels: ['secondaire'] });
});

const classInput = (overrides: Partial<ClassInput> = {}): ClassInput => ({
  schoolId: marguerite,
  schoolYear: '2026-2027',
  name: '5e primaire B',
  grade: '5P',
  pupilCount: 22,
  teacherIds: [],
  ...overrides,
});

async function list(input: InputOf<'classes', 'list'>): Promise<Page<SchoolClass>> {
  return ok(await setup.api.classes.list(input));
}

describe('classes: create, update, delete', () => {
  it('creates a class with its teachers, the school year written with an en dash', async () => {
    const teacher = await createContact(setup.api, { schoolId: marguerite });
    const created = ok(await setup.api.classes.create(classInput({ teacherIds: [teacher, teacher] })));
    expect(created).toMatchObject({
      schoolId: marguerite,
      schoolName: 'École Sainte-Marguerite',
      schoolYear: '2026–2027',
      name: '5e primaire B',
      pupilCount: 22,
      teacherIds: [teacher],
    });
    expect(await setup.core.db('audit_events').where({ action: 'class.create', entity_id: String(created.id) }).first('entity')).toEqual({ entity: 'class' });
  });

  it('updates a class and replaces its teachers', async () => {
    const [first, second] = [await createContact(setup.api, { schoolId: marguerite }), await createContact(setup.api, { schoolId: marguerite, firstName: 'Julien' })];
    const id = await createClass(setup.api, marguerite, { teacherIds: [first] });
    const updated = await setup.api.classes.update({ id, ...classInput({ name: '6e primaire B', pupilCount: 24, teacherIds: [second] }) });
    expect(updated).toMatchObject({ ok: true, data: { id, name: '6e primaire B', pupilCount: 24, teacherIds: [second] } });
    expect(await setup.core.db('class_teachers').where({ class_id: id }).pluck('contact_id')).toEqual([second]);
  });

  it('deletes a class without events, and refuses one that events name', async () => {
    const free = await createClass(setup.api, marguerite, { name: '4e primaire A' });
    expect(await setup.api.classes.delete({ id: free })).toEqual({ ok: true, data: null });
    const busy = await createClass(setup.api, marguerite);
    await insertEvent(setup.core, { schoolId: marguerite, classIds: [busy] });
    const before = await directoryCounts(setup.core);
    expect(await setup.api.classes.delete({ id: busy })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'classHasEvents', params: { count: 1 } },
    });
    // Moving it to another school would contradict the events too.
    expect(await setup.api.classes.update({ id: busy, ...classInput({ schoolId: waha }) })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'classHasEvents' },
    });
    expect(await directoryCounts(setup.core)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown class', async () => {
    expect(await setup.api.classes.update({ id: 999, ...classInput() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.class' } });
    expect(await setup.api.classes.delete({ id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.class' } });
  });
});

describe('classes: refused input names the field and writes nothing', () => {
  it('refuses an unknown school, a duplicate name, and teachers from elsewhere', async () => {
    await createClass(setup.api, marguerite);
    const otherTeacher = await createContact(setup.api, { schoolId: waha });
    const noSchool = await createContact(setup.api, { schoolId: null });
    const cases: [Partial<ClassInput>, string, string][] = [
      [{ schoolId: 999 }, 'schoolId', 'not_found'],
      [{ name: '5E PRIMAIRE b' }, 'name', 'duplicate'],
      [{ name: '6e primaire A', teacherIds: [otherTeacher] }, 'teacherIds', 'not_of_school'],
      [{ name: '6e primaire A', teacherIds: [noSchool] }, 'teacherIds', 'not_of_school'],
      [{ name: '6e primaire A', teacherIds: [999] }, 'teacherIds', 'not_found'],
      [{ schoolYear: '2026–2028' }, 'schoolYear', 'invalid_value'],
      [{ pupilCount: -1 }, 'pupilCount', 'too_small'],
    ];
    const before = await directoryCounts(setup.core);
    const both = await setup.api.classes.create(classInput({ teacherIds: [otherTeacher] }));
    expect(both.ok ? [] : both.error.fields).toEqual([
      { path: 'name', issue: 'duplicate' },
      { path: 'teacherIds', issue: 'not_of_school' },
    ]);
    for (const [overrides, path, issue] of cases) {
      const result = await setup.api.classes.create(classInput(overrides));
      // Exactly this one field: each case breaks one rule only.
      expect(result, JSON.stringify(overrides)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path, issue }] } });
      expect(result.ok ? [] : result.error.fields).toHaveLength(1);
    }
    expect(await directoryCounts(setup.core)).toEqual(before);
  });

  it('allows the same class name in another year or another school, and saving a class unchanged', async () => {
    const id = await createClass(setup.api, marguerite);
    expect(await setup.api.classes.create(classInput({ schoolYear: '2025-2026' }))).toMatchObject({ ok: true });
    expect(await setup.api.classes.create(classInput({ schoolId: waha }))).toMatchObject({ ok: true });
    expect(await setup.api.classes.update({ id, ...classInput() })).toMatchObject({ ok: true });
  });

  it('is refused to teachers and housing staff', async () => {
    for (const roles of [['teacher'], ['housing']] as const) {
      const { api } = await signedIn(setup.core, [...roles]);
      expect(await api.classes.list()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await api.classes.create(classInput())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});

describe('classes: list', () => {
  beforeEach(async () => {
    await createClass(setup.api, marguerite, { name: '5e primaire B', grade: '5P', pupilCount: 22 });
    await createClass(setup.api, marguerite, { name: '1re primaire A', grade: '1P', pupilCount: 18 });
    await createClass(setup.api, marguerite, { name: '5e primaire B', schoolYear: '2025-2026', pupilCount: 21 });
    await createClass(setup.api, waha, { name: '3e secondaire C', grade: '3S', pupilCount: 25 });
  });
  const labels = (page: Page<SchoolClass>) => page.rows.map((row) => `${row.name} ${row.schoolYear}`);

  it('sorts by name then school by default, and by pupil count on demand', async () => {
    expect(labels(await list({}))).toEqual(['1re primaire A 2026–2027', '3e secondaire C 2026–2027', '5e primaire B 2026–2027', '5e primaire B 2025–2026']);
    expect((await list({ sortBy: 'pupilCount', sortDirection: 'desc' })).rows.map((row) => row.pupilCount)).toEqual([25, 22, 21, 18]);
    expect((await list({ sortBy: 'schoolName' })).rows[0]?.schoolName).toBe('Athénée Léonie de Waha');
  });

  it('filters by school and school year, and searches class and school names', async () => {
    expect((await list({ schoolId: marguerite })).total).toBe(3);
    expect(labels(await list({ schoolId: marguerite, schoolYear: '2025-2026' }))).toEqual(['5e primaire B 2025–2026']);
    expect(labels(await list({ search: 'waha' }))).toEqual(['3e secondaire C 2026–2027']);
    expect((await list({ search: 'PRIMAIRE b' })).total).toBe(2);
  });

  it('pages with a total', async () => {
    const page = await list({ limit: 1, offset: 1 });
    expect(page.total).toBe(4);
    expect(labels(page)).toEqual(['3e secondaire C 2026–2027']);
  });
});

describe('classes: CSV', () => {
  const HEADER = 'École;Code postal;Année scolaire;Classe;Niveau;Élèves';

  it('exports the filtered classes with their school, postal code and teachers', async () => {
    const teacher = await createContact(setup.api, { schoolId: marguerite, firstName: 'Nadia', lastName: 'Verlaine' });
    await createClass(setup.api, marguerite, { name: '-5e primaire B', teacherIds: [teacher] });
    await createClass(setup.api, waha, { name: '3e secondaire C' });
    const file = ok(await setup.api.classes.exportCsv({ schoolId: marguerite }));
    expect(file.fileName).toBe('classes-2026-11-28.csv');
    expect(file.content.slice(1).split('\r\n')).toEqual([
      `${HEADER};Enseignants`,
      "École Sainte-Marguerite;4000;2026–2027;'-5e primaire B;5P;22;Nadia Verlaine",
      '',
    ]);
  });

  it('previews a class file: school found by name and postal code, per-row errors, current year when blank', async () => {
    await createSchool(setup.api, { name: 'École Sainte-Marguerite', postalCode: '4020' });
    await createClass(setup.api, waha, { name: '3e secondaire C', schoolYear: '2026-2027' });
    const file = base64(
      [
        `${HEADER};Titulaire`,
        'ecole sainte-marguerite;4000;2026-2027;5e primaire B;5P;22;Mme Verlaine',
        'École Sainte-Marguerite;;2026-2027;5e primaire C;5P;20;',
        'École Inconnue;4000;2026-2027;1re A;1P;12;',
        'Athénée Léonie de Waha;4000;;3e secondaire C;3S;25;',
        'ÉCOLE SAINTE-MARGUERITE;4000;2026-2027;5E PRIMAIRE B;5P;23;',
        'École Sainte-Marguerite;4000;2026-2028;6e primaire A;6P;vingt;',
      ].join('\r\n'),
    );
    const preview = ok(await setup.api.classes.importPreview({ file }));
    expect(preview.ignoredColumns).toEqual(['Titulaire']);
    expect(preview.rows.map((row) => [row.line, row.errors.map((error) => `${error.path}:${error.issue}`)])).toEqual([
      [2, []],
      [3, ['schoolName:not_found']], // two schools of that name: the postal code is needed
      [4, ['schoolName:not_found']],
      [5, ['name:duplicate']], // already in the database for the current year
      [6, ['name:duplicate']], // same as line 2
      [7, ['schoolYear:invalid_value', 'pupilCount:invalid_format']],
    ]);
    expect(preview.rows[0]?.values).toEqual({ schoolName: 'ecole sainte-marguerite', postalCode: '4000', schoolYear: '2026–2027', name: '5e primaire B', grade: '5P', pupilCount: 22 });
    expect(preview.rows[3]?.values.schoolYear).toBe('2026–2027');
    expect(preview).toMatchObject({ validCount: 1, errorCount: 5 });
  });

  it('commits all rows or none', async () => {
    const good = [HEADER, 'École Sainte-Marguerite;4000;2026-2027;5e primaire B;5P;22', 'Athénée Léonie de Waha;;2026-2027;3e secondaire C;3S;'];
    const before = await directoryCounts(setup.core);
    const refused = await setup.api.classes.importCommit({ file: base64([...good, 'Athénée Léonie de Waha;;2026-2027;3e secondaire C;3S;'].join('\n')) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'importHasErrors', params: { errorCount: 1 } } });
    expect(await directoryCounts(setup.core)).toEqual(before);

    expect(await setup.api.classes.importCommit({ file: base64(good.join('\n')) })).toEqual({ ok: true, data: { created: 2 } });
    expect((await list({})).rows.map((row) => [row.schoolName, row.name, row.pupilCount])).toEqual([
      ['Athénée Léonie de Waha', '3e secondaire C', 0],
      ['École Sainte-Marguerite', '5e primaire B', 22],
    ]);
    expect(await setup.core.db('audit_events').where({ action: 'class.import' }).count({ n: '*' }).first()).toEqual({ n: 1 });
  });

  it('reads a comma-separated Windows-1252 class file', async () => {
    const content = 'School,School year,Class,Pupils\r\nAthénée Léonie de Waha,2026-2027,"3e secondaire C, option latin",25\r\n';
    const preview = ok(await setup.api.classes.importPreview({ file: Buffer.from(content, 'latin1').toString('base64') }));
    expect(preview).toMatchObject({ encoding: 'windows-1252', separator: ',', errorCount: 0 });
    expect(preview.rows[0]?.values).toMatchObject({ schoolName: 'Athénée Léonie de Waha', name: '3e secondaire C, option latin', pupilCount: 25 });
    const parsed = Papa.parse<string[]>(content).data[1];
    expect(parsed?.[2]).toBe('3e secondaire C, option latin');
  });
});
