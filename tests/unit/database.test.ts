import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { openDatabase, readPragma } from '../../main/db/connection';
import { appliedMigrations, DatabaseTooNewError, migrateToLatest, rollbackAll } from '../../main/db/migrate';
import { KNOWN_MIGRATIONS } from '../../main/db/migration-source';

const opened: Knex[] = [];
function open(file: string): Knex {
  const db = openDatabase(file);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

function tempFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'passerelle-db-')), 'passerelle.sqlite');
}

describe('database factory', () => {
  it('applies the safety PRAGMAs on the connection', async () => {
    const db = open(tempFile());
    expect(await readPragma(db, 'foreign_keys')).toBe(1);
    expect(await readPragma(db, 'journal_mode')).toBe('wal');
    expect(await readPragma(db, 'busy_timeout')).toBe(5000);
    expect(await readPragma(db, 'synchronous')).toBe(1); // NORMAL
    expect(await readPragma(db, 'secure_delete')).toBe(1);
  });

  it('enforces foreign keys', async () => {
    const db = open(':memory:');
    await migrateToLatest(db);
    await expect(db('user_roles').insert({ user_id: 999, role: 'admin' })).rejects.toThrow(/FOREIGN KEY/);
  });

  it('refuses a role the schema does not know', async () => {
    const db = open(':memory:');
    await migrateToLatest(db);
    const [id] = await db('users').insert({
      username: 'a',
      display_name: 'A',
      password_hash: 'x',
      created_at: 'now',
      updated_at: 'now',
    });
    await expect(db('user_roles').insert({ user_id: id, role: 'superuser' })).rejects.toThrow(/CHECK/);
  });
});

describe('migrations', () => {
  it('runs the whole chain up, down and up again', async () => {
    const db = open(':memory:');
    await migrateToLatest(db);
    expect(await appliedMigrations(db)).toEqual(KNOWN_MIGRATIONS);
    expect(await db.schema.hasTable('users')).toBe(true);
    await rollbackAll(db);
    expect(await db.schema.hasTable('users')).toBe(false);
    await migrateToLatest(db);
    expect(await db.schema.hasTable('audit_events')).toBe(true);
  });

  it('is idempotent and keeps rows across restarts', async () => {
    const file = tempFile();
    const first = open(file);
    await migrateToLatest(first);
    await first('settings').insert({ key: 'idleMinutes', value: '20' });
    await first.destroy();
    opened.splice(opened.indexOf(first), 1);
    const second = open(file);
    await migrateToLatest(second);
    expect(await second('settings').select('key', 'value')).toEqual([{ key: 'idleMinutes', value: '20' }]);
  });

  it('refuses a database written by a newer version, with a clear message, and changes nothing', async () => {
    const file = tempFile();
    const db = open(file);
    await migrateToLatest(db);
    await db('knex_migrations').insert({ name: '20991231000000_from_the_future', batch: 2, migration_time: new Date() });
    const error = await migrateToLatest(db).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toMatch(/newer version of Passerelle/);
    expect(await appliedMigrations(db)).toHaveLength(KNOWN_MIGRATIONS.length + 1);
  });
});
