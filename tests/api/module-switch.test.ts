import { describe, expect, it } from 'vitest';
import { ok, unchecked, useTestCore } from '../helpers/api';
import { unitInput } from '../helpers/housing';
import { contract, type Domain } from '../../shared/api/contract';
import { DOMAIN_MODULES } from '../../shared/api/domain-modules';

// A user with every role, so that only the module switch can refuse.
const setup = useTestCore(['admin', 'coordinator', 'housing']);

const domainsOf = (module: 'schools' | 'housing'): Domain[] =>
  (Object.keys(contract) as Domain[]).filter((domain) => DOMAIN_MODULES[domain] === module);

describe('the module switch on the server side', () => {
  it('refuses every channel of a module switched off, to every role, and answers them again once it is back', async () => {
    const { api } = setup;
    const unit = ok(await api.housing.createUnit(unitInput()));
    ok(await api.settings.update({ idleMinutes: 15, modules: ['schools'] }));

    const loose = unchecked(api) as unknown as Record<string, Record<string, (input?: unknown) => Promise<{ ok: boolean; error?: { code: string; reason?: string } }>>>;
    let refused = 0;
    for (const domain of domainsOf('housing')) {
      for (const action of Object.keys(contract[domain])) {
        // Whatever the input: the switch is checked before it is read.
        const result = await loose[domain]![action]!({});
        expect(result, `${domain}.${action}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'moduleOff' } });
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(20);
    // The other module, and what every install has, still answer.
    ok(await api.schools.list({}));
    ok(await api.settings.get());

    ok(await api.settings.update({ idleMinutes: 15, modules: ['schools', 'housing'] }));
    expect(ok(await api.housing.unit({ id: unit.id })).code).toBe(unit.code);
  });

  it('refuses the schools programme on an install that runs housing only', async () => {
    const { api } = setup;
    ok(await api.settings.update({ idleMinutes: 15, modules: ['housing'] }));
    expect(domainsOf('schools').length).toBeGreaterThan(5);
    expect(await api.schools.list({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'moduleOff' } });
    expect(await api.loans.list({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'moduleOff' } });
    ok(await api.housing.units({}));
  });
});
