import { beforeEach, describe, expect, it } from 'vitest';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { createSchool, directoryCounts, insertEvent } from '../helpers/directory';
import type { InputOf } from '../../shared/api/contract';
import type { Page, Partner } from '../../shared/domain/directory';

type PartnerInput = InputOf<'partners', 'create'>;
type FacilitatorInput = InputOf<'partners', 'createFacilitator'>;

const setup = useTestCore(['coordinator']);

const partnerInput = (overrides: Partial<PartnerInput> = {}): PartnerInput => ({
  name: 'CRIPEL',
  kind: 'integration_centre',
  contactName: 'Sophie Lambert',
  email: 'info@cripel.example',
  phone: '04 220 01 20',
  notes: '',
  ...overrides,
});
const facilitatorInput = (overrides: Partial<FacilitatorInput> = {}): FacilitatorInput => ({ name: 'Youssef El Amrani', partnerId: null, email: '', phone: '', ...overrides });

async function createPartner(overrides: Partial<PartnerInput> = {}): Promise<number> {
  return ok(await setup.api.partners.create(partnerInput(overrides))).id;
}
async function list(input: InputOf<'partners', 'list'>): Promise<Page<Partner>> {
  return ok(await setup.api.partners.list(input));
}
const names = (page: Page<Partner>) => page.rows.map((partner) => partner.name);

describe('partners: create, update, delete', () => {
  it('creates, updates and deletes a partner, auditing each change', async () => {
    const id = await createPartner();
    const updated = await setup.api.partners.update({ id, ...partnerInput({ name: 'Cité Miroir', kind: 'cultural_venue' }) });
    expect(updated).toEqual({
      ok: true,
      data: { id, name: 'Cité Miroir', kind: 'cultural_venue', contactName: 'Sophie Lambert', email: 'info@cripel.example', phone: '04 220 01 20', notes: '' },
    });
    expect(await setup.api.partners.delete({ id })).toEqual({ ok: true, data: null });
    expect(await setup.core.db('audit_events').where({ entity: 'partner', entity_id: String(id) }).orderBy('id').pluck('action')).toEqual([
      'partner.create',
      'partner.update',
      'partner.delete',
    ]);
  });

  it('refuses to delete a partner that events name, and deletes nothing', async () => {
    const id = await createPartner();
    const school = await createSchool(setup.api);
    await insertEvent(setup.core, { schoolId: school, partnerIds: [id] });
    const before = await directoryCounts(setup.core);
    expect(await setup.api.partners.delete({ id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'partnerHasEvents', params: { count: 1 } },
    });
    expect(await directoryCounts(setup.core)).toEqual(before);
  });

  it('keeps the facilitators of a deleted partner, without a partner', async () => {
    const id = await createPartner();
    const facilitator = ok(await setup.api.partners.createFacilitator(facilitatorInput({ partnerId: id })));
    await setup.api.partners.delete({ id });
    expect(await setup.core.db('facilitators').where({ id: facilitator.id }).first('partner_id')).toEqual({ partner_id: null });
  });

  it('answers NOT_FOUND for an unknown partner, and refuses bad input by field', async () => {
    expect(await setup.api.partners.update({ id: 999, ...partnerInput() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.partner' } });
    expect(await setup.api.partners.delete({ id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.partner' } });
    const before = await directoryCounts(setup.core);
    expect(await unchecked(setup.api).partners.create({ ...partnerInput(), kind: 'company' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'kind', issue: 'invalid_value' }] },
    });
    expect(await setup.api.partners.create(partnerInput({ phone: 'appeler le matin' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'phone', issue: 'invalid_format' }] },
    });
    expect(await directoryCounts(setup.core)).toEqual(before);
  });

  it('is refused to teachers and housing staff', async () => {
    for (const roles of [['teacher'], ['housing']] as const) {
      const { api } = await signedIn(setup.core, [...roles]);
      expect(await api.partners.list()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await api.partners.createFacilitator(facilitatorInput())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
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
    const file = ok(await setup.api.partners.exportCsv({ kinds: ['other', 'integration_centre'] }));
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
    const youssef = ok(await setup.api.partners.createFacilitator(facilitatorInput({ partnerId: cripel })));
    expect(youssef).toMatchObject({ name: 'Youssef El Amrani', partnerId: cripel, partnerName: 'CRIPEL' });
    await setup.api.partners.createFacilitator(facilitatorInput({ name: 'anne Dubois', partnerId: miroir }));
    await setup.api.partners.createFacilitator(facilitatorInput({ name: 'Bruno Lejeune' }));

    const all = ok(await setup.api.partners.facilitators());
    expect(all.map((facilitator) => facilitator.name)).toEqual(['anne Dubois', 'Bruno Lejeune', 'Youssef El Amrani']);
    const ofCripel = ok(await setup.api.partners.facilitators({ partnerId: cripel }));
    expect(ofCripel.map((facilitator) => facilitator.name)).toEqual(['Youssef El Amrani']);
    const searched = ok(await setup.api.partners.facilitators({ search: 'DUBOIS' }));
    expect(searched.map((facilitator) => facilitator.name)).toEqual(['anne Dubois']);

    const moved = await setup.api.partners.updateFacilitator({ id: youssef.id, ...facilitatorInput({ partnerId: miroir, phone: '0470 00 00 00' }) });
    expect(moved).toMatchObject({ ok: true, data: { id: youssef.id, partnerId: miroir, partnerName: 'Cité Miroir', phone: '0470 00 00 00' } });
    expect(await setup.api.partners.deleteFacilitator({ id: youssef.id })).toEqual({ ok: true, data: null });
    expect(await setup.core.db('audit_events').where({ entity: 'facilitator', entity_id: String(youssef.id) }).orderBy('id').pluck('action')).toEqual([
      'facilitator.create',
      'facilitator.update',
      'facilitator.delete',
    ]);
  });

  it('exports the facilitators list as CSV with the same filters, formulas made harmless', async () => {
    const cripel = await createPartner();
    await setup.api.partners.createFacilitator(facilitatorInput({ partnerId: cripel }));
    await setup.api.partners.createFacilitator(facilitatorInput({ name: '=Bruno Lejeune' }));
    const file = ok(await setup.api.partners.exportFacilitatorsCsv());
    expect(file.fileName).toMatch(/^intervenants-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.content.startsWith('\uFEFFNom;Partenaire;E-mail;Téléphone\r\n')).toBe(true);
    expect(file.content).toContain("'=Bruno Lejeune");
    expect(file.content).toContain('Youssef El Amrani;CRIPEL');
    const ofCripel = ok(await setup.api.partners.exportFacilitatorsCsv({ partnerId: cripel }));
    expect(ofCripel.content).not.toContain('Bruno');
  });

  it('deletes a facilitator who led events; the events keep their record', async () => {
    const school = await createSchool(setup.api);
    const facilitator = ok(await setup.api.partners.createFacilitator(facilitatorInput()));
    const eventId = await insertEvent(setup.core, { schoolId: school, facilitatorId: facilitator.id });
    expect(await setup.api.partners.deleteFacilitator({ id: facilitator.id })).toEqual({ ok: true, data: null });
    expect(await setup.core.db('events').where({ id: eventId }).first('facilitator_id')).toEqual({ facilitator_id: null });
  });

  it('refuses an unknown partner on the partnerId field, and unknown facilitators', async () => {
    const before = await directoryCounts(setup.core);
    expect(await setup.api.partners.createFacilitator(facilitatorInput({ partnerId: 999 }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'partnerId', issue: 'not_found' }] },
    });
    expect(await directoryCounts(setup.core)).toEqual(before);
    const notFound = { ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.facilitator' } };
    expect(await setup.api.partners.updateFacilitator({ id: 999, ...facilitatorInput() })).toMatchObject(notFound);
    expect(await setup.api.partners.deleteFacilitator({ id: 999 })).toMatchObject(notFound);
  });
});
