import { beforeEach, describe, expect, it } from 'vitest';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { createClass, createContact, createSchool, directoryCounts, insertEvent, schoolInput } from '../helpers/directory';
import type { InputOf } from '../../shared/api/contract';
import type { Page, School } from '../../shared/domain/directory';

const setup = useTestCore(['coordinator']);

async function list(input: InputOf<'schools', 'list'>): Promise<Page<School>> {
  return ok(await setup.api.schools.list(input));
}
const names = (page: Page<School>) => page.rows.map((school) => school.name);

describe('schools: create, read, update, delete', () => {
  it('creates a school, reads it back and audits the change by id only', async () => {
    const created = await setup.api.schools.create(schoolInput({ levels: ['secondaire', 'maternel'], email: ' direction@ecole.example ' }));
    const school = ok(created);
    expect(school).toMatchObject({
      name: 'École Sainte-Marguerite',
      network: 'libre',
      levels: ['maternel', 'secondaire'],
      postalCode: '4000',
      email: 'direction@ecole.example',
      classCount: 0,
    });
    expect(ok(await setup.api.schools.get({ id: school.id }))).toEqual(school);
    const row = await setup.core.db('schools').where({ id: school.id }).first('name_key', 'created_at', 'updated_at');
    expect(row).toEqual({ name_key: 'ecole sainte-marguerite', created_at: '2026-11-28T09:00:00.000Z', updated_at: '2026-11-28T09:00:00.000Z' });
    const audit = await setup.core.db('audit_events').where({ action: 'school.create' }).first('entity', 'entity_id');
    expect(audit).toEqual({ entity: 'school', entity_id: String(school.id) });
  });

  it('updates every field, levels included, and stamps the update time', async () => {
    const id = await createSchool(setup.api);
    setup.core.clock.advance(60_000);
    const updated = await setup.api.schools.update({
      id,
      ...schoolInput({ name: 'Athénée Léonie de Waha', network: 'fwb', levels: ['secondaire'], postalCode: '4020', neighbourhood: 'Centre' }),
    });
    expect(updated).toMatchObject({ ok: true, data: { id, name: 'Athénée Léonie de Waha', network: 'fwb', levels: ['secondaire'], postalCode: '4020' } });
    expect(await setup.core.db('schools').where({ id }).first('name_key', 'updated_at')).toEqual({
      name_key: 'athenee leonie de waha',
      updated_at: '2026-11-28T09:01:00.000Z',
    });
    expect(await setup.core.db('school_levels').where({ school_id: id }).pluck('level')).toEqual(['secondaire']);
  });

  it('deletes a school with its classes; its contacts stay, without a school', async () => {
    const id = await createSchool(setup.api);
    await createClass(setup.api, id);
    const contactId = await createContact(setup.api, { schoolId: id });
    expect(await setup.api.schools.delete({ id })).toEqual({ ok: true, data: null });
    expect(await setup.core.db('school_classes').count({ n: '*' }).first()).toEqual({ n: 0 });
    expect(await setup.core.db('contacts').where({ id: contactId }).first('school_id')).toEqual({ school_id: null });
    expect(await setup.core.db('audit_events').where({ action: 'school.delete', entity_id: String(id) }).first('id')).toBeTruthy();
  });

  it('refuses to delete a school that events refer to, and deletes nothing', async () => {
    const id = await createSchool(setup.api);
    await createClass(setup.api, id);
    await insertEvent(setup.core, { schoolId: id });
    await insertEvent(setup.core, { schoolId: id });
    const before = await directoryCounts(setup.core);
    const refused = await setup.api.schools.delete({ id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'schoolHasEvents', params: { count: 2 } } });
    expect(await directoryCounts(setup.core)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown school', async () => {
    const notFound = { ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.school' } };
    expect(await setup.api.schools.get({ id: 999 })).toMatchObject(notFound);
    expect(await setup.api.schools.update({ id: 999, ...schoolInput() })).toMatchObject(notFound);
    expect(await setup.api.schools.delete({ id: 999 })).toMatchObject(notFound);
  });
});

describe('schools: refused input names the field and writes nothing', () => {
  it.each([
    [{ name: 'ÉCOLE SAINTE-MARGUERITE ' }, 'name', 'duplicate'],
    [{ name: 'ecole sainte-marguerite' }, 'name', 'duplicate'],
    [{ postalCode: '400' }, 'postalCode', 'invalid_format'],
    [{ postalCode: '0400' }, 'postalCode', 'invalid_format'],
    [{ network: 'privé' }, 'network', 'invalid_value'],
    [{ levels: [] }, 'levels', 'too_few'],
    [{ levels: ['primaire', 'primaire'] }, 'levels', 'invalid_value'],
    [{ email: 'pas une adresse' }, 'email', 'invalid_format'],
    [{ name: '   ' }, 'name', 'required'],
  ])('refuses %j', async (overrides, path, issue) => {
    await createSchool(setup.api);
    const before = await directoryCounts(setup.core);
    // Some rows break the input's type (a network outside the list): sent unchecked, on purpose.
    const result = await unchecked(setup.api).schools.create({ ...schoolInput(), ...overrides });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.fields).toContainEqual(expect.objectContaining({ path, issue }));
    }
    expect(await directoryCounts(setup.core)).toEqual(before);
  });

  it('accepts the same name in another postal code, but not an update that makes a duplicate', async () => {
    await createSchool(setup.api);
    const other = await createSchool(setup.api, { postalCode: '4020' });
    const before = await directoryCounts(setup.core);
    const update = await setup.api.schools.update({ id: other, ...schoolInput({ postalCode: '4000', levels: ['secondaire'] }) });
    expect(update).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'name', issue: 'duplicate' }] } });
    expect(await directoryCounts(setup.core)).toEqual(before);
    expect(await setup.core.db('school_levels').where({ school_id: other }).pluck('level')).toEqual(['primaire']);
    // Saving a school unchanged is not a duplicate of itself.
    expect(await setup.api.schools.update({ id: other, ...schoolInput({ postalCode: '4020' }) })).toMatchObject({ ok: true });
  });
});

describe('schools: access', () => {
  it.each([[['teacher']], [['housing']], [['admin']]] as const)('refuses a %j caller', async (roles) => {
    const { api } = await signedIn(setup.core, [...roles]);
    const before = await directoryCounts(setup.core);
    expect(await api.schools.list()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await api.schools.create(schoolInput())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await api.schools.exportCsv()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await directoryCounts(setup.core)).toEqual(before);
  });
});

describe('schools: list', () => {
  beforeEach(async () => {
    await createSchool(setup.api, { name: 'École Sainte-Marguerite', network: 'libre', levels: ['primaire', 'secondaire'] });
    await createSchool(setup.api, { name: 'Athénée Léonie de Waha', network: 'fwb', levels: ['secondaire'], neighbourhood: 'Centre' });
    await createSchool(setup.api, { name: 'école communale de Droixhe', network: 'communal', levels: ['maternel', 'primaire'], postalCode: '4020', neighbourhood: 'Droixhe' });
    await createSchool(setup.api, { name: 'Institut 100% Avenir_', network: 'provincial', levels: ['specialise'], postalCode: '4030', neighbourhood: 'Grivegnée' });
  });

  it('sorts by name without regard to case or accents, and answers the total', async () => {
    const page = await list({});
    expect(names(page)).toEqual(['Athénée Léonie de Waha', 'école communale de Droixhe', 'École Sainte-Marguerite', 'Institut 100% Avenir_']);
    expect(page.total).toBe(4);
    expect(names(await list({ sortDirection: 'desc' }))[0]).toBe('Institut 100% Avenir_');
  });

  it('searches names (case and accents aside), postal codes and neighbourhoods, word by word', async () => {
    expect(names(await list({ search: 'ECOLE' }))).toEqual(['école communale de Droixhe', 'École Sainte-Marguerite']);
    expect(names(await list({ search: 'léonie' }))).toEqual(['Athénée Léonie de Waha']);
    expect(names(await list({ search: '4020' }))).toEqual(['école communale de Droixhe']);
    expect(names(await list({ search: 'grivegnée' }))).toEqual(['Institut 100% Avenir_']);
    expect(names(await list({ search: 'école 4000' }))).toEqual(['École Sainte-Marguerite']);
  });

  it('matches % and _ literally', async () => {
    expect(names(await list({ search: '%' }))).toEqual(['Institut 100% Avenir_']);
    expect(names(await list({ search: '_' }))).toEqual(['Institut 100% Avenir_']);
    expect((await list({ search: 'a%e' })).total).toBe(0);
  });

  it('filters by network, level and neighbourhood', async () => {
    expect(names(await list({ networks: ['fwb', 'communal'] }))).toEqual(['Athénée Léonie de Waha', 'école communale de Droixhe']);
    expect(names(await list({ levels: ['maternel', 'specialise'] }))).toEqual(['école communale de Droixhe', 'Institut 100% Avenir_']);
    expect(names(await list({ neighbourhood: 'droixhe' }))).toEqual(['école communale de Droixhe']);
    expect((await list({ levels: ['secondaire'], networks: ['libre'] })).total).toBe(1);
  });

  it('sorts by postal code and by class count, ties broken by name then id', async () => {
    expect(names(await list({ sortBy: 'postalCode', sortDirection: 'desc' }))).toEqual([
      'Institut 100% Avenir_',
      'école communale de Droixhe',
      'Athénée Léonie de Waha',
      'École Sainte-Marguerite',
    ]);
    const [droixhe] = (await list({ search: 'droixhe' })).rows;
    if (!droixhe) throw new Error('setup failed');
    await createClass(setup.api, droixhe.id, { name: '1re maternelle' });
    await createClass(setup.api, droixhe.id, { name: '2e maternelle' });
    const byCount = await list({ sortBy: 'classCount', sortDirection: 'desc' });
    expect(byCount.rows.map((school) => [school.name, school.classCount])).toEqual([
      ['école communale de Droixhe', 2],
      ['Athénée Léonie de Waha', 0],
      ['École Sainte-Marguerite', 0],
      ['Institut 100% Avenir_', 0],
    ]);
  });

  it('pages with offset and limit, the total counting every match', async () => {
    const first = await list({ limit: 2 });
    const second = await list({ limit: 2, offset: 2 });
    expect(first.total).toBe(4);
    expect(second.total).toBe(4);
    expect([...names(first), ...names(second)]).toEqual(names(await list({})));
    expect(await list({ offset: 10 })).toEqual({ rows: [], total: 4 });
  });
});

describe('schools: list stays fast with thousands of rows', () => {
  it('reads a page of 500 out of 3,000 schools in a fixed number of queries (no query per school)', async () => {
    const now = '2026-11-28T09:00:00.000Z';
    const rows = Array.from({ length: 3000 }, (_, index) => ({
      name: `École ${String(index).padStart(4, '0')}`,
      name_key: `ecole ${String(index).padStart(4, '0')}`,
      network: 'communal',
      postal_code: '4000',
      created_at: now,
      updated_at: now,
    }));
    await setup.core.db.batchInsert('schools', rows, 200);
    const ids: number[] = await setup.core.db('schools').pluck('id');
    await setup.core.db.batchInsert('school_levels', ids.map((id) => ({ school_id: id, level: 'primaire' })), 300);

    let queries = 0;
    const count = () => (queries += 1);
    setup.core.db.on('query', count);
    const started = performance.now();
    const page = await list({ limit: 500, offset: 1000, search: 'ecole', levels: ['primaire'] });
    const elapsed = performance.now() - started;
    setup.core.db.off('query', count);

    expect(page.total).toBe(3000);
    expect(page.rows).toHaveLength(500);
    expect(page.rows[0]).toMatchObject({ name: 'École 1000', levels: ['primaire'], classCount: 0 });
    // Settings and session checks by dispatch, then count + page + levels + class counts.
    expect(queries).toBeLessThanOrEqual(8);
    expect(elapsed).toBeLessThan(2000);
  });
});
