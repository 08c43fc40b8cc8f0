import { describe, expect, it } from 'vitest';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { housingCounts, providerInput, unitFieldsInput, unitInput, type UnitInput } from '../helpers/housing';
import type { InputOf } from '../../shared/api/contract';
import type { HousingUnit } from '../../shared/domain/housing/housing-units-api';

// The fake clock starts on 2026-11-28 (09:00 UTC, 10:00 in Liège).
const setup = useTestCore(['housing']);

async function createUnit(changes: Partial<UnitInput> = {}): Promise<HousingUnit> {
  return ok(await setup.api.housing.createUnit(unitInput(changes)));
}

async function getUnit(id: number): Promise<HousingUnit> {
  return ok(await setup.api.housing.unit({ id }));
}

type UpdateUnitInput = InputOf<'housing', 'updateUnit'>;

/** The update input that leaves a unit as it is, with `changes`. */
function asUpdate(unit: HousingUnit, changes: Partial<UpdateUnitInput> = {}): UpdateUnitInput {
  return {
    id: unit.id,
    ...unitFieldsInput({
      code: unit.code,
      kind: unit.kind,
      address: unit.address,
      providerId: unit.providerId,
      capacity: unit.capacity,
      supports: unit.supports,
      notes: unit.notes,
      citizenStayDays: unit.citizenStayDays,
      lightHousingCriteria: unit.lightHousing?.criteria ?? [],
    }),
    ...changes,
  };
}

async function changeStatus(id: number, status: UnitInput['status'], date: string) {
  return setup.api.housing.changeUnitStatus({ id, status, date });
}

describe('housing units', () => {
  it('creates with provider and supports, reads, lists with filters and searches code, address and provider', async () => {
    const { core, api } = setup;
    const provider = ok(await api.housing.createProvider(providerInput({ name: 'Agence Immobilière Sociale' })));
    const created = await createUnit({
      code: ' ls-0001 ',
      providerId: provider.id,
      supports: [
        { kind: 'works', startDate: '2026-10-05', notes: 'Peinture' },
        { kind: 'rental_guarantee', startDate: null, notes: '' },
      ],
    });
    expect(created).toMatchObject({
      code: 'LS-0001',
      kind: 'logement_transit',
      providerId: provider.id,
      providerName: 'Agence Immobilière Sociale',
      capacity: 4,
      status: 'identified',
      statusDate: '2026-10-01',
      nextStatuses: ['supported', 'closed'],
      citizenStayDays: null,
      effectiveCitizenStayDays: null,
      lightHousing: null,
      rollingLease: null,
    });
    // Supports come back in the order of SUPPORT_KINDS.
    expect(created.supports.map((support) => support.kind)).toEqual(['rental_guarantee', 'works']);
    expect(created.statusHistory).toEqual([{ status: 'identified', date: '2026-10-01', recordedAt: '2026-11-28T09:00:00.000Z' }]);
    expect(await getUnit(created.id)).toEqual(created);

    await createUnit({ code: 'HC-01', kind: 'hebergement_citoyen', address: 'Quai de la Boverie 3, 4020 Liège', capacity: 2, status: 'active' });
    await createUnit({ code: 'BG-01', kind: 'bail_glissant', address: 'Rue Saint-Gilles 90, 4000 Liège', status: 'supported' });

    const list = async (input: InputOf<'housing', 'units'>) => ok(await api.housing.units(input)).map((unit) => unit.code);
    expect(await list({})).toEqual(['BG-01', 'HC-01', 'LS-0001']);
    expect(await list({ kind: 'hebergement_citoyen' })).toEqual(['HC-01']);
    expect(await list({ status: 'supported' })).toEqual(['BG-01']);
    expect(await list({ providerId: provider.id })).toEqual(['LS-0001']);
    expect(await list({ search: 'hc-0' })).toEqual(['HC-01']);
    expect(await list({ search: 'boverie 4020' })).toEqual(['HC-01']);
    expect(await list({ search: 'immobiliere' })).toEqual(['LS-0001']);

    const audit = await core.db('audit_events').where('entity', 'housing_unit').orderBy('id').select('action', 'entity_id');
    expect(audit[0]).toEqual({ action: 'housing.unit.create', entity_id: String(created.id) });
    expect(JSON.stringify(await core.db('audit_events').select())).not.toMatch(/Féronstrée|Peinture|LS-0001/);
  });

  it('updates everything but the status, and keeps kind-specific details only for their kind', async () => {
    const { core, api } = setup;
    const unit = await createUnit({ kind: 'hebergement_citoyen', citizenStayDays: 14, lightHousingCriteria: ['movable'] });
    expect(unit).toMatchObject({ citizenStayDays: 14, effectiveCitizenStayDays: 14, lightHousing: null });

    const updated = ok(await api.housing.updateUnit(asUpdate(unit, { code: 'LS-0002', capacity: 6, citizenStayDays: null })));
    expect(updated).toMatchObject({ code: 'LS-0002', capacity: 6, status: 'identified', citizenStayDays: null, effectiveCitizenStayDays: 28 });

    // The default stay is a setting.
    await core.db('settings').insert({ key: 'housingDeadlines', value: JSON.stringify({ citizenStayDays: 21 }) });
    expect(await getUnit(unit.id)).toMatchObject({ effectiveCitizenStayDays: 21 });

    const moved = ok(await api.housing.updateUnit(asUpdate(updated, { kind: 'logement_transit', citizenStayDays: 10 })));
    expect(moved).toMatchObject({ citizenStayDays: null, effectiveCitizenStayDays: null });
    expect(await core.db('housing_units').where({ id: unit.id }).first('citizen_stay_days', 'light_housing_criteria')).toEqual({
      citizen_stay_days: null,
      light_housing_criteria: null,
    });
    // Unchecked: the status is not a field of updateUnit, which is the point.
    expect(await unchecked(api).housing.updateUnit({ ...asUpdate(updated), status: 'active' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'status', issue: 'unknown_field' }] },
    });
  });

  it('qualifies a habitat léger at 3 of the 9 criteria', async () => {
    const { api } = setup;
    const two = await createUnit({ kind: 'habitat_leger', lightHousingCriteria: ['no_foundations', 'dismantlable'] });
    expect(two.lightHousing).toEqual({ criteria: ['dismantlable', 'no_foundations'], qualifies: false, missing: 1 });
    const three = ok(await api.housing.updateUnit(asUpdate(two, { lightHousingCriteria: ['no_foundations', 'dismantlable', 'small_volume'] })));
    expect(three.lightHousing).toEqual({ criteria: ['dismantlable', 'small_volume', 'no_foundations'], qualifies: true, missing: 0 });
  });

  it.each([
    [{ code: 'BG-01' }, 'code', 'taken'],
    [{ providerId: 9999 }, 'providerId', 'not_found'],
    [{ capacity: 0 }, 'capacity', 'too_small'],
    [{ capacity: 2.5 }, 'capacity', 'invalid_type'],
    [{ code: 'LS 01' }, 'code', 'invalid_format'],
    [{ status: 'closed' }, 'status', 'status_not_allowed'],
    [{ statusDate: '2026-02-30' }, 'statusDate', 'not_a_day'],
    [
      { supports: [{ kind: 'works', startDate: null, notes: '' }, { kind: 'works', startDate: '2026-10-01', notes: '' }] },
      'supports.1.kind',
      'duplicate',
    ],
    [{ lightHousingCriteria: ['floating'] }, 'lightHousingCriteria.0', 'invalid_value'],
  ])('refuses %o, naming %s, and writes nothing', async (changes, path, issue) => {
    const { core, api } = setup;
    await createUnit({ code: 'bg-01' });
    const before = await housingCounts(core);
    // Unchecked: 'floating' is no light-housing criterion, which is the point of one case.
    const result = await unchecked(api).housing.createUnit({ ...unitInput(), ...changes });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.fields?.map((field) => [field.path, field.issue])).toContainEqual([path, issue]);
    expect(await housingCounts(core)).toEqual(before);
  });

  it('walks the life cycle on the right dates, keeps the history and refuses a skipped step or a change back in time', async () => {
    const { core, api } = setup;
    const unit = await createUnit();
    const before = await housingCounts(core);
    expect(await changeStatus(unit.id, 'active', '2026-10-10')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'status', issue: 'status_not_allowed' }] },
    });
    expect(await changeStatus(unit.id, 'supported', '2026-09-30')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'date', issue: 'before_previous_change', params: { date: '2026-10-01' } }] },
    });
    expect(await housingCounts(core)).toEqual(before);

    ok(await changeStatus(unit.id, 'supported', '2026-10-01')); // the same day as the previous change is fine
    ok(await changeStatus(unit.id, 'active', '2026-11-02'));
    ok(await changeStatus(unit.id, 'suspended', '2026-11-20'));
    const active = ok(await changeStatus(unit.id, 'active', '2026-11-27'));
    expect(active).toMatchObject({ status: 'active', statusDate: '2026-11-27', nextStatuses: ['suspended', 'closed'] });
    expect(active.statusHistory.map(({ status, date }) => [status, date])).toEqual([
      ['identified', '2026-10-01'],
      ['supported', '2026-10-01'],
      ['active', '2026-11-02'],
      ['suspended', '2026-11-20'],
      ['active', '2026-11-27'],
    ]);
    const closed = ok(await changeStatus(unit.id, 'closed', '2026-11-28'));
    expect(closed.nextStatuses).toEqual([]);
    expect(await changeStatus(unit.id, 'active', '2026-11-29')).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'status', issue: 'status_not_allowed' }] },
    });
    const recorder = await core.db('housing_unit_status_changes').where({ unit_id: unit.id }).distinct('recorded_by').pluck('recorded_by');
    expect(recorder).toHaveLength(1);
    expect(recorder[0]).not.toBeNull();
    expect(await api.housing.changeUnitStatus({ id: 9999, status: 'active', date: '2026-11-28' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'notFound.unit' },
    });
  });

  it('deletes a unit recorded by mistake, not one with a history', async () => {
    const { core, api } = setup;
    const mistake = await createUnit({ status: 'active' });
    expect(await api.housing.deleteUnit({ id: mistake.id })).toEqual({ ok: true, data: null });
    expect(await core.db('housing_unit_status_changes').where({ unit_id: mistake.id }).count({ n: '*' }).first()).toEqual({ n: 0 });

    const used = await createUnit({ code: 'LS-0009' });
    ok(await changeStatus(used.id, 'supported', '2026-10-20'));
    const before = await housingCounts(core);
    expect(await api.housing.deleteUnit({ id: used.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'unitHasHistory' },
    });
    expect(await housingCounts(core)).toEqual(before);
    expect(await api.housing.deleteUnit({ id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('bail glissant', () => {
  type LeaseInput = InputOf<'housing', 'setRollingLease'>;

  function leaseInput(unitId: number, changes: Partial<LeaseInput> = {}): LeaseInput {
    return {
      unitId,
      operator: 'AIS Liège',
      owner: 'M. Renard',
      subleaseStart: '2026-01-15',
      renewals: [],
      transferDate: null,
      endDate: null,
      outcome: '',
      objectives: 'Gestion du budget, paiement régulier du loyer.',
      reviews: [{ date: '2026-07-01', notes: 'Loyer payé chaque mois.' }],
      ...changes,
    };
  }

  /** Moves the frozen clock, and signs in again (the idle timeout ends sessions across such jumps). */
  async function setClock(iso: string): Promise<void> {
    setup.core.clock.set(iso);
    Object.assign(setup, await signedIn(setup.core, ['housing']));
  }

  async function setLease(unitId: number, changes: Partial<LeaseInput> = {}): Promise<HousingUnit> {
    return ok(await setup.api.housing.setRollingLease(leaseInput(unitId, changes)));
  }

  it('alerts before each yearly due date and before the 3-year maximum, on a frozen clock', async () => {
    const { core } = setup;
    const unit = await createUnit({ kind: 'bail_glissant', status: 'active', statusDate: '2026-01-15' });
    expect(unit.rollingLease).toBeNull();

    // 28 Nov 2026: the 1st due date (15 Jan 2027) is 48 days away, within the 60 days' notice.
    const lease = (await setLease(unit.id)).rollingLease!;
    expect(lease).toMatchObject({
      operator: 'AIS Liège',
      renewalDueDates: ['2027-01-15', '2028-01-15'],
      maximumEnd: '2029-01-15',
      reviews: [{ date: '2026-07-01', notes: 'Loyer payé chaque mois.' }],
    });
    expect(lease.alerts).toEqual([
      { kind: 'renewal_due', dueDate: '2027-01-15', alertDate: '2026-11-16', renewal: 1, overdue: false, daysLeft: 48 },
    ]);

    // The day before the notice starts: nothing yet.
    await setClock('2026-11-15T09:00:00Z');
    expect((await getUnit(unit.id)).rollingLease!.alerts).toEqual([]);
    // The notice is a setting.
    await core.db('settings').insert({ key: 'housingDeadlines', value: JSON.stringify({ rollingLeaseNoticeDays: 90 }) });
    expect((await getUnit(unit.id)).rollingLease!.alerts.map((alert) => alert.dueDate)).toEqual(['2027-01-15']);

    // A missed renewal stays, overdue.
    await setClock('2027-01-20T09:00:00Z');
    expect((await getUnit(unit.id)).rollingLease!.alerts).toMatchObject([{ renewal: 1, overdue: true, daysLeft: -5 }]);

    // Both renewals signed: only the maximum remains, from 90 days before it.
    await setClock('2028-11-01T09:00:00Z');
    const renewed = (await setLease(unit.id, { renewals: ['2027-01-10', '2028-01-12'] })).rollingLease!;
    expect(renewed.renewals).toEqual(['2027-01-10', '2028-01-12']);
    expect(renewed.alerts).toMatchObject([{ kind: 'maximum_reached', dueDate: '2029-01-15', renewal: null, overdue: false }]);

    // Transferred to the occupant: no more alerts.
    const transferred = (await setLease(unit.id, { renewals: ['2027-01-10', '2028-01-12'], transferDate: '2028-10-01', outcome: 'Bail glissé.' }))
      .rollingLease!;
    expect(transferred.alerts).toEqual([]);
    expect(await core.db('rolling_lease_renewals').count({ n: '*' }).first()).toEqual({ n: 2 });
  });

  it.each([
    [{ renewals: ['2027-01-10', '2028-01-10', '2029-01-10'] }, 'renewals', 'too_many'],
    [{ renewals: ['2026-01-01'] }, 'renewals', 'before_start'],
    [{ renewals: ['2028-01-10', '2027-01-10'] }, 'renewals', 'out_of_order'],
    [{ transferDate: '2029-01-16' }, 'transferDate', 'after_maximum'],
    [{ transferDate: '2025-12-31' }, 'transferDate', 'before_start'],
    [{ endDate: '2025-12-31' }, 'endDate', 'end_before_start'],
    [{ reviews: [{ date: '2025-06-01', notes: '' }] }, 'reviews.0.date', 'before_start'],
  ])('refuses %o, naming %s, and writes nothing', async (changes, path, issue) => {
    const { core, api } = setup;
    const unit = await createUnit({ kind: 'bail_glissant' });
    const before = await housingCounts(core);
    const result = await api.housing.setRollingLease(leaseInput(unit.id, changes));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.fields?.map((field) => [field.path, field.issue])).toContainEqual([path, issue]);
    expect(await housingCounts(core)).toEqual(before);
  });

  it('only on a bail glissant unit, whose kind then stays, and which can no longer be deleted', async () => {
    const { core, api } = setup;
    const transit = await createUnit();
    expect(await api.housing.setRollingLease(leaseInput(transit.id))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'unitNotRollingLease' },
    });
    const unit = await createUnit({ code: 'BG-02', kind: 'bail_glissant' });
    await setLease(unit.id);
    const before = await housingCounts(core);
    expect(await api.housing.updateUnit(asUpdate(unit, { kind: 'logement_transit' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'kind', issue: 'has_rolling_lease' }] },
    });
    expect(await api.housing.deleteUnit({ id: unit.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'unitHasHistory' },
    });
    expect(await housingCounts(core)).toEqual(before);
    expect(await api.housing.setRollingLease(leaseInput(9999))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'notFound.unit' },
    });
  });
});
