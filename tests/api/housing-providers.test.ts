import { describe, expect, it } from 'vitest';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { housingCounts, providerInput, unitInput, type ProviderInput } from '../helpers/housing';
import type { HousingProvider } from '../../shared/domain/housing/housing-units-api';

const setup = useTestCore(['housing']);

async function createProvider(changes: Partial<ProviderInput> = {}): Promise<HousingProvider> {
  return ok(await setup.api.housing.createProvider(providerInput(changes)));
}

describe('housing providers', () => {
  it('creates, lists by folded name, searches without accents, filters by kind and updates', async () => {
    const { core, api } = setup;
    const created = await createProvider();
    expect(created).toMatchObject({ kind: 'non_profit', name: 'Habitat et Solidarité', unitCount: 0 });
    await createProvider({ kind: 'citizen_host', name: 'Émile Dubois', email: '', phone: '', address: '' });
    await createProvider({ kind: 'cpas', name: 'CPAS de Liège' });

    const all = ok(await api.housing.providers({}));
    expect(all.map((provider) => provider.name)).toEqual(['CPAS de Liège', 'Émile Dubois', 'Habitat et Solidarité']);
    const found = ok(await api.housing.providers({ search: 'emile' }));
    expect(found.map((provider) => provider.name)).toEqual(['Émile Dubois']);
    const hosts = ok(await api.housing.providers({ kind: 'citizen_host' }));
    expect(hosts.map((provider) => provider.name)).toEqual(['Émile Dubois']);

    const updated = ok(await api.housing.updateProvider({ ...providerInput({ kind: 'social_rental_agency', name: 'AIS Liège' }), id: created.id }));
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
    const { core, api } = setup;
    const before = await housingCounts(core);
    // Unchecked: 'landlord' is not a provider kind, which is the point.
    const result = await unchecked(api).housing.createProvider({ ...providerInput(), ...changes });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.fields).toContainEqual(expect.objectContaining({ path, issue }));
    expect(await housingCounts(core)).toEqual(before);
  });

  it('deletes a provider without units, refuses one with units (CONFLICT) and answers NOT_FOUND for an unknown one', async () => {
    const { core, api } = setup;
    const unused = await createProvider({ name: 'Sans logement' });
    expect(await api.housing.deleteProvider({ id: unused.id })).toEqual({ ok: true, data: null });

    const used = await createProvider();
    ok(await api.housing.createUnit(unitInput({ providerId: used.id })));
    expect(ok(await api.housing.providers({}))[0]).toMatchObject({ unitCount: 1 });
    const before = await housingCounts(core);
    expect(await api.housing.deleteProvider({ id: used.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'providerHasUnits', params: { count: 1 } },
    });
    expect(await housingCounts(core)).toEqual(before);

    for (const call of [() => api.housing.deleteProvider({ id: 9999 }), () => api.housing.updateProvider({ ...providerInput(), id: 9999 })]) {
      expect(await call()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.provider' } });
    }
  });

  it('is closed to coordinators and teachers', async () => {
    for (const role of ['coordinator', 'teacher'] as const) {
      const { api } = await signedIn(setup.core, [role]);
      expect(await api.housing.providers({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});
