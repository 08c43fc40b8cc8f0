import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { migrationSource } from '../../main/db/migration-source';

/**
 * Migration 20261206153000_loan_decisions: loans decided by an older version get their signed decisions back
 * from the audit log (who and when), with the loan's reason for a refusal or a cancellation.
 */
let db: Knex | null = null;
afterEach(async () => {
  await db?.destroy();
  db = null;
});

describe('loan decisions migration', () => {
  it('signs the decisions already taken from the audit log, and skips deleted loans and other actions', async () => {
    db = openDatabase(join(mkdtempSync(join(tmpdir(), 'passerelle-db-')), 'passerelle.sqlite'));
    await migrateToLatest(db);
    // Only this migration is undone, whatever comes after it.
    await db.migrate.down({ migrationSource, tableName: 'knex_migrations', name: '20261206153000_loan_decisions' });
    expect(await db.schema.hasTable('loan_decisions')).toBe(false);

    const at = '2026-11-28T09:00:00.000Z';
    const [userId] = await db('users').insert({ username: 'n.verlaine', display_name: 'Nadia Verlaine', password_hash: 'x', created_at: at, updated_at: at });
    const exhibition: { id: number } = await db('exhibitions').where({ kind: 'loanable' }).first('id');
    const loan = (status: string, reason: string) => ({
      exhibition_id: exhibition.id,
      venue_name: 'Bibliothèque des Chiroux',
      delivery_date: '2027-01-11',
      start_date: '2027-01-11',
      end_date: '2027-01-22',
      pickup_date: '2027-01-22',
      school_year: '2026–2027',
      status,
      status_reason: reason,
      created_at: at,
      updated_at: at,
    });
    const [approved] = await db('loans').insert(loan('approved', ''));
    const [refused] = await db('loans').insert({ ...loan('refused', 'Hors programme.'), delivery_date: '2027-02-01', start_date: '2027-02-01', end_date: '2027-02-12', pickup_date: '2027-02-12' });
    const audit = (action: string, entityId: number, when: string) => ({ at: when, user_id: userId, action, entity: 'loan', entity_id: String(entityId) });
    await db('audit_events').insert([
      audit('loan.create', approved!, '2026-11-20T08:00:00.000Z'),
      audit('loan.update', approved!, '2026-11-20T08:30:00.000Z'),
      audit('loan.approve', approved!, '2026-11-21T10:00:00.000Z'),
      audit('loan.create', refused!, '2026-11-22T08:00:00.000Z'),
      audit('loan.refuse', refused!, '2026-11-23T09:00:00.000Z'),
      audit('loan.create', 999, '2026-11-24T08:00:00.000Z'), // deleted since
    ]);

    await migrateToLatest(db);
    const rows = await db('loan_decisions').orderBy('id').select('loan_id', 'decision', 'decided_at', 'decided_by', 'reason');
    expect(rows).toEqual([
      { loan_id: approved, decision: 'requested', decided_at: '2026-11-20T08:00:00.000Z', decided_by: userId, reason: '' },
      { loan_id: approved, decision: 'approved', decided_at: '2026-11-21T10:00:00.000Z', decided_by: userId, reason: '' },
      { loan_id: refused, decision: 'requested', decided_at: '2026-11-22T08:00:00.000Z', decided_by: userId, reason: '' },
      { loan_id: refused, decision: 'refused', decided_at: '2026-11-23T09:00:00.000Z', decided_by: userId, reason: 'Hors programme.' },
    ]);
  });
});
