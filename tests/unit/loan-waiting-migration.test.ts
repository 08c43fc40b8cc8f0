import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { migrationSource } from '../../main/db/migration-source';

/**
 * Migration 20261207100000_loan_waiting_requests widens two CHECK lists in place on SQLite (no table rebuild):
 * the loans recorded before keep their checks, visits and decisions (a rebuild would have cascaded them away).
 */
let db: Knex | null = null;
afterEach(async () => {
  await db?.destroy();
  db = null;
});

describe('loan waiting requests migration', () => {
  it('keeps every row tied to a loan, then takes waiting loans and decisions and a contact id; refuses unknown statuses', async () => {
    db = openDatabase(join(mkdtempSync(join(tmpdir(), 'passerelle-db-')), 'passerelle.sqlite'));
    await migrateToLatest(db);
    await db.migrate.down({ migrationSource, tableName: 'knex_migrations', name: '20261207100000_loan_waiting_requests' });
    const at = '2026-11-28T09:00:00.000Z';
    const exhibition: { id: number } = await db('exhibitions').where({ kind: 'loanable' }).first('id');
    const loan = { exhibition_id: exhibition.id, venue_name: 'Bibliothèque des Chiroux', delivery_date: '2027-01-11', start_date: '2027-01-11', end_date: '2027-01-22', pickup_date: '2027-01-22', school_year: '2026–2027', created_at: at, updated_at: at };
    await expect(db('loans').insert({ ...loan, status: 'waiting' })).rejects.toThrow(/CHECK/);
    const [id] = await db('loans').insert({ ...loan, status: 'approved' });
    await db('loan_decisions').insert({ loan_id: id, decision: 'approved', decided_at: at, reason: '' });

    await migrateToLatest(db);
    expect(await db('loans').count({ n: '*' }).first()).toEqual({ n: 1 });
    expect(await db('loan_decisions').where({ loan_id: id }).count({ n: '*' }).first()).toEqual({ n: 1 });
    const [waiting] = await db('loans').insert({ ...loan, status: 'waiting' });
    await db('loan_decisions').insert({ loan_id: waiting, decision: 'waiting', decided_at: at, reason: '' });
    await expect(db('loans').insert({ ...loan, status: 'lost' })).rejects.toThrow(/CHECK/);
    await expect(db('loans').where({ id }).update({ contact_id: 4242 })).rejects.toThrow(/FOREIGN KEY/);
    expect((await db.raw('PRAGMA integrity_check'))[0]).toEqual({ integrity_check: 'ok' });
  });
});
