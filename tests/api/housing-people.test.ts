import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE_NAME, type Core } from '../../main/core';
import { plainKeyWrapper } from '../../main/crypto/key-store';
import { TEST_SCRYPT_COST } from '../helpers/core';
import { createFakeClock } from '../helpers/clock';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { housingCounts, personInput } from '../helpers/housing';
import type { PasserelleApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { HousingHousehold, HousingPerson } from '../../shared/domain/housing/people';
import type { Role } from '../../shared/domain/roles';

const setup = useTestCore(['housing']);

async function createHousehold(api: PasserelleApi, people = [personInput()], size = 3): Promise<HousingHousehold> {
  return ok(await api.housing.createHousehold({ size, notes: 'Arrivée en novembre', people }));
}

async function auditRows(on: Core) {
  return (await on.db('housing_audit_log').orderBy('id')) as Record<string, unknown>[];
}

describe('housing people and households', () => {
  it("lists a household's people by code and birth year without decrypting or auditing anyone", async () => {
    const { core, api } = setup;
    const household = await createHousehold(api, [personInput({ birthYear: 1991 }), personInput({ firstName: 'Samir', birthYear: null })]);
    const before = await auditRows(core);
    const codes = ok(await api.housing.personCodes({ householdId: household.id }));
    expect(codes).toEqual(household.people.map((person) => ({ id: person.id, code: person.code, birthYear: person.birthYear })));
    expect(JSON.stringify(codes)).not.toContain('Amina');
    expect(await auditRows(core)).toEqual(before);
    expect(await api.housing.personCodes({ householdId: household.id + 1000 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('creates a household with its people under generated codes, reads, updates, adds and erases', async () => {
    const { core, api } = setup;
    const created = await createHousehold(api, [personInput(), personInput({ firstName: '', lastName: '', residenceStatus: null, birthYear: null, contact: '', languages: [] })]);
    expect(created.code).toMatch(/^M-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
    expect(created.size).toBe(3);
    expect(created.people).toHaveLength(2);
    const [amina, anonymous] = created.people as [HousingPerson, HousingPerson];
    expect(amina.code).toMatch(/^P-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
    expect(amina).toMatchObject({ firstName: 'Amina', lastName: 'Diallo', residenceStatus: 'asylum_seeker', birthYear: 1991, languages: ['fr', 'ff'] });
    expect(anonymous).toMatchObject({ firstName: '', lastName: '', residenceStatus: null, birthYear: null, contact: '', languages: [] });

    const read = ok(await api.housing.household({ id: created.id }));
    expect(read).toEqual({ ...created, personCount: 2 });

    const updated = ok(await api.housing.updatePerson({ id: amina.id, ...personInput({ lastName: 'Diallo-Bah', residenceStatus: 'permit_temporary' }) }));
    expect(updated).toMatchObject({ code: amina.code, lastName: 'Diallo-Bah', residenceStatus: 'permit_temporary' });

    const added = ok(await api.housing.addPerson({ householdId: created.id, ...personInput({ firstName: 'Moussa' }) }));
    expect(added.householdId).toBe(created.id);

    expect(ok(await api.housing.erasePerson({ id: anonymous.id }))).toBeNull();
    const after = ok(await api.housing.household({ id: created.id }));
    expect(after.people.map((person) => person.firstName)).toEqual(['Amina', 'Moussa']);
    expect(after.personCount).toBe(2);

    // Stored encrypted, bound to the column and the person's code.
    const row = await core.db('housing_people').where({ id: amina.id }).first();
    for (const column of ['first_name_enc', 'last_name_enc', 'residence_status_enc', 'contact_enc']) expect(row[column]).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain('Diallo');
    expect(row.birth_year).toBe(1991);
  });

  it('lists households by code only, nothing decrypted, and refuses what does not exist', async () => {
    const { core, api } = setup;
    const first = await createHousehold(api);
    const second = await createHousehold(api, []);
    const all = ok(await api.housing.households({}));
    expect(all.map((household) => household.code)).toEqual([second.code, first.code]);
    expect(all[1]).toEqual({ id: first.id, code: first.code, size: 3, personCount: 1, createdAt: first.createdAt, updatedAt: first.updatedAt });
    const found = ok(await api.housing.households({ search: first.code.toLowerCase() }));
    expect(found.map((household) => household.id)).toEqual([first.id]);
    expect(ok(await api.housing.households({ search: 'Amina' }))).toEqual([]);

    const before = await housingCounts(core);
    const missing = [
      await api.housing.household({ id: 999 }),
      await api.housing.addPerson({ householdId: 999, ...personInput() }),
      await api.housing.updatePerson({ id: 999, ...personInput() }),
      await api.housing.erasePerson({ id: 999 }),
    ];
    expect(missing.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(await housingCounts(core)).toEqual(before);
  });

  it('accepts a residence status from the list only, never free text', async () => {
    const { core, api } = setup;
    const before = await housingCounts(core);
    for (const residenceStatus of ['sans papiers', 'UNDOCUMENTED', '']) {
      // Unchecked: a status outside the list, which is the point.
      const result = await unchecked(api).housing.createHousehold({ size: 1, notes: '', people: [{ ...personInput(), residenceStatus }] });
      expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
    }
    expect(await housingCounts(core)).toEqual(before);
  });

  it('is FORBIDDEN to coordinators and teachers, and writes nothing for them', async () => {
    const { core, api } = setup;
    const household = await createHousehold(api);
    const personId = household.people[0]!.id;
    const others = [];
    const roleSets: Role[][] = [['coordinator'], ['teacher'], ['admin']];
    for (const roles of roleSets) others.push({ roles, ...(await signedIn(core, roles)) });
    const before = await housingCounts(core);
    for (const { roles, api: theirs } of others) {
      const calls: [string, () => Promise<ApiResult<unknown>>][] = [
        ['housing.households', () => theirs.housing.households({})],
        ['housing.household', () => theirs.housing.household({ id: household.id })],
        ['housing.createHousehold', () => theirs.housing.createHousehold({ size: 1, notes: '', people: [] })],
        ['housing.addPerson', () => theirs.housing.addPerson({ householdId: household.id, ...personInput() })],
        ['housing.updatePerson', () => theirs.housing.updatePerson({ id: personId, ...personInput() })],
        ['housing.erasePerson', () => theirs.housing.erasePerson({ id: personId })],
      ];
      for (const [method, call] of calls) {
        const result = await call();
        expect(result.ok ? 'ok' : result.error.code, `${roles.join()} ${method}`).toBe('FORBIDDEN');
      }
    }
    expect(await housingCounts(core)).toEqual(before);
  });

  it('audits every view, creation, change and erasure with ids only, and the log refuses UPDATE and DELETE', async () => {
    const { core, api, userId: housingUserId } = setup;
    const household = await createHousehold(api);
    const person = household.people[0]!;
    await api.housing.household({ id: household.id });
    await api.housing.updatePerson({ id: person.id, ...personInput({ firstName: 'Aminata' }) });
    await api.housing.erasePerson({ id: person.id });

    const rows = await auditRows(core);
    expect(rows.map(({ action, entity, entity_id, user_id }) => [action, entity, entity_id, user_id])).toEqual([
      ['create', 'household', household.id, housingUserId],
      ['create', 'person', person.id, housingUserId],
      ['view', 'household', household.id, housingUserId],
      ['view', 'person', person.id, housingUserId],
      ['update', 'person', person.id, housingUserId],
      ['erase', 'person', person.id, housingUserId],
    ]);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['action', 'at', 'entity', 'entity_id', 'id', 'user_id']);
    expect(rows[0]!.at).toBe(core.clock.now().toISOString());

    await expect(core.db('housing_audit_log').update({ user_id: 999 })).rejects.toThrow(/append-only/);
    await expect(core.db('housing_audit_log').where({ id: rows[0]!.id }).update({ action: 'view' })).rejects.toThrow(/append-only/);
    await expect(core.db('housing_audit_log').delete()).rejects.toThrow(/append-only/);
    await expect(core.db('housing_audit_log').where({ id: rows[0]!.id }).delete()).rejects.toThrow(/append-only/);
    expect(await auditRows(core)).toEqual(rows);
  });

  it('binds every ciphertext to its column and person: a value copied elsewhere does not decrypt', async () => {
    const { core, api } = setup;
    const household = await createHousehold(api, [personInput(), personInput({ residenceStatus: 'undocumented' })]);
    const [first, second] = household.people as [HousingPerson, HousingPerson];
    const stolen = await core.db('housing_people').where({ id: second.id }).first('residence_status_enc');
    await core.db('housing_people').where({ id: first.id }).update({ residence_status_enc: stolen.residence_status_enc });
    const result = await api.housing.household({ id: household.id });
    expect(result.ok ? 'ok' : result.error.code).toBe('INTERNAL');
    expect(JSON.stringify(core.logger.entries)).not.toContain('undocumented');
  });
});

describe('the canary in the database file, its WAL and the log', () => {
  const CANARY = 'CANARY-Qzx9WvKt';
  let dataDir: string;
  let disk: Core;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'passerelle-canary-'));
    // The real start-up path: a key file made by the plain wrapper, the file log, WAL on disk.
    disk = await createCore({ dataDir, clock: createFakeClock(), passwordCost: TEST_SCRYPT_COST, fieldKey: { wrapper: plainKeyWrapper } });
  });
  afterEach(async () => {
    await disk.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The raw bytes of the database, its WAL and shared memory, and the log: read while the core is open. */
  function rawFiles(): Buffer {
    const database = join(dataDir, DATABASE_FILE_NAME);
    const files = [database, `${database}-wal`, `${database}-shm`, join(dataDir, 'logs', 'passerelle.log')];
    return Buffer.concat(files.filter((file) => existsSync(file)).map((file) => readFileSync(file)));
  }

  function contains(haystack: Buffer, text: string): boolean {
    return haystack.includes(Buffer.from(text, 'utf8')) || haystack.includes(Buffer.from(text, 'utf16le'));
  }

  it('never writes the name or the residence status in clear, while a clear control value is found', async () => {
    expect((await disk.db.raw('PRAGMA journal_mode')) as unknown).toEqual([{ journal_mode: 'wal' }]);
    const { api } = await signedIn(disk, ['housing']);
    const household = await createHousehold(api, [
      personInput({ firstName: CANARY, lastName: `${CANARY}-last`, residenceStatus: 'undocumented', contact: `${CANARY}@example.org` }),
    ]);
    const person = household.people[0]!;
    // Read (audited), changed, failed once (a log line), so every path has run.
    ok(await api.housing.household({ id: household.id }));
    ok(await api.housing.updatePerson({ id: person.id, ...personInput({ firstName: CANARY, residenceStatus: 'undocumented' }) }));
    // Unchecked: 'nope' is no residence status, so the call fails, as it should here.
    await unchecked(api).housing.addPerson({ householdId: household.id, ...personInput({ firstName: CANARY }), residenceStatus: 'nope' });

    const bytes = rawFiles();
    expect(existsSync(join(dataDir, `${DATABASE_FILE_NAME}-wal`))).toBe(true);
    // The control: the household code is stored in clear, so the search does look at the right bytes.
    expect(contains(bytes, household.code)).toBe(true);
    expect(contains(bytes, person.code)).toBe(true);
    expect(contains(bytes, CANARY)).toBe(false);
    expect(contains(bytes, 'undocumented')).toBe(false);
    expect(contains(bytes, 'Diallo')).toBe(false);

    const audit = JSON.stringify(await auditRows(disk));
    expect(audit).toContain(`"entity_id":${person.id}`);
    expect(audit).not.toContain(CANARY);
    expect(audit).not.toContain('undocumented');
  });

  it('erasure leaves no ciphertext of the person in the file or its WAL (the call checkpoints after committing)', async () => {
    const { api } = await signedIn(disk, ['housing']);
    const household = await createHousehold(api, [personInput({ firstName: CANARY, residenceStatus: 'undocumented' }), personInput()]);
    const [erased, kept] = household.people as [HousingPerson, HousingPerson];
    const ciphertexts = (await disk.db('housing_people').where({ id: erased.id }).first()) as Record<string, string>;
    const keptRow = (await disk.db('housing_people').where({ id: kept.id }).first()) as Record<string, string>;

    ok(await api.housing.erasePerson({ id: erased.id }));
    expect(await disk.db('housing_people').where({ id: erased.id }).first()).toBeUndefined();

    const bytes = rawFiles();
    expect(contains(bytes, keptRow.first_name_enc!)).toBe(true);
    for (const column of ['first_name_enc', 'last_name_enc', 'residence_status_enc', 'contact_enc']) {
      expect(contains(bytes, ciphertexts[column]!), column).toBe(false);
    }
    expect(contains(bytes, erased.code)).toBe(false);
    const audit = await auditRows(disk);
    expect(audit.at(-1)).toMatchObject({ action: 'erase', entity: 'person', entity_id: erased.id });
  });
});
