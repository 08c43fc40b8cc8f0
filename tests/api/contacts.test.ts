import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, signInAs, type TestCore } from '../helpers/core';
import { createClass, createContact, createSchool, dataOf, directoryCounts } from '../helpers/directory';
import type { Caller } from '../../main/dispatch';
import type { CsvFile } from '../../shared/api/csv-files';
import type { Contact, Page } from '../../shared/domain/directory';

let core: TestCore;
let coordinator: Caller;
let school: number;
beforeEach(async () => {
  core = await createTestCore();
  ({ caller: coordinator } = await signInAs(core, ['coordinator']));
  school = await createSchool(core, coordinator);
});
afterEach(() => core.cleanup());

const contactInput = (overrides: Record<string, unknown> = {}) => ({
  schoolId: school,
  kind: 'teacher',
  firstName: 'Nadia',
  lastName: 'Verlaine',
  email: 'n.verlaine@ecole.example',
  phone: '0470 12 34 56',
  userId: null,
  notes: '',
  ...overrides,
});

async function list(input: object): Promise<Page<Contact>> {
  return dataOf<Page<Contact>>(await core.dispatch(coordinator, 'contacts/list', input));
}

describe('contacts: create, update, delete', () => {
  it('creates a contact linked to a teacher account, and audits it', async () => {
    const { userId } = await signInAs(core, ['teacher']);
    const created = dataOf<Contact>(await core.dispatch(coordinator, 'contacts/create', contactInput({ userId })));
    expect(created).toMatchObject({ schoolId: school, schoolName: 'École Sainte-Marguerite', kind: 'teacher', lastName: 'Verlaine', userId });
    expect(await core.db('audit_events').where({ action: 'contact.create', entity_id: String(created.id) }).first('entity')).toEqual({ entity: 'contact' });
  });

  it('updates a contact; moving to another school drops the former school’s classes', async () => {
    const id = await createContact(core, coordinator, { schoolId: school });
    const classId = await createClass(core, coordinator, school, { teacherIds: [id] });
    const other = await createSchool(core, coordinator, { name: 'Athénée Léonie de Waha' });
    const updated = await core.dispatch(coordinator, 'contacts/update', contactInput({ id, schoolId: other, kind: 'director' }));
    expect(updated).toMatchObject({ ok: true, data: { id, schoolId: other, schoolName: 'Athénée Léonie de Waha', kind: 'director' } });
    expect(await core.db('class_teachers').where({ class_id: classId }).count({ n: '*' }).first()).toEqual({ n: 0 });
  });

  it('keeps class links when the school does not change', async () => {
    const id = await createContact(core, coordinator, { schoolId: school });
    const classId = await createClass(core, coordinator, school, { teacherIds: [id] });
    await core.dispatch(coordinator, 'contacts/update', contactInput({ id, phone: '' }));
    expect(await core.db('class_teachers').where({ class_id: classId }).pluck('contact_id')).toEqual([id]);
  });

  it('deletes a contact freely, with its class links', async () => {
    const id = await createContact(core, coordinator, { schoolId: school });
    const classId = await createClass(core, coordinator, school, { teacherIds: [id] });
    expect(await core.dispatch(coordinator, 'contacts/delete', { id })).toEqual({ ok: true, data: null });
    expect(await core.db('school_classes').where({ id: classId }).first('id')).toEqual({ id: classId });
    expect(await core.db('class_teachers').count({ n: '*' }).first()).toEqual({ n: 0 });
    expect(await core.dispatch(coordinator, 'contacts/delete', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.contact' } });
  });
});

describe('contacts: refused input names the field and writes nothing', () => {
  it('refuses an unknown school, an unknown user, a non-teacher account and an account already linked', async () => {
    const { userId: teacher } = await signInAs(core, ['teacher']);
    const { userId: housing } = await signInAs(core, ['housing']);
    await createContact(core, coordinator, { userId: teacher });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ schoolId: 999 }, 'schoolId', 'not_found'],
      [{ userId: 999 }, 'userId', 'not_found'],
      [{ userId: housing }, 'userId', 'invalid_value'],
      [{ userId: teacher }, 'userId', 'taken'],
      [{ kind: 'parent' }, 'kind', 'invalid_value'],
      [{ lastName: '' }, 'lastName', 'required'],
    ];
    const before = await directoryCounts(core);
    for (const [overrides, path, issue] of cases) {
      const result = await core.dispatch(coordinator, 'contacts/create', contactInput(overrides));
      expect(result, JSON.stringify(overrides)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path, issue }] } });
    }
    expect(await directoryCounts(core)).toEqual(before);
  });

  it('lets a contact keep its own account on update', async () => {
    const { userId } = await signInAs(core, ['teacher']);
    const id = await createContact(core, coordinator, { userId });
    expect(await core.dispatch(coordinator, 'contacts/update', contactInput({ id, userId, notes: 'Titulaire' }))).toMatchObject({ ok: true, data: { userId } });
  });

  it('is refused to teachers and housing staff', async () => {
    for (const roles of [['teacher'], ['housing']] as const) {
      const { caller } = await signInAs(core, [...roles]);
      expect(await core.dispatch(caller, 'contacts/list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await core.dispatch(caller, 'contacts/teacherAccounts', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});

describe('contacts: teacher accounts', () => {
  it('lists active teacher accounts with the contact each is linked to, and nothing else', async () => {
    const { userId: linked } = await signInAs(core, ['teacher'], { username: 'b.teacher' });
    const { userId: free } = await signInAs(core, ['teacher', 'coordinator'], { username: 'a.teacher' });
    await signInAs(core, ['housing']);
    const { userId: inactive } = await signInAs(core, ['teacher'], { username: 'c.teacher' });
    await core.db('users').where({ id: inactive }).update({ active: false });
    const contactId = await createContact(core, coordinator, { userId: linked });

    const accounts = dataOf<unknown[]>(await core.dispatch(coordinator, 'contacts/teacherAccounts', {}));
    expect(accounts).toEqual([
      { id: free, displayName: 'Test a.teacher', contactId: null },
      { id: linked, displayName: 'Test b.teacher', contactId },
    ]);
  });
});

describe('contacts: list and export', () => {
  beforeEach(async () => {
    const other = await createSchool(core, coordinator, { name: 'Athénée Léonie de Waha' });
    await createContact(core, coordinator, { schoolId: school, firstName: 'Nadia', lastName: 'Verlaine', kind: 'teacher' });
    await createContact(core, coordinator, { schoolId: other, firstName: 'Julien', lastName: 'delvaux', kind: 'director' });
    await createContact(core, coordinator, { schoolId: null, firstName: 'Amina', lastName: 'Benali', kind: 'educator', phone: '+32 470 00 00 00' });
  });
  const fullNames = (page: Page<Contact>) => page.rows.map((contact) => `${contact.firstName} ${contact.lastName}`);

  it('sorts by last name without regard to case, and by school or kind', async () => {
    expect(fullNames(await list({}))).toEqual(['Amina Benali', 'Julien delvaux', 'Nadia Verlaine']);
    expect(fullNames(await list({ sortDirection: 'desc' }))).toEqual(['Nadia Verlaine', 'Julien delvaux', 'Amina Benali']);
    expect(fullNames(await list({ sortBy: 'kind' }))).toEqual(['Julien delvaux', 'Amina Benali', 'Nadia Verlaine']);
    expect(fullNames(await list({ sortBy: 'schoolName', sortDirection: 'desc' }))[0]).toBe('Nadia Verlaine');
  });

  it('searches first and last names together, and filters by school and kind', async () => {
    expect(fullNames(await list({ search: 'verlaine NADIA' }))).toEqual(['Nadia Verlaine']);
    expect(fullNames(await list({ schoolId: school }))).toEqual(['Nadia Verlaine']);
    expect(fullNames(await list({ kinds: ['director', 'educator'] }))).toEqual(['Amina Benali', 'Julien delvaux']);
    expect(await list({ limit: 1, offset: 2 })).toMatchObject({ total: 3, rows: [{ lastName: 'Verlaine' }] });
  });

  it('exports contacts with French labels, safe phone numbers and the filter applied', async () => {
    const file = dataOf<CsvFile>(await core.dispatch(coordinator, 'contacts/exportCsv', { kinds: ['educator', 'teacher'] }));
    expect(file.fileName).toBe('contacts-2026-11-28.csv');
    expect(file.content.slice(1).split('\r\n')).toEqual([
      'Nom;Prénom;Fonction;École;E-mail;Téléphone;Remarques',
      "Benali;Amina;Éducateur;;;'+32 470 00 00 00;",
      'Verlaine;Nadia;Enseignant;École Sainte-Marguerite;;;',
      '',
    ]);
  });
});
