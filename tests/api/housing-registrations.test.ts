import { describe, expect, it } from 'vitest';
import { ok, useTestCore } from '../helpers/api';
import { housingCounts, personInput, registrationInput, unitInput, type RegistrationInput } from '../helpers/housing';
import type { InputOf } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { HousingHousehold, HousingPerson } from '../../shared/domain/housing/people';
import type { HousingUnit } from '../../shared/domain/housing/housing-units-api';
import type { HousingRegistration } from '../../shared/domain/housing/registrations-api';

const setup = useTestCore(['housing']);

const REFERENCE = 'LG-2026-00417';

async function household(people = [personInput()]): Promise<HousingHousehold> {
  return ok(await setup.api.housing.createHousehold({ size: 3, notes: '', people }));
}

async function person(): Promise<HousingPerson> {
  return (await household()).people[0]!;
}

async function create(personId: number, changes: Partial<RegistrationInput> = {}): Promise<HousingRegistration> {
  return ok(await setup.api.registrations.create(registrationInput(personId, changes)));
}

let unitCounter = 0;
async function activeUnit(): Promise<HousingUnit> {
  unitCounter += 1;
  return ok(await setup.api.housing.createUnit(unitInput({ code: `RG-${unitCounter}`, status: 'active' })));
}

function fieldsOf(result: ApiResult<unknown>) {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('VALIDATION');
  return result.error.fields ?? [];
}

/** The call is refused with exactly these field issues, and nothing at all was written. */
async function refusedWith(call: () => Promise<ApiResult<unknown>>, fields: { path: string; issue: string }[]): Promise<void> {
  const { core } = setup;
  const before = await housingCounts(core);
  const rowsBefore = await core.db('housing_registrations').orderBy('id');
  const result = await call();
  expect(fieldsOf(result).map(({ path, issue }) => ({ path, issue }))).toEqual(fields);
  expect(await housingCounts(core)).toEqual(before);
  expect(await core.db('housing_registrations').orderBy('id')).toEqual(rowsBefore);
}

async function conflictWith(call: () => Promise<ApiResult<unknown>>, reason: string): Promise<void> {
  const { core } = setup;
  const before = await housingCounts(core);
  const rowsBefore = await core.db('housing_registrations').orderBy('id');
  expect(await call()).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason } });
  expect(await housingCounts(core)).toEqual(before);
  expect(await core.db('housing_registrations').orderBy('id')).toEqual(rowsBefore);
}

function auditOf(personId: number) {
  return setup.core.db('housing_audit_log').where({ entity: 'person', entity_id: personId }).orderBy('id').pluck('action');
}

describe('address registrations', () => {
  it('creates, reads (audited as a view), lists (not audited) and updates a registration', async () => {
    const { core, api, userId: housingUserId } = setup;
    const someone = await person();
    const created = await create(someone.id, { notes: 'Passe le mardi' });
    expect(created).toMatchObject({
      kind: 'reference_address_cpas',
      status: 'active',
      personId: someone.id,
      personCode: someone.code,
      householdId: someone.householdId,
      communeReference: REFERENCE,
      notes: 'Passe le mardi',
      startDate: '2026-10-05',
      contactDates: [],
      lastContactDate: null,
      // 5 October + 3 months, the first contact due.
      nextContactDue: '2027-01-05',
    });
    expect(created.openTasks).toEqual([{ kind: 'cpas_contact', fromDate: '2026-10-05', dueDate: '2027-01-05', status: 'upcoming' }]);
    expect(await auditOf(someone.id)).toEqual(['create', 'update']);
    expect(await core.db('audit_events').where({ action: 'housing.registration.create' }).pluck('entity_id')).toEqual([String(created.id)]);

    const listed = ok(await api.registrations.list({}));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: created.id, personCode: someone.code, nextContactDue: '2027-01-05' });
    expect(listed[0]).not.toHaveProperty('communeReference');
    expect(listed[0]).not.toHaveProperty('notes');
    expect(await auditOf(someone.id)).toEqual(['create', 'update']);

    const read = ok(await api.registrations.registration({ id: created.id }));
    expect(read).toEqual(created);
    expect(await auditOf(someone.id)).toEqual(['create', 'update', 'view']);
    const [view] = await core.db('housing_audit_log').where({ action: 'view' });
    expect(view).toMatchObject({ user_id: housingUserId, entity: 'person', entity_id: someone.id });

    const updated = ok(
      await api.registrations.update({
        id: created.id,
        ...registrationInput(someone.id, { communeReference: 'LG-2026-00999', notes: '', forwarding: { receivedDate: '2026-10-01', forwardedDate: '2026-10-03' } }),
      }),
    );
    expect(updated).toMatchObject({ communeReference: 'LG-2026-00999', notes: '', forwarding: { receivedDate: '2026-10-01', forwardedDate: '2026-10-03' } });
    // The forwarding was done in time: a done task, not an open one.
    expect(updated.tasks.map((task) => [task.kind, task.status])).toEqual([
      ['forward_request', 'done'],
      ['cpas_contact', 'upcoming'],
    ]);
    expect(updated.openTasks.map((task) => task.kind)).toEqual(['cpas_contact']);
    expect(await auditOf(someone.id)).toEqual(['create', 'update', 'view', 'update']);
  });

  it('stores the commune reference and the notes encrypted, bound to their column and registration', async () => {
    const { core, api } = setup;
    const someone = await person();
    const first = await create(someone.id, { notes: 'Rendez-vous au guichet 3' });
    const second = await create(someone.id, { communeReference: 'LG-2026-55555' });
    const row = await core.db('housing_registrations').where({ id: first.id }).first();
    expect(JSON.stringify(row)).not.toContain(REFERENCE);
    expect(JSON.stringify(row)).not.toContain('guichet');
    // The other registration's envelope, copied here, does not decrypt: the read fails, nothing leaks.
    const other = await core.db('housing_registrations').where({ id: second.id }).first('commune_reference_enc');
    await core.db('housing_registrations').where({ id: first.id }).update({ commune_reference_enc: other.commune_reference_enc });
    const result = await api.registrations.registration({ id: first.id });
    expect(result.ok ? 'ok' : result.error.code).toBe('INTERNAL');
    expect(JSON.stringify(core.logger.entries)).not.toContain('LG-2026-55555');
  });

  it('lists by kind, status, person, household, unit and code, newest first', async () => {
    const { api } = setup;
    const family = await household([personInput(), personInput({ firstName: 'Ali' })]);
    const [mother, son] = family.people as [HousingPerson, HousingPerson];
    const stranger = await person();
    const unit = await activeUnit();
    const a = await create(mother.id);
    const b = await create(son.id, { kind: 'inscription_provisoire', unitId: unit.id, status: 'requested', decisionDate: null, startDate: null });
    const c = await create(stranger.id, { status: 'ended', endDate: '2026-11-01' });
    const ids = async (filters: InputOf<'registrations', 'list'>) => ok(await api.registrations.list(filters)).map((item) => item.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ kind: 'inscription_provisoire' })).toEqual([b.id]);
    expect(await ids({ status: 'ended' })).toEqual([c.id]);
    expect(await ids({ personId: mother.id })).toEqual([a.id]);
    expect(await ids({ householdId: family.id })).toEqual([b.id, a.id]);
    expect(await ids({ unitId: unit.id })).toEqual([b.id]);
    expect(await ids({ search: son.code.toLowerCase() })).toEqual([b.id]);
    expect(await ids({ search: family.code })).toEqual([b.id, a.id]);
    expect(await ids({ search: '%' })).toEqual([c.id, b.id, a.id]);
    const [withUnit] = ok(await api.registrations.list({ unitId: unit.id }));
    expect(withUnit).toMatchObject({ unitCode: unit.code, householdCode: family.code, personCode: son.code });
  });

  it('refuses an unknown person or unit, and dates that do not hold together, writing nothing', async () => {
    const { core, api } = setup;
    const someone = await person();
    await refusedWith(() => api.registrations.create(registrationInput(999)), [{ path: 'personId', issue: 'not_found' }]);
    await refusedWith(() => api.registrations.create(registrationInput(someone.id, { unitId: 999 })), [{ path: 'unitId', issue: 'not_found' }]);
    await refusedWith(
      () =>
        api.registrations.create(
          registrationInput(someone.id, {
            status: 'ended',
            requestDate: '2026-10-10',
            startDate: '2026-10-05',
            endDate: '2026-10-01',
            forwarding: { receivedDate: '2026-10-01', forwardedDate: '2026-09-30' },
            move: { date: '2026-10-20', declaredDate: '2026-10-19' },
          }),
        ),
      [
        { path: 'endDate', issue: 'end_before_start' },
        { path: 'startDate', issue: 'start_before_request' },
        { path: 'forwarding.forwardedDate', issue: 'before_received' },
        { path: 'move.declaredDate', issue: 'before_move' },
      ],
    );
    // Each status needs its date.
    await refusedWith(() => api.registrations.create(registrationInput(someone.id, { status: 'active', startDate: null })), [{ path: 'startDate', issue: 'required' }]);
    await refusedWith(() => api.registrations.create(registrationInput(someone.id, { status: 'ended', endDate: null })), [{ path: 'endDate', issue: 'required' }]);
    await refusedWith(() => api.registrations.create(registrationInput(someone.id, { status: 'refused', decisionDate: null, startDate: null })), [
      { path: 'decisionDate', issue: 'required' },
    ]);
    expect(await core.db('housing_registrations').count({ n: '*' }).first()).toEqual({ n: 0 });
  });

  it('lets a status change follow requested → active or refused, active → ended, and nothing else', async () => {
    const { api } = setup;
    const someone = await person();
    const requested = await create(someone.id, { status: 'requested', decisionDate: null, startDate: null });
    const update = (id: number, changes: Partial<RegistrationInput>) => ({ id, ...registrationInput(someone.id, changes) });
    await refusedWith(() => api.registrations.update(update(requested.id, { status: 'ended', endDate: '2026-11-01' })), [{ path: 'status', issue: 'status_not_allowed' }]);
    const active = ok(await api.registrations.update(update(requested.id, { status: 'active' })));
    expect(active.status).toBe('active');
    // The same status is always fine (a correction).
    const corrected = ok(await api.registrations.update(update(requested.id, { status: 'active', notes: 'corrigé' })));
    expect(corrected.notes).toBe('corrigé');
    await refusedWith(() => api.registrations.update(update(requested.id, { status: 'requested' })), [{ path: 'status', issue: 'status_not_allowed' }]);
    await refusedWith(() => api.registrations.update(update(requested.id, { status: 'refused' })), [{ path: 'status', issue: 'status_not_allowed' }]);
    await refusedWith(() => api.registrations.update({ id: requested.id, ...registrationInput(999) }), [{ path: 'personId', issue: 'not_found' }]);
    const refused = await create(someone.id, { status: 'requested', decisionDate: null, startDate: null });
    expect(ok(await api.registrations.update(update(refused.id, { status: 'refused', startDate: null }))).status).toBe('refused');
    await refusedWith(() => api.registrations.update(update(refused.id, { status: 'active' })), [{ path: 'status', issue: 'status_not_allowed' }]);
  });

  it('ends an active registration only, not before its start', async () => {
    const { api } = setup;
    const someone = await person();
    const active = await create(someone.id);
    await refusedWith(() => api.registrations.end({ id: active.id, endDate: '2026-10-04' }), [{ path: 'endDate', issue: 'end_before_start' }]);
    const ended = ok(await api.registrations.end({ id: active.id, endDate: '2026-11-20' }));
    expect(ended).toMatchObject({ status: 'ended', endDate: '2026-11-20', openTasks: [] });
    expect(await auditOf(someone.id)).toEqual(['create', 'update', 'update']);
    await conflictWith(() => api.registrations.end({ id: active.id, endDate: '2026-11-25' }), 'registrationNotActive');
    const requested = await create(someone.id, { status: 'requested', startDate: null, decisionDate: null });
    await conflictWith(() => api.registrations.end({ id: requested.id, endDate: '2026-11-25' }), 'registrationNotActive');
  });

  it('records contacts on reference addresses: from the start, within the registration, once a day', async () => {
    const { api } = setup;
    const someone = await person();
    const reference = await create(someone.id, { startDate: '2026-10-05' });
    const contact = (date: string, id = reference.id) => ({ registrationId: id, date });
    const after = ok(await api.registrations.recordContact(contact('2026-11-20')));
    expect(after).toMatchObject({ contactDates: ['2026-11-20'], lastContactDate: '2026-11-20', nextContactDue: '2027-02-20' });
    expect(await auditOf(someone.id)).toEqual(['create', 'update', 'update']);
    await refusedWith(() => api.registrations.recordContact(contact('2026-11-20')), [{ path: 'date', issue: 'duplicate' }]);
    await refusedWith(() => api.registrations.recordContact(contact('2026-10-04')), [{ path: 'date', issue: 'before_start' }]);
    const dwelling = await create(someone.id, { kind: 'temporary_address_nonprofit' });
    await refusedWith(() => api.registrations.recordContact(contact('2026-11-20', dwelling.id)), [{ path: 'registrationId', issue: 'not_reference_address' }]);
    const requested = await create(someone.id, { kind: 'reference_address_private', status: 'requested', startDate: null, decisionDate: null });
    await refusedWith(() => api.registrations.recordContact(contact('2026-11-20', requested.id)), [{ path: 'date', issue: 'before_start' }]);
    const ended = await create(someone.id, { status: 'ended', endDate: '2026-11-01' });
    await refusedWith(() => api.registrations.recordContact(contact('2026-11-02', ended.id)), [{ path: 'date', issue: 'after_end' }]);

    await api.registrations.recordContact(contact('2026-10-30'));
    const removed = ok(await api.registrations.deleteContact(contact('2026-11-20')));
    expect(removed).toMatchObject({ contactDates: ['2026-10-30'], lastContactDate: '2026-10-30', nextContactDue: '2027-01-30' });
    await refusedWith(() => api.registrations.deleteContact(contact('2026-11-20')), [{ path: 'date', issue: 'not_found' }]);
  });

  it('deletes a registration still requested; an active one (with a contact) is kept', async () => {
    const { core, api } = setup;
    const someone = await person();
    const active = await create(someone.id);
    await api.registrations.recordContact({ registrationId: active.id, date: '2026-11-01' });
    await conflictWith(() => api.registrations.delete({ id: active.id }), 'registrationNotRequested');
    const mistake = await create(someone.id, { status: 'requested', startDate: null, decisionDate: null });
    expect(ok(await api.registrations.delete({ id: mistake.id }))).toBeNull();
    expect(await core.db('housing_registrations').pluck('id')).toEqual([active.id]);
    expect(await core.db('audit_events').where({ action: 'housing.registration.delete' }).pluck('entity_id')).toEqual([String(mistake.id)]);
  });

  it('answers NOT_FOUND for an unknown registration or placement on every channel', async () => {
    const { api } = setup;
    for (const call of [
      () => api.registrations.registration({ id: 999 }),
      () => api.registrations.update({ id: 999, ...registrationInput(1) }),
      () => api.registrations.end({ id: 999, endDate: '2026-11-02' }),
      () => api.registrations.recordContact({ registrationId: 999, date: '2026-11-02' }),
      () => api.registrations.deleteContact({ registrationId: 999, date: '2026-11-02' }),
      () => api.registrations.delete({ id: 999 }),
    ]) {
      expect(await call()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.registration' } });
    }
    expect(await api.registrations.endProposals({ placementId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'notFound.placement' },
    });
  });

  it('proposes to end the active dwelling registrations of the household at the unit its placement left', async () => {
    const { api } = setup;
    const family = await household([personInput(), personInput({ firstName: 'Ali' })]);
    const [mother, son] = family.people as [HousingPerson, HousingPerson];
    const neighbour = await person();
    const [unit, elsewhere] = [await activeUnit(), await activeUnit()];
    const stay = ok(await api.housing.createPlacement({ unitId: unit.id, householdId: family.id, places: 2, start: '2026-11-01', plannedEnd: '2026-11-20', notes: '' }));
    const dwelling: Partial<RegistrationInput> = { kind: 'inscription_provisoire', unitId: unit.id, startDate: '2026-11-02', requestDate: '2026-11-01', decisionDate: '2026-11-02' };
    const motherThere = await create(mother.id, dwelling);
    const sonThere = await create(son.id, { ...dwelling, kind: 'temporary_address_nonprofit' });
    await create(son.id, { ...dwelling, unitId: elsewhere.id });
    await create(son.id, { ...dwelling, status: 'ended', endDate: '2026-11-05' });
    await create(mother.id, { unitId: unit.id });
    await create(neighbour.id, dwelling);
    await api.housing.endPlacement({ id: stay.id, actualEnd: '2026-11-10', endReason: 'returned' });
    const proposals = ok(await api.registrations.endProposals({ placementId: stay.id }));
    expect(proposals.map((item) => item.id)).toEqual([motherThere.id, sonThere.id]);
    expect(proposals[0]).not.toHaveProperty('communeReference');
  });

  it('keeps an erased person’s registration, anonymous, with its reference and notes blanked', async () => {
    const { core, api } = setup;
    const someone = await person();
    const registration = await create(someone.id, { notes: 'Téléphone du frère' });
    await api.registrations.recordContact({ registrationId: registration.id, date: '2026-11-01' });
    const envelopeBefore = (await core.db('housing_registrations').where({ id: registration.id }).first()).commune_reference_enc;
    expect(ok(await api.housing.erasePerson({ id: someone.id }))).toBeNull();

    const row = await core.db('housing_registrations').where({ id: registration.id }).first();
    expect(row.person_id).toBeNull();
    expect(row.commune_reference_enc).not.toBe(envelopeBefore);
    const auditBefore = await core.db('housing_audit_log').count({ n: '*' }).first();
    const read = ok(await api.registrations.registration({ id: registration.id }));
    expect(read).toMatchObject({ personId: null, personCode: null, householdId: null, communeReference: '', notes: '', contactDates: ['2026-11-01'], status: 'active' });
    // Nobody to audit a view of.
    expect(await core.db('housing_audit_log').count({ n: '*' }).first()).toEqual(auditBefore);
    const [listed] = ok(await api.registrations.list({}));
    expect(listed).toMatchObject({ id: registration.id, personId: null, personCode: null });
  });
});
