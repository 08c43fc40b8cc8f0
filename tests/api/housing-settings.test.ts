import { describe, expect, it } from 'vitest';
import { tableCounts } from '../helpers/core';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { housingCounts, unitInput } from '../helpers/housing';
import type { ApiResult } from '../../shared/api/result';
import { DEFAULT_HOUSING_DEADLINES, type HousingDeadlineSettings } from '../../shared/domain/housing/deadlines';
import type { HousingHousehold } from '../../shared/domain/housing/people';

// The fake clock starts on 2026-11-28 (09:00 UTC).
const setup = useTestCore(['housing']);

async function get(): Promise<HousingDeadlineSettings> {
  return ok(await setup.api.housingSettings.get({}));
}

function update(changes: Partial<HousingDeadlineSettings>): Promise<ApiResult<HousingDeadlineSettings>> {
  return setup.api.housingSettings.update({ ...DEFAULT_HOUSING_DEADLINES, ...changes });
}

async function allCounts() {
  return { ...(await housingCounts(setup.core)), ...(await tableCounts(setup.core)) };
}

describe('housing deadline settings', () => {
  it('answers the defaults before anything is saved', async () => {
    const { core } = setup;
    expect(await get()).toEqual({
      forwardDays: 5,
      contactMonths: 3,
      moveDeclarationDays: 8,
      policeCheckDays: 15,
      strikeOffMonths: 6,
      citizenStayDays: 28,
      dueSoonDays: 7,
      rollingLeaseNoticeDays: 60,
    });
    expect(await core.db('settings').where({ key: 'housingDeadlines' })).toEqual([]);
  });

  it('saves every length, answers them, and audits the change without values', async () => {
    const { core } = setup;
    const changed = { ...DEFAULT_HOUSING_DEADLINES, forwardDays: 4, contactMonths: 2, citizenStayDays: 21, dueSoonDays: 0, rollingLeaseNoticeDays: 90 };
    expect(ok(await update(changed))).toEqual(changed);
    expect(await get()).toEqual(changed);
    const row = await core.db('settings').where({ key: 'housingDeadlines' }).first('value');
    expect(JSON.parse(row.value)).toEqual(changed);

    // A second save replaces the row, it does not add one.
    expect(ok(await update({ forwardDays: 6 }))).toEqual({ ...DEFAULT_HOUSING_DEADLINES, forwardDays: 6 });
    expect(await core.db('settings').where({ key: 'housingDeadlines' })).toHaveLength(1);

    const events = await core.db('audit_events').where({ action: 'housingSettings.update' });
    expect(events).toHaveLength(2);
    expect(events.map((event: { entity: string; entity_id: string | null }) => [event.entity, event.entity_id])).toEqual([
      ['settings', null],
      ['settings', null],
    ]);
  });

  it.each([
    ['forwardDays', 0, 'too_small'],
    ['forwardDays', 91, 'too_big'],
    ['contactMonths', 25, 'too_big'],
    ['citizenStayDays', 0, 'too_small'],
    ['dueSoonDays', -1, 'too_small'],
    ['rollingLeaseNoticeDays', 366, 'too_big'],
    ['policeCheckDays', 2.5, 'invalid_type'],
    ['strikeOffMonths', '6', 'invalid_type'],
  ] as const)('refuses %s = %s, naming the field (%s), and writes nothing', async (field, value, issue) => {
    await update({ forwardDays: 4 });
    const before = await allCounts();
    // Unchecked: '6' is not even a number, which is the point of one case.
    const result = await unchecked(setup.api).housingSettings.update({ ...DEFAULT_HOUSING_DEADLINES, [field]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.map((error) => error.path)).toEqual([field]);
    expect(result.error.fields?.[0]?.issue).toBe(issue);
    expect(await allCounts()).toEqual(before);
    expect(await get()).toEqual({ ...DEFAULT_HOUSING_DEADLINES, forwardDays: 4 });
  });

  it('refuses a missing length and an unknown one', async () => {
    const { api } = setup;
    const before = await allCounts();
    const { citizenStayDays: _omitted, ...missing } = DEFAULT_HOUSING_DEADLINES;
    // Unchecked: one length missing, then one unknown, on purpose.
    const refused = await unchecked(api).housingSettings.update(missing);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'citizenStayDays' }] } });
    const unknown = await unchecked(api).housingSettings.update({ ...DEFAULT_HOUSING_DEADLINES, graceDays: 3 });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await allCounts()).toEqual(before);
  });

  it('is for housing staff only', async () => {
    const before = await allCounts();
    for (const roles of [['coordinator'], ['teacher'], ['admin']] as const) {
      const { api } = await signedIn(setup.core, [...roles]);
      const counts = await allCounts();
      expect(await api.housingSettings.get({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await api.housingSettings.update(DEFAULT_HOUSING_DEADLINES)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await allCounts()).toEqual(counts);
    }
    expect((await allCounts()).settings).toBe(before.settings);
  });
});

describe('the settings in force', () => {
  async function household(): Promise<HousingHousehold> {
    return ok(await setup.api.housing.createHousehold({ size: 2, notes: '', people: [] }));
  }

  it('a changed citizenStayDays changes the default planned end of a new hébergement citoyen placement', async () => {
    const { api } = setup;
    const unit = ok(await api.housing.createUnit(unitInput({ code: 'HC-1', kind: 'hebergement_citoyen', status: 'active', citizenStayDays: null })));
    const placement = (plannedEnd: null, householdId: number, start: string) =>
      api.housing.createPlacement({ unitId: unit.id, householdId, places: 1, start, plannedEnd, notes: '' });
    const first = ok(await placement(null, (await household()).id, '2026-11-03'));
    expect(first.plannedEnd).toBe('2026-12-01'); // 28 days

    ok(await update({ citizenStayDays: 14 }));
    const second = ok(await placement(null, (await household()).id, '2026-11-03'));
    expect(second.plannedEnd).toBe('2026-11-17'); // 14 days
    // The stay already recorded keeps its planned end.
    const firstAgain = ok(await api.housing.placements({ unitId: unit.id }));
    expect(firstAgain.find((row) => row.id === first.id)?.plannedEnd).toBe('2026-12-01');
  });

  it('a changed rollingLeaseNoticeDays changes a bail glissant alert', async () => {
    const { api } = setup;
    const unit = ok(await api.housing.createUnit(unitInput({ code: 'BG-1', kind: 'bail_glissant', status: 'active', statusDate: '2026-01-15' })));
    const lease = {
      unitId: unit.id,
      operator: 'AIS Liège',
      owner: 'M. Renard',
      subleaseStart: '2026-03-01',
      renewals: [],
      transferDate: null,
      endDate: null,
      outcome: '',
      objectives: 'Paiement régulier du loyer.',
      reviews: [],
    };
    // 28 Nov 2026 → first due date 1 March 2027 is 93 days away: outside the default 60 days' notice.
    const set = ok(await api.housing.setRollingLease(lease));
    expect(set.rollingLease?.alerts).toEqual([]);

    ok(await update({ rollingLeaseNoticeDays: 120 }));
    const read = ok(await api.housing.unit({ id: unit.id }));
    expect(read.rollingLease?.alerts).toEqual([
      { kind: 'renewal_due', dueDate: '2027-03-01', alertDate: '2026-11-01', renewal: 1, overdue: false, daysLeft: 93 },
    ]);
  });
});
