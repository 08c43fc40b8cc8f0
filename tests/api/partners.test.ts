import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, signInAs, type TestCore } from '../helpers/core';
import { createSchool, dataOf, directoryCounts, insertEvent } from '../helpers/directory';
import type { Caller } from '../../main/dispatch';
import type { CsvFile } from '../../shared/api/csv-files';
import type { Facilitator, Page, Partner } from '../../shared/domain/directory';

let core: TestCore;
let coordinator: Caller;
beforeEach(async () => {
  core = await createTestCore();
  ({ caller: coordinator } = await signInAs(core, ['coordinator']));
});
afterEach(() => core.cleanup());

const partnerInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'CRIPEL',
  kind: 'integration_centre',
  contactName: 'Sophie Lambert',
  email: 'info@cripel.example',
  phone: '04 220 01 20',
  notes: '',
  ...overrides,
});
const facilitatorInput = (overrides: Record<string, unknown> = {}) => ({ name: 'Youssef El Amrani', partnerId: null, email: '', phone: '', ...overrides });

async function createPartner(overrides: Record<string, unknown> = {}): Promise<number> {
  return dataOf<Partner>(await core.dispatch(coordinator, 'partners/create', partnerInput(overrides))).id;
}
async function list(input: object): Promise<Page<Partner>> {
  return dataOf<Page<Partner>>(await core.dispatch(coordinator, 'partners/list', input));
}
const names = (page: Page<Partner>) => page.rows.map((partner) => partner.name);

describe('partners: create, update, delete', () => {
  it('creates, updates and deletes a partner, auditing each change', async () => {
    const id = await createPartner();
    const updated = await core.dispatch(coordinator, 'partners/update', partnerInput({ id, name: 'Cité Miroir', kind: 'cultural_venue' }));
    expect(updated).toEqual({
      ok: true,
      data: { id, name: 'Cité Miroir', kind: 'cultural_venue', contactName: 'Sophie Lambert', email: 'info@cripel.example', phone: '04 220 01 20', notes: '' },
    });
    expect(await core.dispatch(coordinator, 'partners/delete', { id })).toEqual({ ok: true, data: null });
    expect(await core.db('audit_events').where({ entity: 'partner', entity_id: String(id) }).orderBy('id').pluck('action')).toEqual([
      'partner.create',
      'partner.update',
      'partner.delete',
    ]);
  });

  it('refuses to delete a partner that events name, and deletes nothing', async () => {
    const id = await createPartner();
    const school = await createSchool(core, coordinator);
    await insertEvent(core, { schoolId: school, partnerIds: [id] });
    const before = await directoryCounts(core);
    expect(await core.dispatch(coordinator, 'partners/delete', { id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'partnerHasEvents', params: { count: 1 } },
    });
    expect(await directoryCounts(core)).toEqual(before);
  });

  it('keeps the facilitators of a deleted partner, without a partner', async () => {
    const id = await createPartner();
    const facilitator = dataOf<Facilitator>(await core.dispatch(coordinator, 'partners/createFacilitator', facilitatorInput({ partnerId: id })));
    await core.dispatch(coordinator, 'partners/delete', { id });
    expect(await core.db('facilitators').where({ id: facilitator.id }).first('partner_id')).toEqual({ partner_id: null });
  });

  it('answers NOT_FOUND for an unknown partner, and refuses bad input by field', async () => {
    expect(await core.dispatch(coordinator, 'partners/update', partnerInput({ id: 999 }))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.partner' } });
    expect(await core.dispatch(coordinator, 'partners/delete', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.partner' } });
    const before = await directoryCounts(core);
    expect(await core.dispatch(coordinator, 'partners/create', partnerInput({ kind: 'company' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'kind', issue: 'invalid_value' }] },
    });
    expect(await core.dispatch(coordinator, 'partners/create', partnerInput({ phone: 'appeler le matin' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'phone', issue: 'invalid_format' }] },
    });
    expect(await directoryCounts(core)).toEqual(before);
  });

  it('is refused to teachers and housing staff', async () => {
    for (const roles of [['teacher'], ['housing']] as const) {
      const { caller } = await signInAs(core, [...roles]);
      expect(await core.dispatch(caller, 'partners/list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await core.dispatch(caller, 'partners/createFacilitator', facilitatorInput())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});

describe('partners: list and export', () => {
  beforeEach(async () => {
    await createPartner({ name: 'CRIPEL', kind: 'integration_centre', contactName: 'Sophie Lambert' });
    await createPartner({ name: 'Cité Miroir', kind: 'cultural_venue', contactName: 'Marc Dethier' });
    await createPartner({ name: 'asbl Les Territoires de la Mémoire', kind: 'association', contactName: '' });
    await createPartner({ name: '=cmd|calc', kind: 'other', contactName: '' });
  });

  it('sorts by name without regard to case, or by kind', async () => {
    expect(names(await list({}))).toEqual(['=cmd|calc', 'asbl Les Territoires de la Mémoire', 'Cité Miroir', 'CRIPEL']);
    expect(names(await list({ sortBy: 'kind' }))).toEqual(['asbl Les Territoires de la Mémoire', 'Cité Miroir', 'CRIPEL', '=cmd|calc']);
  });

  it('searches names and contact names, filters by kind and pages', async () => {
    expect(names(await list({ search: 'miroir' }))).toEqual(['Cité Miroir']);
    expect(names(await list({ search: 'lambert' }))).toEqual(['CRIPEL']);
    expect(names(await list({ kinds: ['association', 'integration_centre'] }))).toEqual(['asbl Les Territoires de la Mémoire', 'CRIPEL']);
    expect(await list({ limit: 2, offset: 3 })).toMatchObject({ total: 4, rows: [{ name: 'CRIPEL' }] });
  });

  it('exports partners with French kinds, formula-like cells made safe', async () => {
    const file = dataOf<CsvFile>(await core.dispatch(coordinator, 'partners/exportCsv', { kinds: ['other', 'integration_centre'] }));
    expect(file.fileName).toBe('partenaires-2026-11-28.csv');
    expect(file.content.startsWith('\uFEFFNom;Type;Personne de contact;E-mail;Téléphone;Remarques\r\n')).toBe(true);
    expect(file.content.slice(1).split('\r\n').slice(1)).toEqual([
      "'=cmd|calc;Autre;;info@cripel.example;04 220 01 20;",
      "CRIPEL;Centre régional d'intégration;Sophie Lambert;info@cripel.example;04 220 01 20;",
      '',
    ]);
  });
});

describe('partners: facilitators', () => {
  it('creates, lists, updates and deletes facilitators', async () => {
    const cripel = await createPartner();
    const miroir = await createPartner({ name: 'Cité Miroir', kind: 'cultural_venue' });
    const youssef = dataOf<Facilitator>(await core.dispatch(coordinator, 'partners/createFacilitator', facilitatorInput({ partnerId: cripel })));
    expect(youssef).toMatchObject({ name: 'Youssef El Amrani', partnerId: cripel, partnerName: 'CRIPEL' });
    await core.dispatch(coordinator, 'partners/createFacilitator', facilitatorInput({ name: 'anne Dubois', partnerId: miroir }));
    await core.dispatch(coordinator, 'partners/createFacilitator', facilitatorInput({ name: 'Bruno Lejeune' }));

    const all = dataOf<Facilitator[]>(await core.dispatch(coordinator, 'partners/facilitators', {}));
    expect(all.map((facilitator) => facilitator.name)).toEqual(['anne Dubois', 'Bruno Lejeune', 'Youssef El Amrani']);
    const ofCripel = dataOf<Facilitator[]>(await core.dispatch(coordinator, 'partners/facilitators', { partnerId: cripel }));
    expect(ofCripel.map((facilitator) => facilitator.name)).toEqual(['Youssef El Amrani']);
    const searched = dataOf<Facilitator[]>(await core.dispatch(coordinator, 'partners/facilitators', { search: 'DUBOIS' }));
    expect(searched.map((facilitator) => facilitator.name)).toEqual(['anne Dubois']);

    const moved = await core.dispatch(coordinator, 'partners/updateFacilitator', { id: youssef.id, ...facilitatorInput({ partnerId: miroir, phone: '0470 00 00 00' }) });
    expect(moved).toMatchObject({ ok: true, data: { id: youssef.id, partnerId: miroir, partnerName: 'Cité Miroir', phone: '0470 00 00 00' } });
    expect(await core.dispatch(coordinator, 'partners/deleteFacilitator', { id: youssef.id })).toEqual({ ok: true, data: null });
    expect(await core.db('audit_events').where({ entity: 'facilitator', entity_id: String(youssef.id) }).orderBy('id').pluck('action')).toEqual([
      'facilitator.create',
      'facilitator.update',
      'facilitator.delete',
    ]);
  });

  it('exports the facilitators list as CSV with the same filters, formulas made harmless', async () => {
    const cripel = await createPartner();
    await core.dispatch(coordinator, 'partners/createFacilitator', facilitatorInput({ partnerId: cripel }));
    await core.dispatch(coordinator, 'partners/createFacilitator', facilitatorInput({ name: '=Bruno Lejeune' }));
    const file = dataOf<{ fileName: string; content: string }>(await core.dispatch(coordinator, 'partners/exportFacilitatorsCsv', {}));
    expect(file.fileName).toMatch(/^intervenants-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.content.startsWith('\uFEFFNom;Partenaire;E-mail;Téléphone\r\n')).toBe(true);
    expect(file.content).toContain("'=Bruno Lejeune");
    expect(file.content).toContain('Youssef El Amrani;CRIPEL');
    const ofCripel = dataOf<{ content: string }>(await core.dispatch(coordinator, 'partners/exportFacilitatorsCsv', { partnerId: cripel }));
    expect(ofCripel.content).not.toContain('Bruno');
  });

  it('deletes a facilitator who led events; the events keep their record', async () => {
    const school = await createSchool(core, coordinator);
    const facilitator = dataOf<Facilitator>(await core.dispatch(coordinator, 'partners/createFacilitator', facilitatorInput()));
    const eventId = await insertEvent(core, { schoolId: school, facilitatorId: facilitator.id });
    expect(await core.dispatch(coordinator, 'partners/deleteFacilitator', { id: facilitator.id })).toEqual({ ok: true, data: null });
    expect(await core.db('events').where({ id: eventId }).first('facilitator_id')).toEqual({ facilitator_id: null });
  });

  it('refuses an unknown partner on the partnerId field, and unknown facilitators', async () => {
    const before = await directoryCounts(core);
    expect(await core.dispatch(coordinator, 'partners/createFacilitator', facilitatorInput({ partnerId: 999 }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'partnerId', issue: 'not_found' }] },
    });
    expect(await directoryCounts(core)).toEqual(before);
    const notFound = { ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.facilitator' } };
    expect(await core.dispatch(coordinator, 'partners/updateFacilitator', { id: 999, ...facilitatorInput() })).toMatchObject(notFound);
    expect(await core.dispatch(coordinator, 'partners/deleteFacilitator', { id: 999 })).toMatchObject(notFound);
  });
});
