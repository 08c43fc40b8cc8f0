import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../main/dispatch';
import { createTestCore, signInAs, type TestCore } from '../helpers/core';
import { dataOf } from '../helpers/directory';
import { housingCounts, providerInput, unitInput } from '../helpers/housing';
import type { HousingProvider, HousingUnit } from '../../shared/domain/housing/housing-units-api';

let core: TestCore;
let housing: Caller;

beforeEach(async () => {
  core = await createTestCore();
  ({ caller: housing } = await signInAs(core, ['housing']));
});
afterEach(() => core.cleanup());

async function createProvider(changes: Record<string, unknown> = {}): Promise<HousingProvider> {
  return dataOf<HousingProvider>(await core.dispatch(housing, 'housing/createProvider', providerInput(changes)));
}

describe('housing providers', () => {
  it('creates, lists by folded name, searches without accents, filters by kind and updates', async () => {
    const created = await createProvider();
    expect(created).toMatchObject({ kind: 'non_profit', name: 'Habitat et Solidarité', unitCount: 0 });
    await createProvider({ kind: 'citizen_host', name: 'Émile Dubois', email: '', phone: '', address: '' });
    await createProvider({ kind: 'cpas', name: 'CPAS de Liège' });

    const all = dataOf<HousingProvider[]>(await core.dispatch(housing, 'housing/providers', {}));
    expect(all.map((provider) => provider.name)).toEqual(['CPAS de Liège', 'Émile Dubois', 'Habitat et Solidarité']);
    const found = dataOf<HousingProvider[]>(await core.dispatch(housing, 'housing/providers', { search: 'emile' }));
    expect(found.map((provider) => provider.name)).toEqual(['Émile Dubois']);
    const hosts = dataOf<HousingProvider[]>(await core.dispatch(housing, 'housing/providers', { kind: 'citizen_host' }));
    expect(hosts.map((provider) => provider.name)).toEqual(['Émile Dubois']);

    const updated = dataOf<HousingProvider>(
      await core.dispatch(housing, 'housing/updateProvider', { ...providerInput({ kind: 'social_rental_agency', name: 'AIS Liège' }), id: created.id }),
    );
    expect(updated).toMatchObject({ id: created.id, kind: 'social_rental_agency', name: 'AIS Liège' });

    // The audit log names the record, never the provider's name or contact details.
    const audit = await core.db('audit_events').where('entity', 'housing_provider').orderBy('id').select('action', 'entity_id');
    expect(audit.map((row) => row.action)).toEqual(['housing.provider.create', 'housing.provider.create', 'housing.provider.create', 'housing.provider.update']);
    expect(JSON.stringify(await core.db('audit_events').select())).not.toMatch(/Dubois|Lambert|AIS/);
  });

  it.each([
    [{ name: '   ' }, 'name', 'required'],
    [{ email: 'not an address' }, 'email', 'invalid_format'],
    [{ kind: 'landlord' }, 'kind', 'invalid_value'],
  ])('refuses %o, naming %s, and writes nothing', async (changes, path, issue) => {
    const before = await housingCounts(core);
    const result = await core.dispatch(housing, 'housing/createProvider', providerInput(changes));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.fields).toContainEqual(expect.objectContaining({ path, issue }));
    expect(await housingCounts(core)).toEqual(before);
  });

  it('deletes a provider without units, refuses one with units (CONFLICT) and answers NOT_FOUND for an unknown one', async () => {
    const unused = await createProvider({ name: 'Sans logement' });
    expect(await core.dispatch(housing, 'housing/deleteProvider', { id: unused.id })).toEqual({ ok: true, data: null });

    const used = await createProvider();
    dataOf<HousingUnit>(await core.dispatch(housing, 'housing/createUnit', unitInput({ providerId: used.id })));
    expect(dataOf<HousingProvider[]>(await core.dispatch(housing, 'housing/providers', {}))[0]).toMatchObject({ unitCount: 1 });
    const before = await housingCounts(core);
    expect(await core.dispatch(housing, 'housing/deleteProvider', { id: used.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'providerHasUnits', params: { count: 1 } },
    });
    expect(await housingCounts(core)).toEqual(before);

    for (const [channel, input] of [
      ['housing/deleteProvider', { id: 9999 }],
      ['housing/updateProvider', { ...providerInput(), id: 9999 }],
    ] as const) {
      expect(await core.dispatch(housing, channel, input)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.provider' } });
    }
  });

  it('is closed to coordinators and teachers', async () => {
    for (const role of ['coordinator', 'teacher'] as const) {
      const { caller } = await signInAs(core, [role]);
      expect(await core.dispatch(caller, 'housing/providers', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});
