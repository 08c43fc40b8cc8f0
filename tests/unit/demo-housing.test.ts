import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { createFieldCipher, type FieldCipher } from '../../main/crypto/field-cipher';
import { generateDemo } from '../../main/demo/generate';
import { DEMO_NAMED_PEOPLE } from '../../main/demo/housing-households';
import { personContext } from '../../main/services/housing/people';
import { getUnit } from '../../main/services/housing/units';
import { registrationTasksFor } from '../../main/services/housing/registrations';
import { TEST_SCRYPT_COST } from '../helpers/core';
import { addDays } from '../../shared/domain/dates';
import { householdOverlap, placesInUse, type Placement } from '../../shared/domain/housing/occupancy';
import { PLACEMENT_END_REASONS } from '../../shared/domain/housing/placements-api';
import { RESIDENCE_STATUSES } from '../../shared/domain/housing/people';
import { REGISTRATION_KINDS } from '../../shared/domain/housing/registrations';
import { UNIT_KINDS, UNIT_STATUSES } from '../../shared/domain/housing/units';

/** The housing part of the demo (issue 6, "the demo data includes housing"); the rest is in demo.test.ts. */

const TODAY = '2026-11-28';
const options = { seed: 7, years: 1, today: new Date(`${TODAY}T09:00:00Z`), passwordCost: TEST_SCRYPT_COST };

const opened: Knex[] = [];
const directories: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function demoDb(file = ':memory:'): Promise<{ db: Knex; cipher: FieldCipher }> {
  const db = openDatabase(file);
  opened.push(db);
  await migrateToLatest(db);
  const cipher = createFieldCipher(randomBytes(32));
  await generateDemo(db, { ...options, fieldCipher: cipher });
  return { db, cipher };
}

interface PlacementRow {
  unit_id: number;
  household_id: number;
  places: number;
  start_date: string;
  planned_end: string | null;
  actual_end: string | null;
  end_reason: string | null;
}

const asRule = (row: PlacementRow): Placement => ({
  householdId: row.household_id,
  places: row.places,
  start: row.start_date,
  plannedEnd: row.planned_end,
  actualEnd: row.actual_end,
});

describe('housing demo data', () => {
  it('has units of every kind and status, each status change dated, a bail glissant alert and habitat léger criteria', async () => {
    const { db, cipher } = await demoDb();
    const units: { id: number; code: string; kind: string; status: string; status_date: string }[] = await db('housing_units').select();
    expect(units.length).toBe(25);
    expect(new Set(units.map((unit) => unit.kind))).toEqual(new Set(UNIT_KINDS));
    expect(new Set(units.map((unit) => unit.status))).toEqual(new Set(UNIT_STATUSES));
    const providerKinds = await db('housing_providers').distinct('kind').pluck('kind');
    expect(providerKinds.sort()).toEqual(['approved_operator', 'citizen_host', 'cpas', 'non_profit', 'private_owner', 'social_rental_agency']);
    // Every unit's current status is its last dated change, and changes never go back in time.
    for (const unit of units) {
      const history: { status: string; date: string }[] = await db('housing_unit_status_changes').where({ unit_id: unit.id }).orderBy('id');
      expect(history.at(-1), unit.code).toEqual(expect.objectContaining({ status: unit.status, date: unit.status_date }));
      expect(history.map((change) => change.date), unit.code).toEqual([...history.map((change) => change.date)].sort());
    }
    // BG-01: renewed once, the next yearly due date (20 January 2027) is within the 60 days' notice on the demo's today.
    const lease = await getUnit({ db, today: TODAY, cipher }, units.find((unit) => unit.code === 'BG-01')!.id);
    expect(lease.rollingLease?.alerts).toEqual([expect.objectContaining({ kind: 'renewal_due', dueDate: '2027-01-20', overdue: false })]);
    const light = await Promise.all(units.filter((unit) => unit.kind === 'habitat_leger').map((unit) => getUnit({ db, today: TODAY, cipher }, unit.id)));
    expect(light.map((unit) => unit.lightHousing?.qualifies).sort()).toEqual([false, true, true]);
    expect(await db('rolling_lease_renewals').count({ n: '*' }).first()).toEqual({ n: 3 });
    expect(Number((await db('rolling_lease_reviews').count({ n: '*' }).first())?.n)).toBeGreaterThanOrEqual(5);
    expect(await db('rolling_leases').whereNotNull('transfer_date').count({ n: '*' }).first()).toEqual({ n: 1 });
  });

  it('never places more people than a unit holds on any night, nor a household in two places, and ends stays for every reason', async () => {
    const { db } = await demoDb();
    const units: { id: number; code: string; capacity: number }[] = await db('housing_units').select('id', 'code', 'capacity');
    const rows: PlacementRow[] = await db('housing_placements').select();
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.filter((row) => row.start_date >= '2026-01-01' && row.start_date < '2027-01-01').length).toBeGreaterThanOrEqual(30);
    let busiest = 0;
    for (const unit of units) {
      const own = rows.filter((row) => row.unit_id === unit.id).map(asRule);
      for (let day = '2024-01-01'; day <= '2027-06-30'; day = addDays(day, 1)) {
        const used = placesInUse(own, day);
        busiest = Math.max(busiest, used / unit.capacity);
        if (used > unit.capacity) expect.fail(`${unit.code} holds ${used} people for ${unit.capacity} places on ${day}`);
      }
    }
    expect(busiest).toBe(1); // some unit is full on some night: the check above had something to check
    const byHousehold = new Map<number, Placement[]>();
    for (const row of rows) byHousehold.set(row.household_id, [...(byHousehold.get(row.household_id) ?? []), asRule(row)]);
    for (const [householdId, stays] of byHousehold) {
      stays.forEach((stay, index) => expect(householdOverlap(stays.slice(index + 1), stay), `household ${householdId}`).toBeNull());
    }
    expect(new Set(rows.map((row) => row.end_reason).filter((reason) => reason !== null))).toEqual(new Set(PLACEMENT_END_REASONS));
    expect(rows.filter((row) => row.actual_end === null).length).toBeGreaterThan(10);
    expect(rows.filter((row) => row.actual_end !== null && row.actual_end > TODAY)).toEqual([]);
  });

  it('keeps people pseudonymous by default, with statuses from the list, and a waiting list of mixed priorities', async () => {
    const { db, cipher } = await demoDb();
    const people: { code: string; first_name_enc: string; last_name_enc: string; residence_status_enc: string }[] = await db('housing_people').select();
    const decrypted = people.map((person) => ({
      name: cipher.decrypt(person.last_name_enc, personContext('last_name_enc', person.code)),
      status: cipher.decrypt(person.residence_status_enc, personContext('residence_status_enc', person.code)),
    }));
    const named = decrypted.filter((person) => person.name !== '');
    expect(named.map((person) => person.name).sort()).toEqual(DEMO_NAMED_PEOPLE.map((person) => person.lastName).sort());
    expect(named.length / people.length).toBeLessThan(0.25);
    for (const { status } of decrypted) expect(['', ...RESIDENCE_STATUSES]).toContain(status);
    expect(decrypted.some((person) => person.status === '')).toBe(true);
    expect(Number((await db('housing_households').count({ n: '*' }).first())?.n)).toBeGreaterThanOrEqual(28);

    const waiting: { priority: string; status: string }[] = await db('housing_waitlist').select();
    expect(waiting.filter((entry) => entry.status === 'waiting').length).toBeGreaterThanOrEqual(4);
    expect(new Set(waiting.map((entry) => entry.priority))).toEqual(new Set(['urgent', 'high', 'normal']));
  });

  it('follows address registrations with a contact overdue and tasks due this week on the demo\'s today', async () => {
    const { db } = await demoDb();
    const registrations: { kind: string; status: string; unit_id: number | null; forwarded_date: string | null }[] = await db('housing_registrations').select();
    expect(new Set(registrations.map((registration) => registration.kind))).toEqual(new Set(REGISTRATION_KINDS));
    expect(registrations.filter((registration) => registration.kind === 'inscription_provisoire' && registration.unit_id !== null).length).toBeGreaterThanOrEqual(1);
    expect(registrations.filter((registration) => registration.forwarded_date !== null)).toHaveLength(1);

    const tasks = await registrationTasksFor({ db, today: TODAY });
    const overdue = tasks.filter((task) => task.status === 'overdue');
    const dueSoon = tasks.filter((task) => task.status === 'dueSoon');
    expect(overdue).toContainEqual(expect.objectContaining({ kind: 'cpas_contact', dueDate: '2026-11-19' }));
    expect(dueSoon).toContainEqual(expect.objectContaining({ kind: 'cpas_contact', dueDate: '2026-11-30' }));
    expect(dueSoon).toContainEqual(expect.objectContaining({ kind: 'forward_request', dueDate: '2026-12-01' }));
    for (const task of overdue) expect(task.dueDate < TODAY).toBe(true);
    for (const task of dueSoon) expect(task.dueDate >= TODAY && task.dueDate <= addDays(TODAY, 7)).toBe(true);
  });

  it('leaves no demo name in clear in the database file bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-demo-housing-'));
    directories.push(dir);
    const { db } = await demoDb(join(dir, 'passerelle.sqlite'));
    // The names, two commune references of the demo's registrations, and the bail glissant's accompaniment (a
    // review, the outcome, the objectives): all encrypted.
    const needles = [
      ...DEMO_NAMED_PEOPLE.flatMap((person) => [person.firstName, person.lastName]),
      'AR-2026-0117',
      'IP-2026-0031',
      'Recherche d’emploi en cours',
      'objectifs atteints',
      'insertion socioprofessionnelle',
    ];
    expect(await db('housing_registrations').count({ n: '*' }).first()).toEqual({ n: 8 });
    const control = (await db('housing_units').first('address')) as { address: string };
    const search = () => {
      const files = readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))] as const);
      const found = (text: string) =>
        files.filter(([, bytes]) => [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')].some((needle) => bytes.includes(needle))).map(([name]) => name);
      return { control: found(control.address), names: needles.flatMap((name) => found(name).map((file) => `${name} in ${file}`)) };
    };
    // Open (pages in the WAL), then closed (checkpointed into the main file).
    const open = search();
    expect(open.control.length).toBeGreaterThan(0);
    expect(open.names).toEqual([]);
    await db.destroy();
    opened.splice(opened.indexOf(db), 1);
    const closed = search();
    expect(closed.control).toContain('passerelle.sqlite');
    expect(closed.names).toEqual([]);
  });

  it('is the same for the same seed, but for the generated codes and the ciphertexts (random by design)', async () => {
    const rows = async () => {
      const { db } = await demoDb();
      return [
        await db('housing_units').orderBy('id').select('code', 'kind', 'address', 'provider_id', 'capacity', 'status', 'status_date'),
        await db('housing_placements').orderBy('id').select('unit_id', 'household_id', 'places', 'start_date', 'planned_end', 'actual_end', 'end_reason'),
        await db('housing_households').orderBy('id').select('size', 'created_at'),
        await db('housing_people').orderBy('id').select('household_id', 'birth_year', 'languages'),
        await db('housing_waitlist').orderBy('id').select('household_id', 'priority', 'requested_date', 'status'),
        await db('housing_registrations').orderBy('id').select('kind', 'status', 'person_id', 'unit_id', 'request_date', 'start_date', 'end_date'),
      ];
    };
    expect(await rows()).toEqual(await rows());
  });

  it('generates no housing without the field cipher', async () => {
    const db = openDatabase(':memory:');
    opened.push(db);
    await migrateToLatest(db);
    expect((await generateDemo(db, options)).housing).toBeNull();
    expect(await db('housing_units').count({ n: '*' }).first()).toEqual({ n: 0 });
  });
});
