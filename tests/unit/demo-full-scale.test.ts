import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { createFieldCipher, type FieldCipher } from '../../main/crypto/field-cipher';
import { generateDemo, type DemoSummary } from '../../main/demo/generate';
import { personContext } from '../../main/services/housing/people';
import { registrationContext } from '../../main/services/housing/registration-cipher';
import { registrationTasksFor } from '../../main/services/housing/registrations';
import { TEST_SCRYPT_COST } from '../helpers/core';
import { findConflicts } from '../../shared/domain/calendar/event-conflicts';
import { householdOverlap, placesInUse, type Placement } from '../../shared/domain/housing/occupancy';
import { RESIDENCE_STATUSES } from '../../shared/domain/housing/people';
import { registrationDateIssues, type RegistrationKind } from '../../shared/domain/housing/registrations';
import { unitStatusOn, type UnitStatus } from '../../shared/domain/housing/units';
import { addDays } from '../../shared/domain/dates';

/**
 * The full-scale demo (issue 19, `npm run demo -- --scale full`) on two school years: the per-year volumes the
 * benchmark counts on, and the app's rules kept by data written in bulk (the screens will show it). The
 * default demo and the same-seed check are in demo-scale.test.ts.
 */

const TODAY = '2026-11-28';
let db: Knex;
let cipher: FieldCipher;
let summary: DemoSummary;

beforeAll(async () => {
  db = openDatabase(':memory:');
  await migrateToLatest(db);
  cipher = createFieldCipher(randomBytes(32));
  summary = await generateDemo(db, { seed: 2025, years: 2, scale: 'full', today: new Date(`${TODAY}T09:00:00Z`), passwordCost: TEST_SCRYPT_COST, fieldCipher: cipher });
}, 180_000);
afterAll(async () => {
  await db?.destroy();
});

const count = async (query: Knex.QueryBuilder): Promise<number> => Number(((await query.count({ n: '*' }).first()) as { n: number | string }).n);

describe('full-scale demo data', () => {
  it('has ~300 activities and ~150,000 questionnaire answers per school year, classes of ~22 pupils', async () => {
    const perYear: { school_year: string; n: number }[] = await db('events').groupBy('school_year').orderBy('school_year').select('school_year').count({ n: '*' });
    expect(perYear.map((row) => row.school_year)).toEqual(['2025–2026', '2026–2027']);
    for (const row of perYear) {
      expect(row.n, row.school_year).toBeGreaterThanOrEqual(280);
      expect(row.n, row.school_year).toBeLessThanOrEqual(300);
    }
    expect(summary.events).toBe(perYear.reduce((sum, row) => sum + Number(row.n), 0));
    // The past school year is complete: its answers are the benchmark's "one school year".
    const answersOf = (year: string) =>
      count(
        db('questionnaire_answers as a')
          .join('questionnaire_responses as r', 'r.id', 'a.response_id')
          .join('questionnaire_administrations as q', 'q.id', 'r.administration_id')
          .join('events as e', 'e.id', 'q.event_id')
          .where('e.school_year', year),
      );
    const lastYear = await answersOf('2025–2026');
    expect(lastYear).toBeGreaterThanOrEqual(130_000);
    expect(lastYear).toBeLessThanOrEqual(190_000);
    // The current year until today (28 November) only.
    expect(await answersOf('2026–2027')).toBeLessThan(lastYear / 2);
    const pupils = (await db('school_classes').avg({ mean: 'pupil_count' }).first()) as { mean: number };
    expect(pupils.mean).toBeGreaterThan(20);
    expect(pupils.mean).toBeLessThan(24);
    // Before and after: most pupils' forms are in pairs of phases.
    const phases: { phase: string; n: number }[] = await db('questionnaire_administrations').groupBy('phase').select('phase').count({ n: '*' });
    const byPhase = Object.fromEntries(phases.map((row) => [row.phase, Number(row.n)]));
    expect(byPhase.after).toBeGreaterThan(byPhase.before! * 0.9);
  });

  it('adds housing per year generated: 200 units and 2,000 registrations, the stays that follow, with households and people in proportion', async () => {
    expect(summary.housing).not.toBeNull();
    const housing = summary.housing!;
    // The story's 25 units and 8 registrations, then the bulk's.
    expect(housing.housingUnits).toBe(25 + 400);
    expect(await count(db('housing_units'))).toBe(housing.housingUnits);
    expect(housing.registrations).toBe(8 + 4000);
    expect(await count(db('housing_registrations'))).toBe(housing.registrations);
    expect(await count(db('housing_placements'))).toBe(housing.placements);
    expect(housing.placements).toBeGreaterThan(800);
    expect(housing.placements).toBeLessThan(2500);
    expect(await count(db('housing_households'))).toBe(housing.households);
    expect(housing.households).toBeGreaterThan(housing.registrations / 2);
    expect(await count(db('housing_people'))).toBeGreaterThan(housing.households);
  });

  it('keeps the scheduling rules and school days for every activity', async () => {
    const events: { id: number; starts_at: string; ends_at: string; status: string; facilitator_id: number | null; location: string }[] = await db('events').select();
    const links: { event_id: number; class_id: number }[] = await db('event_classes').select();
    const classesOf = new Map<number, number[]>();
    for (const link of links) classesOf.set(link.event_id, [...(classesOf.get(link.event_id) ?? []), link.class_id]);
    const schedulable = events.map((event) => ({
      id: event.id,
      start: event.starts_at,
      end: event.ends_at,
      cancelled: event.status === 'cancelled',
      classIds: classesOf.get(event.id) ?? [],
      facilitatorId: event.facilitator_id,
      location: event.location,
    }));
    for (const event of schedulable) expect(findConflicts(event, schedulable), `event ${event.id}`).toEqual([]);
    const holidays: { start_date: string; end_date: string }[] = await db('holidays').select();
    for (const event of events) {
      const date = event.starts_at.slice(0, 10);
      expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
      expect(holidays.some((holiday) => holiday.start_date <= date && date <= holiday.end_date), date).toBe(false);
    }
  });

  it('never overfills a unit, never houses a household twice at once, and starts stays only in active units', async () => {
    const units: { id: number; code: string; capacity: number }[] = await db('housing_units').select('id', 'code', 'capacity');
    const history: { unit_id: number; status: UnitStatus; date: string }[] = await db('housing_unit_status_changes').orderBy('id').select('unit_id', 'status', 'date');
    const rows: { id: number; unit_id: number; household_id: number; places: number; start_date: string; planned_end: string | null; actual_end: string | null; end_reason: string | null }[] =
      await db('housing_placements').select();
    const asRule = (row: (typeof rows)[number]): Placement => ({ householdId: row.household_id, places: row.places, start: row.start_date, plannedEnd: row.planned_end, actualEnd: row.actual_end });
    let full = 0;
    for (const unit of units) {
      const own = rows.filter((row) => row.unit_id === unit.id);
      const changes = history.filter((change) => change.unit_id === unit.id);
      for (const row of own) expect(unitStatusOn(changes, row.start_date), `${unit.code} on ${row.start_date}`).toBe('active');
      // Every night a stay starts is the busiest it can be (places only grow at a start).
      for (const row of own) {
        const used = placesInUse(own.map(asRule), row.start_date);
        if (used > unit.capacity) expect.fail(`${unit.code} holds ${used} people for ${unit.capacity} places on ${row.start_date}`);
        if (used === unit.capacity) full += 1;
      }
    }
    expect(full).toBeGreaterThan(0);
    const byHousehold = new Map<number, Placement[]>();
    for (const row of rows) byHousehold.set(row.household_id, [...(byHousehold.get(row.household_id) ?? []), asRule(row)]);
    expect([...byHousehold.values()].some((stays) => stays.length > 1)).toBe(true); // some come back: the overlap check has pairs
    for (const [householdId, stays] of byHousehold) {
      stays.forEach((stay, index) => expect(householdOverlap(stays.slice(index + 1), stay), `household ${householdId}`).toBeNull());
    }
    for (const row of rows) {
      expect(row.actual_end === null || (row.actual_end >= row.start_date && row.actual_end < TODAY), `placement ${row.id}`).toBe(true);
      expect(row.planned_end === null || row.planned_end > row.start_date).toBe(true);
      expect(row.actual_end === null).toBe(row.end_reason === null);
    }
  });

  it('dates registrations as the rules read them, with people whose names and statuses decrypt', async () => {
    const registrations: {
      id: number;
      kind: RegistrationKind;
      status: string;
      person_id: number | null;
      request_date: string | null;
      decision_date: string | null;
      start_date: string | null;
      end_date: string | null;
      forward_received_date: string | null;
      forwarded_date: string | null;
      police_check_date: string | null;
      commune_reference_enc: string;
    }[] = await db('housing_registrations').select();
    const contacts: { registration_id: number; contact_date: string }[] = await db('housing_registration_contacts').select();
    const contactsOf = new Map<number, string[]>();
    for (const contact of contacts) contactsOf.set(contact.registration_id, [...(contactsOf.get(contact.registration_id) ?? []), contact.contact_date]);
    const people = new Set<number>(await db('housing_people').pluck('id'));
    for (const registration of registrations) {
      const where = `registration ${registration.id}`;
      expect(people.has(registration.person_id!), where).toBe(true);
      const forwarding = registration.forward_received_date === null ? null : { receivedDate: registration.forward_received_date, forwardedDate: registration.forwarded_date };
      expect(registrationDateIssues({ requestDate: registration.request_date, startDate: registration.start_date, endDate: registration.end_date, forwarding, move: null }), where).toEqual([]);
      if (registration.status === 'active') expect(registration.start_date, where).not.toBeNull();
      if (registration.status === 'ended') expect(registration.end_date, where).not.toBeNull();
      if (registration.status === 'refused') expect(registration.decision_date, where).not.toBeNull();
      for (const date of [registration.request_date, registration.decision_date, registration.start_date, registration.end_date, registration.forwarded_date, registration.police_check_date]) {
        if (date !== null) expect(date <= TODAY, where).toBe(true);
      }
      for (const date of contactsOf.get(registration.id) ?? []) {
        expect(date >= registration.start_date! && date <= (registration.end_date ?? TODAY), where).toBe(true);
      }
      expect(cipher.decrypt(registration.commune_reference_enc, registrationContext('commune_reference_enc', registration.id))).toMatch(/^((AR|IP)-\d{4}-\d{4})?$/);
    }
    // The home screen's tasks on the demo's today: mostly met, some due, a few overdue.
    const tasks = await registrationTasksFor({ db, today: TODAY });
    const overdue = tasks.filter((task) => task.status === 'overdue').length;
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(registrations.filter((registration) => registration.status === 'active').length / 4);

    const rows: { code: string; last_name_enc: string; residence_status_enc: string }[] = await db('housing_people').select('code', 'last_name_enc', 'residence_status_enc');
    const decrypted = rows.map((row) => ({
      name: cipher.decrypt(row.last_name_enc, personContext('last_name_enc', row.code)),
      status: cipher.decrypt(row.residence_status_enc, personContext('residence_status_enc', row.code)),
    }));
    for (const { status } of decrypted) expect(['', ...RESIDENCE_STATUSES]).toContain(status);
    const named = decrypted.filter((person) => person.name !== '').length / decrypted.length;
    expect(named).toBeGreaterThan(0.2);
    expect(named).toBeLessThan(0.6);
    // Nothing is dated after today, nor recorded before the ten years' first units.
    expect(await count(db('housing_placements').where('start_date', '>', TODAY))).toBe(0);
    expect(await count(db('housing_households').where('created_at', '<', `${addDays(TODAY, -4 * 366)}`))).toBe(0);
  });
});
