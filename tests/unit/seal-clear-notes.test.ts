import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointWal, openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { createFieldCipher, type FieldCipher } from '../../main/crypto/field-cipher';
import { sealClearTextNotes } from '../../main/services/housing/seal-clear-notes';
import { listPlacements } from '../../main/services/housing/placements';
import { getUnit } from '../../main/services/housing/units';
import { PRIVATE_NOTES, type PrivateNote } from '../../main/services/housing/private-notes';

/**
 * The upgrade of a database an earlier version wrote (issue 13, point 7): placement notes and the bail
 * glissant's accompaniment were clear text. The migration adds the envelopes; sealClearTextNotes, given the key,
 * moves every clear value into them. Rows are written here with knex as that version wrote them.
 */

const TODAY = '2026-12-06';
const AT = '2026-06-01T09:00:00.000Z';

let dir: string;
let file: string;
let db: Knex;
let cipher: FieldCipher;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'passerelle-seal-'));
  file = join(dir, 'passerelle.sqlite');
  db = openDatabase(file);
  await migrateToLatest(db);
  cipher = createFieldCipher(randomBytes(32));
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** A unique text, and one long enough (over a 4 KiB page) to sit in overflow pages. */
function canary(label: string): string {
  return `CANARY-${label}-${randomUUID()}`;
}

interface OldRecords {
  unitId: number;
  leaseId: number;
  placementIds: number[];
  texts: Record<'placement' | 'long' | 'outcome' | 'objectives' | 'review', string>;
}

/** What an earlier version left: a bail glissant unit, its lease with reviews, a household's placements, all in clear. */
async function writeAsOlderVersion(): Promise<OldRecords> {
  const texts = {
    placement: canary('placement'),
    long: `${canary('long')} ${'suivi hebdomadaire, '.repeat(300)}`,
    outcome: canary('outcome'),
    objectives: canary('objectives'),
    review: canary('review'),
  };
  const [unitId] = await db('housing_units').insert({
    code: 'BG-01',
    kind: 'bail_glissant',
    address: 'Rue Saint-Gilles 1, 4000 Liège',
    capacity: 4,
    status: 'active',
    status_date: '2026-01-01',
    created_at: AT,
    updated_at: AT,
  });
  await db('housing_unit_status_changes').insert({ unit_id: unitId, status: 'active', date: '2026-01-01', recorded_at: AT });
  const [householdId] = await db('housing_households').insert({
    code: 'M-TEST',
    size: 2,
    notes_enc: cipher.encrypt('', 'housing_households.notes_enc:M-TEST'),
    created_at: AT,
    updated_at: AT,
  });
  const placement = { unit_id: unitId, household_id: householdId, places: 2, created_at: AT, updated_at: AT };
  const placementIds: number[] = [];
  for (const [start, end, notes] of [
    ['2026-01-10', '2026-02-10', texts.placement],
    ['2026-02-10', '2026-03-10', texts.long],
    ['2026-03-10', null, ''],
  ] as const) {
    const [id] = await db('housing_placements').insert({ ...placement, start_date: start, planned_end: end, notes });
    placementIds.push(id!);
  }
  const [leaseId] = await db('rolling_leases').insert({
    unit_id: unitId,
    operator: 'AIS Liège',
    owner: 'Propriétaire privé',
    sublease_start: '2026-01-10',
    outcome: texts.outcome,
    objectives: texts.objectives,
    created_at: AT,
    updated_at: AT,
  });
  await db('rolling_lease_reviews').insert([
    { lease_id: leaseId, reviewed_on: '2026-04-01', notes: texts.review },
    { lease_id: leaseId, reviewed_on: '2026-05-01', notes: '' },
  ]);
  // An old database has had its WAL copied into the main file long ago: the clear text is in both.
  await checkpointWal(db);
  return { unitId: unitId!, leaseId: leaseId!, placementIds, texts };
}

function onDisk(): Buffer {
  return Buffer.concat([file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path)));
}

async function columnValues(note: PrivateNote): Promise<{ clear: string; sealed: string | null }[]> {
  const { table, clear, sealed } = PRIVATE_NOTES[note];
  return db(table).orderBy('id').select(`${clear} as clear`, `${sealed} as sealed`);
}

describe('sealClearTextNotes', () => {
  it('encrypts every clear note, empties its clear column, and the services read them back', async () => {
    const old = await writeAsOlderVersion();
    expect(onDisk().includes(Buffer.from(old.texts.placement, 'utf8'))).toBe(true);

    // 5 non-empty values: 2 placement notes, the outcome, the objectives, 1 review (the empty ones are sealed, not counted).
    expect(await sealClearTextNotes(db, cipher)).toBe(5);

    for (const note of Object.keys(PRIVATE_NOTES) as PrivateNote[]) {
      for (const value of await columnValues(note)) {
        expect(value.clear, note).toBe('');
        expect(value.sealed, note).toMatch(/^v1:/);
      }
    }
    // Gone from the file and its WAL (the function checkpoints after its commit); the unit's code, in clear, is found.
    const bytes = onDisk();
    expect(bytes.includes(Buffer.from('BG-01', 'utf8'))).toBe(true);
    for (const [name, text] of Object.entries(old.texts)) expect(bytes.includes(Buffer.from(text.slice(0, 50), 'utf8')), name).toBe(false);

    const ctx = { db, cipher, today: TODAY };
    const placements = await listPlacements(ctx, { unitId: old.unitId });
    expect(placements.map((placement) => [placement.id, placement.notes])).toEqual([
      [old.placementIds[2], ''],
      [old.placementIds[1], old.texts.long],
      [old.placementIds[0], old.texts.placement],
    ]);
    const lease = (await getUnit(ctx, old.unitId)).rollingLease!;
    expect(lease).toMatchObject({
      operator: 'AIS Liège',
      outcome: old.texts.outcome,
      objectives: old.texts.objectives,
      reviews: [
        { date: '2026-04-01', notes: old.texts.review },
        { date: '2026-05-01', notes: '' },
      ],
    });
  });

  it('is idempotent: a second run seals nothing and changes no row', async () => {
    await writeAsOlderVersion();
    await sealClearTextNotes(db, cipher);
    const after = await Promise.all((Object.keys(PRIVATE_NOTES) as PrivateNote[]).map(columnValues));
    expect(await sealClearTextNotes(db, cipher)).toBe(0);
    expect(await Promise.all((Object.keys(PRIVATE_NOTES) as PrivateNote[]).map(columnValues))).toEqual(after);
  });

  it('on a new database has nothing to seal', async () => {
    expect(await sealClearTextNotes(db, cipher)).toBe(0);
  });

  it('keeps an envelope a service already wrote and only empties the older clear value beside it', async () => {
    const old = await writeAsOlderVersion();
    const id = old.placementIds[0]!;
    const newer = cipher.encrypt('written after the upgrade', `housing_placements.notes_enc:${id}`);
    await db('housing_placements').where({ id }).update({ notes_enc: newer });

    expect(await sealClearTextNotes(db, cipher)).toBe(5);
    expect(await db('housing_placements').where({ id }).first('notes', 'notes_enc')).toEqual({ notes: '', notes_enc: newer });
    const placements = await listPlacements({ db, cipher }, { householdId: (await db('housing_households').first('id')).id });
    expect(placements.find((placement) => placement.id === id)?.notes).toBe('written after the upgrade');
  });

  it('binds each sealed value to its row: a value copied to another row does not decrypt', async () => {
    const old = await writeAsOlderVersion();
    await sealClearTextNotes(db, cipher);
    const [first, second] = old.placementIds as [number, number];
    const stolen = await db('housing_placements').where({ id: second }).first('notes_enc');
    await db('housing_placements').where({ id: first }).update({ notes_enc: stolen.notes_enc });
    await expect(listPlacements({ db, cipher }, { unitId: old.unitId })).rejects.toThrow();
  });

  it('changes nothing when it fails halfway (one transaction)', async () => {
    await writeAsOlderVersion();
    const before = await Promise.all((Object.keys(PRIVATE_NOTES) as PrivateNote[]).map(columnValues));
    let calls = 0;
    const failing: FieldCipher = {
      encrypt: (plain, context) => {
        calls += 1;
        if (calls === 4) throw new Error('disk gone');
        return cipher.encrypt(plain, context);
      },
      decrypt: (stored, context) => cipher.decrypt(stored, context),
    };
    await expect(sealClearTextNotes(db, failing)).rejects.toThrow('disk gone');
    expect(await Promise.all((Object.keys(PRIVATE_NOTES) as PrivateNote[]).map(columnValues))).toEqual(before);
  });
});
