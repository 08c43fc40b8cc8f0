import { beforeEach, describe, expect, it } from 'vitest';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { signInAs } from '../helpers/core';
import { createClass, createContact, createSchool, directoryCounts, type ContactInput } from '../helpers/directory';
import type { InputOf } from '../../shared/api/contract';
import type { Contact, Page } from '../../shared/domain/directory';

const setup = useTestCore(['coordinator']);
let school: number;
beforeEach(async () => {
  school = await createSchool(setup.api);
});

const contactInput = (overrides: Partial<ContactInput> = {}): ContactInput => ({
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

async function list(input: InputOf<'contacts', 'list'>): Promise<Page<Contact>> {
  return ok(await setup.api.contacts.list(input));
}

describe('contacts: create, update, delete', () => {
  it('creates a contact linked to a teacher account, and audits it', async () => {
    const { userId } = await signInAs(setup.core, ['teacher']);
    const created = ok(await setup.api.contacts.create(contactInput({ userId })));
    expect(created).toMatchObject({ schoolId: school, schoolName: 'École Sainte-Marguerite', kind: 'teacher', lastName: 'Verlaine', userId });
    expect(await setup.core.db('audit_events').where({ action: 'contact.create', entity_id: String(created.id) }).first('entity')).toEqual({ entity: 'contact' });
  });

  it('updates a contact; moving to another school drops the former school’s classes', async () => {
    const id = await createContact(setup.api, { schoolId: school });
    const classId = await createClass(setup.api, school, { teacherIds: [id] });
    const other = await createSchool(setup.api, { name: 'Athénée Léonie de Waha' });
    const updated = await setup.api.contacts.update({ id, ...contactInput({ schoolId: other, kind: 'director' }) });
    expect(updated).toMatchObject({ ok: true, data: { id, schoolId: other, schoolName: 'Athénée Léonie de Waha', kind: 'director' } });
    expect(await setup.core.db('class_teachers').where({ class_id: classId }).count({ n: '*' }).first()).toEqual({ n: 0 });
  });

  it('keeps class links when the school does not change', async () => {
    const id = await createContact(setup.api, { schoolId: school });
    const classId = await createClass(setup.api, school, { teacherIds: [id] });
    await setup.api.contacts.update({ id, ...contactInput({ phone: '' }) });
    expect(await setup.core.db('class_teachers').where({ class_id: classId }).pluck('contact_id')).toEqual([id]);
  });

  it('deletes a contact freely, with its class links', async () => {
    const id = await createContact(setup.api, { schoolId: school });
    const classId = await createClass(setup.api, school, { teacherIds: [id] });
    expect(await setup.api.contacts.delete({ id })).toEqual({ ok: true, data: null });
    expect(await setup.core.db('school_classes').where({ id: classId }).first('id')).toEqual({ id: classId });
    expect(await setup.core.db('class_teachers').count({ n: '*' }).first()).toEqual({ n: 0 });
    expect(await setup.api.contacts.delete({ id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.contact' } });
  });
});

describe('contacts: refused input names the field and writes nothing', () => {
  it('refuses an unknown school, an unknown user, a non-teacher account and an account already linked', async () => {
    const { userId: teacher } = await signInAs(setup.core, ['teacher']);
    const { userId: housing } = await signInAs(setup.core, ['housing']);
    await createContact(setup.api, { userId: teacher });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ schoolId: 999 }, 'schoolId', 'not_found'],
      [{ userId: 999 }, 'userId', 'not_found'],
      [{ userId: housing }, 'userId', 'invalid_value'],
      [{ userId: teacher }, 'userId', 'taken'],
      [{ kind: 'parent' }, 'kind', 'invalid_value'],
      [{ lastName: '' }, 'lastName', 'required'],
    ];
    const before = await directoryCounts(setup.core);
    for (const [overrides, path, issue] of cases) {
      // `kind: 'parent'` is outside the contract's list: sent unchecked, on purpose.
      const result = await unchecked(setup.api).contacts.create({ ...contactInput(), ...overrides });
      expect(result, JSON.stringify(overrides)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path, issue }] } });
    }
    expect(await directoryCounts(setup.core)).toEqual(before);
  });

  it('lets a contact keep its own account on update', async () => {
    const { userId } = await signInAs(setup.core, ['teacher']);
    const id = await createContact(setup.api, { userId });
    expect(await setup.api.contacts.update({ id, ...contactInput({ userId, notes: 'Titulaire' }) })).toMatchObject({ ok: true, data: { userId } });
  });

  it('is refused to teachers and housing staff', async () => {
    for (const roles of [['teacher'], ['housing']] as const) {
      const { api } = await signedIn(setup.core, [...roles]);
      expect(await api.contacts.list()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await api.contacts.teacherAccounts()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});

describe('contacts: teacher accounts', () => {
  it('lists active teacher accounts with the contact each is linked to, and nothing else', async () => {
    const { userId: linked } = await signInAs(setup.core, ['teacher'], { username: 'b.teacher' });
    const { userId: free } = await signInAs(setup.core, ['teacher', 'coordinator'], { username: 'a.teacher' });
    await signInAs(setup.core, ['housing']);
    const { userId: inactive } = await signInAs(setup.core, ['teacher'], { username: 'c.teacher' });
    await setup.core.db('users').where({ id: inactive }).update({ active: false });
    const contactId = await createContact(setup.api, { userId: linked });

    const accounts = ok(await setup.api.contacts.teacherAccounts());
    expect(accounts).toEqual([
      { id: free, displayName: 'Test a.teacher', contactId: null },
      { id: linked, displayName: 'Test b.teacher', contactId },
    ]);
  });
});

describe('contacts: list and export', () => {
  beforeEach(async () => {
    const other = await createSchool(setup.api, { name: 'Athénée Léonie de Waha' });
    await createContact(setup.api, { schoolId: school, firstName: 'Nadia', lastName: 'Verlaine', kind: 'teacher' });
    await createContact(setup.api, { schoolId: other, firstName: 'Julien', lastName: 'delvaux', kind: 'director' });
    await createContact(setup.api, { schoolId: null, firstName: 'Amina', lastName: 'Benali', kind: 'educator', phone: '+32 470 00 00 00' });
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
    const file = ok(await setup.api.contacts.exportCsv({ kinds: ['educator', 'teacher'] }));
    expect(file.fileName).toBe('contacts-2026-11-28.csv');
    expect(file.content.slice(1).split('\r\n')).toEqual([
      'Nom;Prénom;Fonction;École;E-mail;Téléphone;Remarques',
      "Benali;Amina;Éducateur;;;'+32 470 00 00 00;",
      'Verlaine;Nadia;Enseignant;École Sainte-Marguerite;;;',
      '',
    ]);
  });
});
