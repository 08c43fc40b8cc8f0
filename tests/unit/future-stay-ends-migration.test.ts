import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { migrationSource } from '../../main/db/migration-source';

/**
 * Migration 20261206170000_future_stay_ends: a stay saved by an older version with an actual end still ahead
 * becomes an open stay with that day as its planned end, and the repair is audited. Stays ended on a day that
 * has come are left as they were. Dates far from today keep the test true whatever day it runs.
 */
let db: Knex | null = null;
afterEach(async () => {
  await db?.destroy();
  db = null;
});

describe('future stay ends migration', () => {
  it('turns an actual end still ahead into the planned end, audits it, and leaves past ends alone', async () => {
    db = openDatabase(join(mkdtempSync(join(tmpdir(), 'passerelle-db-')), 'passerelle.sqlite'));
    await migrateToLatest(db);
    // Only this migration is undone, whatever comes after it.
    await db.migrate.down({ migrationSource, tableName: 'knex_migrations', name: '20261206170000_future_stay_ends' });

    const at = '2026-11-28T09:00:00.000Z';
    const [unitId] = await db('housing_units').insert({ code: 'HC-01', kind: 'hebergement_citoyen', address: 'Rue Saint-Gilles 40', capacity: 6, status: 'active', status_date: '2020-01-01', created_at: at, updated_at: at });
    const household = async (code: string) => (await db!('housing_households').insert({ code, size: 1, notes_enc: '', created_at: at, updated_at: at }))[0];
    const stay = async (householdId: number, start: string, plannedEnd: string | null, actualEnd: string | null, reason: string | null) =>
      (await db!('housing_placements').insert({ unit_id: unitId, household_id: householdId, places: 1, start_date: start, planned_end: plannedEnd, actual_end: actualEnd, end_reason: reason, created_at: at, updated_at: at }))[0];
    const ahead = await stay((await household('M-AAAA'))!, '2020-03-01', '2020-03-29', '2098-05-15', 'moved_to_housing');
    const sameDay = await stay((await household('M-BBBB'))!, '2098-06-01', '2098-06-29', '2098-06-01', 'other');
    const past = await stay((await household('M-CCCC'))!, '2020-03-01', null, '2020-04-02', 'returned');
    const open = await stay((await household('M-DDDD'))!, '2020-03-01', '2098-01-01', null, null);

    await migrateToLatest(db);
    const rows = await db('housing_placements').orderBy('id').select('id', 'planned_end', 'actual_end', 'end_reason');
    expect(rows).toEqual([
      { id: ahead, planned_end: '2098-05-15', actual_end: null, end_reason: null },
      { id: sameDay, planned_end: '2098-06-29', actual_end: null, end_reason: null },
      { id: past, planned_end: null, actual_end: '2020-04-02', end_reason: 'returned' },
      { id: open, planned_end: '2098-01-01', actual_end: null, end_reason: null },
    ]);
    const audited = await db('audit_events').where({ action: 'placement.futureEndToPlanned' }).orderBy('entity_id').pluck('entity_id');
    expect(audited).toEqual([String(ahead), String(sameDay)]);
  });
});
