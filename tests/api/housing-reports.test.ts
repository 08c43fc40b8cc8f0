import { describe, expect, it } from 'vitest';
import { ok, useTestCore } from '../helpers/api';
import { housingCounts, personInput, unitInput, type PersonInput, type RegistrationInput, type UnitInput } from '../helpers/housing';
import type { InputOf } from '../../shared/api/contract';
import type { HousingUnit } from '../../shared/domain/housing/housing-units-api';
import type { HousingHousehold } from '../../shared/domain/housing/people';
import { activeNights } from '../../main/services/housing/reports';

/**
 * housingReports/home and housingReports/report through dispatch on a real SQLite database. Every expected
 * number is worked out by hand in the comments from the data built here through the housing channels. Today is
 * the test clock's 28 November 2026.
 */

const setup = useTestCore(['housing']);

async function unit(code: string, kind: UnitInput['kind'], capacity: number, status: UnitInput['status'], statusDate: string): Promise<HousingUnit> {
  return ok(await setup.api.housing.createUnit(unitInput({ code, kind, capacity, status, statusDate })));
}

async function household(size = 2, people: PersonInput[] = []): Promise<HousingHousehold> {
  return ok(await setup.api.housing.createHousehold({ size, notes: '', people }));
}

type EndReason = InputOf<'housing', 'endPlacement'>['endReason'];

async function place(unitId: number, places: number, start: string, plannedEnd: string | null, ended?: { on: string; reason: EndReason }) {
  const { id: householdId } = await household(places);
  const placement = ok(await setup.api.housing.createPlacement({ unitId, householdId, places, start, plannedEnd, notes: '' }));
  if (ended) ok(await setup.api.housing.endPlacement({ id: placement.id, actualEnd: ended.on, endReason: ended.reason }));
  return placement;
}

const report = async (from: string, to: string) => ok(await setup.api.housingReports.report({ from, to }));
const row = <R extends { kind: string }>(rows: R[], kind: string) => rows.find((r) => r.kind === kind)!;

/**
 * Four units and seven placements:
 * - HC-1 hébergement citoyen, 4 places: identified 10 Jan 2026, supported 1 Feb, active 1 Mar.
 * - LT-2 logement de transit, 3 places: active since 1 Dec 2025 (identified and supported before 2026).
 * - BG-3 bail glissant, 2 places: identified 5 May 2026, still identified.
 * - LT-4 logement de transit, 2 places: recorded active 1 Jun 2026, suspended 1 Sep (empty by then).
 * Placements (places, nights in 2026):
 * - HC-1: 2 p. 10→20 Mar, returned (10 nights: 20 bed-nights); 3 p. from 20 Nov, default end 18 Dec (9 nights to
 *   28 Nov included: 27).
 * - LT-2: 1 p. from 15 Dec 2025, open-ended (332 nights: 332); 1 p. 1→11 Feb moved to housing (10); 1 p. 1→6 Apr
 *   moved to housing (5); 2 p. 1→4 Jul, other (3 nights: 6).
 * - LT-4: 2 p. 10 Jun→10 Aug, moved to housing (21 + 31 + 9 = 61 nights: 122).
 */
async function buildHousing() {
  const hc = await unit('HC-1', 'hebergement_citoyen', 4, 'identified', '2026-01-10');
  ok(await setup.api.housing.changeUnitStatus({ id: hc.id, status: 'supported', date: '2026-02-01' }));
  ok(await setup.api.housing.changeUnitStatus({ id: hc.id, status: 'active', date: '2026-03-01' }));
  const lt = await unit('LT-2', 'logement_transit', 3, 'active', '2025-12-01');
  await unit('BG-3', 'bail_glissant', 2, 'identified', '2026-05-05');
  const lt4 = await unit('LT-4', 'logement_transit', 2, 'active', '2026-06-01');

  await place(hc.id, 2, '2026-03-10', null, { on: '2026-03-20', reason: 'returned' });
  await place(hc.id, 3, '2026-11-20', null);
  await place(lt.id, 1, '2025-12-15', null);
  await place(lt.id, 1, '2026-02-01', '2026-03-01', { on: '2026-02-11', reason: 'moved_to_housing' });
  await place(lt.id, 1, '2026-04-01', '2026-05-01', { on: '2026-04-06', reason: 'moved_to_housing' });
  await place(lt.id, 2, '2026-07-01', '2026-08-01', { on: '2026-07-04', reason: 'other' });
  await place(lt4.id, 2, '2026-06-10', '2026-09-01', { on: '2026-08-10', reason: 'moved_to_housing' });
  ok(await setup.api.housing.changeUnitStatus({ id: lt4.id, status: 'suspended', date: '2026-09-01' }));
  return { hc, lt };
}

describe('housing report', () => {
  it('counts units, places, occupancy and placements of 2026 as worked out by hand', async () => {
    await buildHousing();
    const data = await report('2026-01-01', '2026-11-28');
    expect(data).toMatchObject({ from: '2026-01-01', to: '2026-11-28', today: '2026-11-28', nights: 332 });

    // Identified in 2026: HC-1, BG-3, LT-4 (LT-2 was recorded in 2025). Supported in 2026: HC-1 (1 Feb), LT-4 (1 Jun).
    expect(row(data.units.byKind, 'hebergement_citoyen')).toEqual({ kind: 'hebergement_citoyen', identified: 1, supported: 1, openAtEnd: 1, activeAtEnd: 1, places: 4 });
    expect(row(data.units.byKind, 'logement_transit')).toEqual({ kind: 'logement_transit', identified: 1, supported: 1, openAtEnd: 2, activeAtEnd: 1, places: 3 });
    expect(row(data.units.byKind, 'bail_glissant')).toEqual({ kind: 'bail_glissant', identified: 1, supported: 0, openAtEnd: 1, activeAtEnd: 0, places: 0 });
    expect(row(data.units.byKind, 'habitat_leger')).toEqual({ kind: 'habitat_leger', identified: 0, supported: 0, openAtEnd: 0, activeAtEnd: 0, places: 0 });
    expect(data.units.byKind).toHaveLength(9);
    expect(data.units.total).toEqual({ identified: 3, supported: 2, openAtEnd: 4, activeAtEnd: 2, places: 7 });
    expect(data.units.byStatusAtEnd).toEqual({ identified: 1, supported: 0, active: 2, suspended: 1, closed: 0 });

    // Active nights: HC-1 1 Mar → 28 Nov = 332 − 59 = 273 (× 4 = 1092); LT-2 all 332 (× 3 = 996); LT-4 June, July,
    // August = 92 (× 2 = 184). Bed-nights: HC 20 + 27 = 47; LT 332 + 10 + 5 + 6 + 122 = 475.
    expect(row(data.occupancy.byKind, 'hebergement_citoyen')).toEqual({ kind: 'hebergement_citoyen', activeUnits: 1, placeNights: 1092, bedNights: 47, rate: 47 / 1092 });
    expect(row(data.occupancy.byKind, 'logement_transit')).toEqual({ kind: 'logement_transit', activeUnits: 2, placeNights: 1180, bedNights: 475, rate: 475 / 1180 });
    expect(row(data.occupancy.byKind, 'bail_glissant')).toEqual({ kind: 'bail_glissant', activeUnits: 0, placeNights: 0, bedNights: 0, rate: null });
    expect(data.occupancy.total).toEqual({ activeUnits: 3, placeNights: 2272, bedNights: 522, rate: 522 / 2272 });

    // Started in 2026: 6 (HC 2, LT 4; the open-ended LT-2 stay began in 2025), 11 people. Ended: 5 (HC 1, LT 4),
    // of 5 different households: returned 1, moved to housing 3, other 1. Placements are procedures: exact.
    expect(data.placements.total).toEqual({ started: { value: 6 }, ended: { value: 5 } });
    expect(data.placements.peopleArrived).toEqual({ value: 11 });
    expect(row(data.placements.byKind, 'hebergement_citoyen')).toEqual({ kind: 'hebergement_citoyen', started: { value: 2 }, ended: { value: 1 } });
    expect(row(data.placements.byKind, 'logement_transit')).toEqual({ kind: 'logement_transit', started: { value: 4 }, ended: { value: 4 } });
    expect(row(data.placements.byKind, 'bail_glissant')).toEqual({ kind: 'bail_glissant', started: { value: 0 }, ended: { value: 0 } });
    expect(Object.fromEntries(data.placements.endedByReason.map((r) => [r.reason, r.count]))).toEqual({
      moved_to_housing: { value: 3 },
      returned: { value: 1 },
      transferred: { value: 0 },
      left_without_notice: { value: 0 },
      evicted: { value: 0 },
      other: { value: 1 },
    });
    // No code of a unit, a household or a person anywhere in the answer.
    expect(JSON.stringify(data)).not.toMatch(/HC-1|LT-2|M-[0-9A-Z]{4}|P-[0-9A-Z]{4}/);
  });

  it('withholds why stays ended when fewer than five households ended one, zeros included, and counts March alone', async () => {
    await buildHousing();
    const march = await report('2026-03-01', '2026-03-31');
    expect(march.nights).toBe(31);
    // HC-1 became active on 1 Mar (31 × 4 = 124), LT-2 (31 × 3 = 93); bed-nights: HC 20, LT-2's open stay 31.
    expect(march.occupancy.total).toEqual({ activeUnits: 2, placeNights: 217, bedNights: 51, rate: 51 / 217 });
    expect(march.units.total).toMatchObject({ identified: 0, supported: 0 });
    // One stay started and ended (HC, returned, 2 people): counted exactly, but nothing says why it ended, and the
    // people who arrived are "< 5".
    expect(march.placements.total).toEqual({ started: { value: 1 }, ended: { value: 1 } });
    expect(row(march.placements.byKind, 'hebergement_citoyen')).toEqual({ kind: 'hebergement_citoyen', started: { value: 1 }, ended: { value: 1 } });
    expect(march.placements.peopleArrived).toEqual({ lessThan: 5 });
    expect(march.placements.endedByReason.every((r) => r.count === null)).toBe(true);
  });

  it('answers a period with nothing in it with zeros and no rate', async () => {
    const empty = await report('2026-01-01', '2026-01-01');
    expect(empty.nights).toBe(1);
    expect(empty.units.total).toEqual({ identified: 0, supported: 0, openAtEnd: 0, activeAtEnd: 0, places: 0 });
    expect(empty.occupancy.total).toEqual({ activeUnits: 0, placeNights: 0, bedNights: 0, rate: null });
    expect(empty.placements.total).toEqual({ started: { value: 0 }, ended: { value: 0 } });
    expect(empty.placements.endedByReason.every((r) => 'value' in r.count! && r.count.value === 0)).toBe(true);
    expect(empty.registrations.total).toEqual({ requested: { value: 0 }, started: { value: 0 }, inForce: { value: 0 }, ended: { value: 0 } });
    expect(empty.deadlines.total).toEqual({ due: { value: 0 }, met: { value: 0 }, missed: { value: 0 }, open: { value: 0 } });
  });

  it('refuses a period ending before it starts, on the field `to`, for the report and its PDF, writing nothing', async () => {
    const { core, api } = setup;
    const before = await housingCounts(core);
    for (const refused of [
      await api.housingReports.report({ from: '2026-03-02', to: '2026-03-01' }),
      await api.housingReports.reportPdf({ from: '2026-03-02', to: '2026-03-01', language: 'en' }),
    ]) {
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe('VALIDATION');
        expect(refused.error.fields).toEqual([{ path: 'to', issue: 'end_before_start' }]);
      }
    }
    expect(await housingCounts(core)).toEqual(before);
  });

  it('counts registrations by kind and their deadlines met, missed and open', async () => {
    const { api } = setup;
    const people = Array.from({ length: 7 }, (_, i) => personInput({ firstName: `Personne${i}` }));
    const { people: [first, ...others] } = await household(7, people);
    const registration = async (personId: number, changes: Partial<RegistrationInput>) =>
      ok(await api.registrations.create({
        kind: 'reference_address_cpas', status: 'active', personId, unitId: null, requestDate: '2026-01-05', decisionDate: null,
        startDate: '2026-01-15', endDate: null, communeReference: '', notes: '', forwarding: null, move: null,
        policeCheckDate: null, absence: null, ...changes,
      }));
    // Six reference addresses at the CPAS started 15 Jan: a contact is due 15 Apr. Four came on 10 Mar (met) and
    // owe the next by 10 Jun (missed: today is 28 Nov); two never came (missed).
    for (const [index, person] of others.entries()) {
      const created = await registration(person!.id, {});
      if (index < 4) ok(await api.registrations.recordContact({ registrationId: created.id, date: '2026-03-10' }));
    }
    // An inscription provisoire asked on 20 Nov: the police check is due 5 Dec (open, and due this week).
    await registration(first!.id, { kind: 'inscription_provisoire', requestDate: '2026-11-20', startDate: '2026-11-21' });

    const year = await report('2026-01-01', '2026-11-28');
    expect(row(year.registrations.byKind, 'reference_address_cpas')).toEqual({
      kind: 'reference_address_cpas', requested: { value: 6 }, started: { value: 6 }, inForce: { value: 6 }, ended: { value: 0 },
    });
    expect(row(year.registrations.byKind, 'inscription_provisoire')).toEqual({
      kind: 'inscription_provisoire', requested: { value: 1 }, started: { value: 1 }, inForce: { value: 1 }, ended: { value: 0 },
    });
    expect(year.registrations.total).toEqual({ requested: { value: 7 }, started: { value: 7 }, inForce: { value: 7 }, ended: { value: 0 } });
    // Contacts due in the period: 6 on 15 Apr (4 met, 2 missed) and 4 on 10 Jun (missed), for 6 people: shown
    // exactly. The police check falls due after it.
    expect(row(year.deadlines.byKind, 'cpas_contact')).toEqual({ kind: 'cpas_contact', due: { value: 10 }, met: { value: 4 }, missed: { value: 6 }, open: { value: 0 } });
    expect(row(year.deadlines.byKind, 'police_check')).toEqual({ kind: 'police_check', due: { value: 0 }, met: { value: 0 }, missed: { value: 0 }, open: { value: 0 } });
    expect(year.deadlines.total).toEqual({ due: { value: 10 }, met: { value: 4 }, missed: { value: 6 }, open: { value: 0 } });

    // To the end of the year: the police check is still open, one person's (withheld, but counted), and the total's
    // split is withheld too, since it would give that row's outcome back.
    const toDecember = await report('2026-11-01', '2026-12-31');
    expect(row(toDecember.deadlines.byKind, 'police_check')).toEqual({ kind: 'police_check', due: { value: 1 }, met: null, missed: null, open: null });
    expect(toDecember.deadlines.total).toEqual({ due: { value: 1 }, met: null, missed: null, open: null });
    expect(JSON.stringify(year) + JSON.stringify(toDecember)).not.toMatch(/P-[0-9A-Z]{4}|M-[0-9A-Z]{4}|Personne/);
  });

  it('makes a PDF file named after the period and records the export without figures', async () => {
    const { core, api } = setup;
    const file = ok(await api.housingReports.reportPdf({ from: '2026-01-01', to: '2026-11-28', language: 'fr' }));
    expect(file).toMatchObject({ fileName: 'rapport-logement-2026-01-01-2026-11-28.pdf', mimeType: 'application/pdf', encoding: 'base64' });
    expect(Buffer.from(file.content, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const events = await core.db('audit_events').where({ action: 'housing.report.export' });
    expect(events).toHaveLength(1);
  });
});

describe('housing home', () => {
  it('shows tasks due this week or late, units by status, free places tonight and households waiting', async () => {
    const { api } = setup;
    const { hc, lt } = await buildHousing();
    const people = [personInput({ firstName: 'Awa' }), personInput({ firstName: 'Bilal' })];
    const { id: householdId, people: [awa, bilal] } = await household(2, people);
    const base = {
      status: 'active', unitId: null, decisionDate: null, endDate: null, communeReference: '', notes: '',
      forwarding: null, move: null, policeCheckDate: null, absence: null,
    } satisfies Partial<RegistrationInput>;
    // A contact due 15 Apr, never made: overdue. A police check due 5 Dec: due within the 7 days. A contact due
    // 21 Feb 2027: neither, not shown.
    ok(await api.registrations.create({ ...base, kind: 'reference_address_cpas', personId: awa!.id, requestDate: '2026-01-05', startDate: '2026-01-15' }));
    ok(await api.registrations.create({ ...base, kind: 'inscription_provisoire', personId: bilal!.id, requestDate: '2026-11-20', startDate: '2026-11-21' }));
    ok(await api.registrations.create({ ...base, kind: 'reference_address_cpas', personId: bilal!.id, requestDate: '2026-11-20', startDate: '2026-11-21' }));
    ok(await api.waitlist.add({ householdId, priority: 'urgent', requestedDate: '2026-11-25', placesNeeded: 2, unitKinds: [] }));

    const home = ok(await api.housingReports.home({}));
    expect(home.today).toBe('2026-11-28');
    expect(home.tasks.map((task) => [task.kind, task.dueDate, task.status])).toEqual([
      ['cpas_contact', '2026-04-15', 'overdue'],
      ['police_check', '2026-12-05', 'dueSoon'],
    ]);
    expect(home.unitsByStatus).toEqual({ identified: 1, supported: 0, active: 2, suspended: 1, closed: 0 });
    // Tonight: HC-1 holds 3 of 4 (the stay from 20 Nov), LT-2 1 of 3 (the open-ended stay).
    expect(home.freePlaces).toEqual({ activeUnits: 2, capacity: 7, inUse: 4, free: 3 });
    expect(home.unitsWithRoom).toEqual([
      { unitId: lt.id, unitCode: 'LT-2', kind: 'logement_transit', free: 2 },
      { unitId: hc.id, unitCode: 'HC-1', kind: 'hebergement_citoyen', free: 1 },
    ]);
    expect(home.waiting).toBe(1);
  });

  it('answers an empty install with zeros', async () => {
    const { api } = setup;
    const home = ok(await api.housingReports.home({}));
    expect(home).toEqual({
      today: '2026-11-28',
      tasks: [],
      unitsByStatus: { identified: 0, supported: 0, active: 0, suspended: 0, closed: 0 },
      freePlaces: { activeUnits: 0, capacity: 0, inUse: 0, free: 0 },
      unitsWithRoom: [],
      waiting: 0,
    });
  });
});

describe('report rules on their own', () => {
  it('counts active nights from the status history, a change replaced the same day giving none', () => {
    const history = [
      { status: 'supported' as const, date: '2026-01-01' },
      { status: 'active' as const, date: '2026-01-10' },
      { status: 'suspended' as const, date: '2026-01-10' },
      { status: 'active' as const, date: '2026-01-20' },
      { status: 'suspended' as const, date: '2026-01-25' },
    ];
    // Active only on the nights of 20–24 January: 5; within 22–31 January: 3.
    expect(activeNights(history, '2026-01-01', '2026-02-01')).toBe(5);
    expect(activeNights(history, '2026-01-22', '2026-02-01')).toBe(3);
    expect(activeNights([{ status: 'active', date: '2026-03-01' }], '2026-01-01', '2026-03-01')).toBe(0);
  });
});
