import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPostgres } from '../../main/db/connection';
import { createFieldCipher, type FieldCipher } from '../../main/crypto/field-cipher';
import { generateDemo, type DemoSummary } from '../../main/demo/generate';
import { createHousehold, personContext } from '../../main/services/housing/people';
import { createRegistration } from '../../main/services/housing/registrations';
import { registrationContext } from '../../main/services/housing/registration-cipher';
import { TEST_SCRYPT_COST } from '../helpers/core';
import { createTestDatabase, type TestDatabase } from './databases';

/**
 * The full-scale demo into PostgreSQL (issue 19: the benchmark generates the same data into a team server's
 * database): the bulk inserts' chunks pass, the ids written with the rows move the sequences past them, so the
 * app's own inserts afterwards get fresh ids, and the encrypted columns read back.
 */

const TODAY = '2026-11-28';
let database: TestDatabase;
let db: Knex;
let cipher: FieldCipher;
let summary: DemoSummary;

beforeAll(async () => {
  database = await createTestDatabase(inject('postgresUrl'), { fromTemplate: true });
  db = await openPostgres(database.url, { poolMax: 2 });
  cipher = createFieldCipher(randomBytes(32));
  summary = await generateDemo(db, { seed: 2025, years: 1, scale: 'full', today: new Date(`${TODAY}T09:00:00Z`), passwordCost: TEST_SCRYPT_COST, fieldCipher: cipher });
}, 240_000);
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

const count = async (table: string): Promise<number> => Number(((await db(table).count({ n: '*' }).first()) as { n: number | string }).n);

describe('full-scale demo on PostgreSQL', () => {
  it('writes the volumes of one year and the counts it reports', async () => {
    expect(await count('events')).toBe(summary.events);
    expect(summary.events).toBeGreaterThanOrEqual(280);
    expect(await count('questionnaire_responses')).toBe(summary.questionnaireForms);
    expect(await count('questionnaire_answers')).toBeGreaterThan(summary.questionnaireForms * 5);
    expect(await count('housing_units')).toBe(summary.housing!.housingUnits);
    expect(summary.housing!.housingUnits).toBe(25 + 200);
    expect(await count('housing_placements')).toBe(summary.housing!.placements);
    expect(await count('housing_registrations')).toBe(8 + 2000);
    expect(await count('housing_people')).toBeGreaterThan(2000);
  });

  it('leaves the sequences past the ids it wrote, so the services insert after it', async () => {
    const worker = { db, userId: 1, cipher, now: new Date(`${TODAY}T10:00:00Z`), today: TODAY };
    const household = await createHousehold(worker, { size: 1, notes: '', people: [{ firstName: 'Test', lastName: 'Séquence', residenceStatus: null, birthYear: null, contact: '', languages: [] }] });
    expect(household.id).toBeGreaterThan(summary.housing!.households);
    const person = household.people[0]!;
    const registration = await createRegistration(worker, {
      kind: 'reference_address_cpas', status: 'requested', personId: person.id, unitId: null, requestDate: TODAY, decisionDate: null, startDate: null, endDate: null,
      policeCheckDate: null, communeReference: '', notes: '', forwarding: null, move: null, absence: null,
    });
    expect(registration.id).toBe(summary.housing!.registrations + 1);
  });

  it('encrypts names and references under the contexts the services read', async () => {
    const people: { code: string; last_name_enc: string }[] = await db('housing_people').orderBy('id', 'desc').limit(50).select('code', 'last_name_enc');
    const names = people.map((row) => cipher.decrypt(row.last_name_enc, personContext('last_name_enc', row.code)));
    expect(names.some((name) => name !== '')).toBe(true);
    const registrations: { id: number; commune_reference_enc: string }[] = await db('housing_registrations').orderBy('id', 'desc').limit(50).select('id', 'commune_reference_enc');
    for (const row of registrations) expect(cipher.decrypt(row.commune_reference_enc, registrationContext('commune_reference_enc', row.id))).toMatch(/^((AR|IP)-\d{4}-\d{4})?$/);
  });
});
