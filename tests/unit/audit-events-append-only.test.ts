import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { recordAudit } from '../../main/services/system/audit-events';

/** audit_events is append-only like housing_audit_log (issue 13, point 7): SQLite triggers refuse UPDATE and DELETE. */

let dir: string;
let db: Knex;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'passerelle-audit-'));
  db = openDatabase(join(dir, 'passerelle.sqlite'));
  await migrateToLatest(db);
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

async function rows() {
  return (await db('audit_events').orderBy('id')) as Record<string, unknown>[];
}

describe('audit_events', () => {
  it('takes new rows, through the service and through knex', async () => {
    await recordAudit(db, { userId: null, action: 'backup.create', entity: 'database' }, new Date('2026-12-06T10:00:00Z'));
    await db('audit_events').insert({ at: '2026-12-06T10:01:00.000Z', user_id: null, action: 'housing.unit.create', entity: 'housing_unit', entity_id: '7' });
    expect((await rows()).map((row) => [row.action, row.entity_id])).toEqual([
      ['backup.create', null],
      ['housing.unit.create', '7'],
    ]);
  });

  it('refuses to change or delete a row, one or all, and keeps them as they were', async () => {
    await recordAudit(db, { userId: null, action: 'auth.login', entity: 'session', entityId: 1 }, new Date('2026-12-06T10:00:00Z'));
    await recordAudit(db, { userId: null, action: 'auth.logout', entity: 'session', entityId: 1 }, new Date('2026-12-06T10:05:00Z'));
    const before = await rows();
    const first = before[0]!.id as number;

    await expect(db('audit_events').where({ id: first }).update({ action: 'settings.update' })).rejects.toThrow(/append-only/);
    await expect(db('audit_events').update({ entity_id: null })).rejects.toThrow(/append-only/);
    await expect(db('audit_events').where({ id: first }).delete()).rejects.toThrow(/append-only/);
    await expect(db('audit_events').delete()).rejects.toThrow(/append-only/);
    // Inside a transaction too: the refusal rolls the transaction back with everything it held.
    await expect(
      db.transaction(async (trx) => {
        await trx('audit_events').insert({ at: '2026-12-06T11:00:00.000Z', user_id: null, action: 'auth.login', entity: 'session', entity_id: '2' });
        await trx('audit_events').where({ id: first }).delete();
      }),
    ).rejects.toThrow(/append-only/);

    expect(await rows()).toEqual(before);
  });
});
