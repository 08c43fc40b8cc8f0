import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../main/core';
import { ok, signedIn, useTestCore } from '../helpers/api';
import { everyTableName, testDatabaseEngine } from '../helpers/core';
import { personInput, unitInput, type UnitInput } from '../helpers/housing';
import type { InputOf, PasserelleApi } from '../../shared/api/contract';
import type { HousingUnit } from '../../shared/domain/housing/housing-units-api';
import type { HousingHousehold } from '../../shared/domain/housing/people';

/**
 * Nothing personal in clear (issue 13, point 7): placement notes and the bail glissant's accompaniment are
 * written through the API, read back through it, and never reach the database file, its WAL or a backup in
 * clear; erasing a household's last person blanks them. On disk, to read the real files.
 */

// The fake clock starts on 2026-11-28.
const setup = useTestCore(['housing'], { onDisk: true });

type LeaseInput = InputOf<'housing', 'setRollingLease'>;

/** A unique text nobody else writes: found in a file only if this test's value leaked there. */
function canary(label: string): string {
  return `CANARY-${label}-${randomUUID()}`;
}

let unitCounter = 0;
async function activeUnit(api: PasserelleApi, changes: Partial<UnitInput> = {}): Promise<HousingUnit> {
  unitCounter += 1;
  return ok(await api.housing.createUnit(unitInput({ code: `PN-${unitCounter}`, status: 'active', statusDate: '2026-01-01', ...changes })));
}

async function household(api: PasserelleApi, people = [personInput()]): Promise<HousingHousehold> {
  return ok(await api.housing.createHousehold({ size: 2, notes: '', people }));
}

function leaseInput(unitId: number, texts: { outcome: string; objectives: string; review: string }, changes: Partial<LeaseInput> = {}): LeaseInput {
  return {
    unitId,
    operator: 'AIS Liège',
    owner: 'Propriétaire privé',
    subleaseStart: '2026-03-01',
    renewals: [],
    transferDate: null,
    endDate: null,
    outcome: texts.outcome,
    objectives: texts.objectives,
    reviews: [{ date: '2026-09-01', notes: texts.review }],
    ...changes,
  };
}

/**
 * What holds the records at rest: SQLite's database file and its WAL; on PostgreSQL (whose files are the
 * database server's) every row of every table, which is also what its backups (`pg_dump`) write.
 */
async function storedBytes(): Promise<Buffer> {
  if (testDatabaseEngine() === 'postgres') {
    const tables = await Promise.all((await everyTableName(setup.core)).map((table) => setup.core.db(table).select('*')));
    return Buffer.from(JSON.stringify(tables), 'utf8');
  }
  const database = join(setup.core.dataDir, DATABASE_FILE_NAME);
  expect(existsSync(`${database}-wal`)).toBe(true);
  return Buffer.concat([database, `${database}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file)));
}

function contains(haystack: Buffer, text: string): boolean {
  return haystack.includes(Buffer.from(text, 'utf8')) || haystack.includes(Buffer.from(text, 'utf16le'));
}

/** A bail glissant unit with a household placed in it and its lease, every free text a canary. */
async function housedWithCanaries() {
  const { api } = setup;
  const texts = { placement: canary('placement'), edited: canary('edited'), outcome: canary('outcome'), objectives: canary('objectives'), review: canary('review') };
  const unit = await activeUnit(api, { kind: 'bail_glissant' });
  const family = await household(api);
  const placement = ok(await api.housing.createPlacement({ unitId: unit.id, householdId: family.id, places: 2, start: '2026-03-01', plannedEnd: null, notes: texts.placement }));
  ok(await api.housing.setRollingLease(leaseInput(unit.id, texts)));
  return { unit, family, placement, texts };
}

describe('private notes through the API', () => {
  it('reads back what was written, and never stores it in clear in the database, its WAL or a backup', async () => {
    const { core, api } = setup;
    const { unit, family, placement, texts } = await housedWithCanaries();
    expect(placement.notes).toBe(texts.placement);
    expect(ok(await api.housing.placements({ unitId: unit.id })).map((row) => row.notes)).toEqual([texts.placement]);
    expect(ok(await api.housing.placements({ householdId: family.id })).map((row) => row.notes)).toEqual([texts.placement]);
    // The day's list across every unit (free places) shows no notes and decrypts none.
    expect(ok(await api.housing.placements({ activeOn: '2026-11-28' })).map((row) => [row.id, row.notes])).toEqual([[placement.id, '']]);
    expect(ok(await api.housing.unit({ id: unit.id })).rollingLease).toMatchObject({
      outcome: texts.outcome,
      objectives: texts.objectives,
      reviews: [{ date: '2026-09-01', notes: texts.review }],
    });

    // Edited, then moved with a new note: every path that writes a note has run.
    const edited = ok(await api.housing.updatePlacement({ id: placement.id, places: 2, plannedEnd: null, notes: texts.edited }));
    expect(edited.notes).toBe(texts.edited);
    const elsewhere = await activeUnit(api);
    const moveNote = canary('move');
    const moved = ok(await api.housing.movePlacement({ id: placement.id, date: '2026-11-28', unitId: elsewhere.id, places: 2, plannedEnd: null, notes: moveNote }));
    expect([moved.ended.notes, moved.placement.notes]).toEqual([texts.edited, moveNote]);

    const stored = await core.db('housing_placements').where({ id: placement.id }).first();
    expect(stored).toMatchObject({ notes: '', notes_enc: expect.stringMatching(/^v1:/) });
    const lease = await core.db('rolling_leases').where({ unit_id: unit.id }).first();
    expect(lease).toMatchObject({ outcome: '', objectives: '', outcome_enc: expect.stringMatching(/^v1:/), objectives_enc: expect.stringMatching(/^v1:/) });
    expect(await core.db('rolling_lease_reviews').where({ lease_id: lease.id }).first('notes')).toEqual({ notes: '' });

    const all = [...Object.values(texts), moveNote];
    const bytes = await storedBytes();
    // The control: codes are stored in clear, so the search does look at the right bytes.
    expect(contains(bytes, family.code)).toBe(true);
    for (const text of all) expect(contains(bytes, text), text).toBe(false);

    // The desktop's own backups are files of the app (a server's are pg_dump's, of the rows checked above).
    if (testDatabaseEngine() === 'sqlite') {
      const admin = await signedIn(core, ['admin']);
      const backup = ok(await admin.api.backups.create());
      const copy = readFileSync(join(core.dataDir, 'backups', backup.name));
      expect(contains(copy, family.code)).toBe(true);
      for (const text of all) expect(contains(copy, text), text).toBe(false);
    }
  });

  it("erasing a household's last person blanks its placement notes and the accompaniment of the lease it occupied", async () => {
    const { core, api } = setup;
    const { unit, family, placement, texts } = await housedWithCanaries();
    const before = await core.db('housing_placements').where({ id: placement.id }).first('notes_enc');
    const lease = await core.db('rolling_leases').where({ unit_id: unit.id }).first('id', 'outcome_enc', 'objectives_enc');
    const review = await core.db('rolling_lease_reviews').where({ lease_id: lease.id }).first('notes_enc');
    const household = await core.db('housing_households').where({ id: family.id }).first('notes_enc');
    const ciphertexts = [before.notes_enc, lease.outcome_enc, lease.objectives_enc, review.notes_enc, household.notes_enc] as string[];

    ok(await api.housing.erasePerson({ id: family.people[0]!.id }));

    expect(ok(await api.housing.placements({ householdId: family.id })).map((row) => row.notes)).toEqual(['']);
    expect(ok(await api.housing.unit({ id: unit.id })).rollingLease).toMatchObject({ outcome: '', objectives: '', reviews: [{ date: '2026-09-01', notes: '' }] });
    expect(ok(await api.housing.household({ id: family.id })).notes).toBe('');
    // The rows stay (bed-nights, deadlines), with new envelopes of '': the old ones are nowhere, nor the texts.
    const after = await core.db('housing_placements').where({ id: placement.id }).first('notes', 'notes_enc');
    expect(after).toMatchObject({ notes: '', notes_enc: expect.stringMatching(/^v1:/) });
    const bytes = await storedBytes();
    for (const ciphertext of ciphertexts) expect(contains(bytes, ciphertext)).toBe(false);
    for (const text of Object.values(texts)) expect(contains(bytes, text), text).toBe(false);
  });

  it("erasing a household that left the lease's unit does not blank the lease of the household placed there after it", async () => {
    const { api } = setup;
    const texts = { outcome: canary('outcome'), objectives: canary('objectives'), review: canary('review') };
    const unit = await activeUnit(api, { kind: 'bail_glissant' });
    ok(await api.housing.setRollingLease(leaseInput(unit.id, texts)));
    // Both stays share nights with the open sublease: the first household left in May, the second came in June.
    const left = await household(api);
    ok(await api.housing.createPlacement({ unitId: unit.id, householdId: left.id, places: 1, start: '2026-03-01', plannedEnd: '2026-05-01', notes: '' }));
    const current = await household(api);
    ok(await api.housing.createPlacement({ unitId: unit.id, householdId: current.id, places: 1, start: '2026-06-01', plannedEnd: null, notes: '' }));

    for (const person of left.people) ok(await api.housing.erasePerson({ id: person.id }));
    expect(ok(await api.housing.unit({ id: unit.id })).rollingLease).toMatchObject({ outcome: texts.outcome, objectives: texts.objectives, reviews: [{ notes: texts.review }] });
    // The household placed last is the lease's occupant: erasing it blanks the accompaniment.
    for (const person of current.people) ok(await api.housing.erasePerson({ id: person.id }));
    expect(ok(await api.housing.unit({ id: unit.id })).rollingLease).toMatchObject({ outcome: '', objectives: '', reviews: [{ notes: '' }] });
  });

  it('keeps the notes while other people of the household remain, and another occupant keeps their lease', async () => {
    const { api } = setup;
    const { unit, family, texts } = await housedWithCanaries();
    const household2 = await household(api, [personInput(), personInput({ firstName: 'Moussa' })]);
    // Before the sublease started: that stay shares no night with it.
    const earlier = await activeUnit(api);
    const other = ok(await api.housing.createPlacement({ unitId: unit.id, householdId: household2.id, places: 1, start: '2026-02-01', plannedEnd: '2026-03-01', notes: 'autre ménage' }));
    ok(await api.housing.createPlacement({ unitId: earlier.id, householdId: family.id, places: 1, start: '2026-01-10', plannedEnd: '2026-02-10', notes: '' }));

    // One of two people: nothing of the household is blanked.
    ok(await api.housing.erasePerson({ id: household2.people[0]!.id }));
    expect(ok(await api.housing.placements({ householdId: household2.id })).map((row) => row.notes)).toEqual(['autre ménage']);
    // The last one: its own stay is blanked, but not the lease of the household that came after it.
    ok(await api.housing.erasePerson({ id: household2.people[1]!.id }));
    expect(ok(await api.housing.placements({ householdId: household2.id })).map((row) => [row.id, row.notes])).toEqual([[other.id, '']]);
    expect(ok(await api.housing.unit({ id: unit.id })).rollingLease).toMatchObject({ objectives: texts.objectives, reviews: [{ notes: texts.review }] });
    expect(ok(await api.housing.placements({ householdId: family.id })).map((row) => row.notes)).toEqual([texts.placement, '']);
  });
});
