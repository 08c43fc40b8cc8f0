import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../main/core';
import { createMemoryLogger } from '../../main/log';
import { openDatabase } from '../../main/db/connection';
import { KNOWN_MIGRATIONS, migrationSource } from '../../main/db/migration-source';
import { plainKeyWrapper } from '../../main/crypto/key-store';
import { readManifestFile } from '../../main/backups/manifest';
import { manifestPathFor } from '../../main/backups/names';
import { verifyBackup } from '../../main/backups/verify';
import { TEST_SCRYPT_COST } from '../helpers/core';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A data directory whose database an earlier version left: every migration but the last one applied. */
async function olderDatabase(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-older-'));
  folders.push(dataDir);
  const db = openDatabase(join(dataDir, 'passerelle.sqlite'));
  try {
    for (let step = 0; step < KNOWN_MIGRATIONS.length - 1; step += 1) {
      await db.migrate.up({ migrationSource, tableName: 'knex_migrations' });
    }
    await db('settings').insert({ key: 'idleMinutes', value: '20' });
  } finally {
    await db.destroy();
  }
  return dataDir;
}

describe('migrations', () => {
  it('are preceded by a verified backup of the database as the earlier version left it', async () => {
    const dataDir = await olderDatabase();
    const core = await createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: { wrapper: plainKeyWrapper } });
    try {
      expect(core.problem).toBeNull();
      expect((await core.db('knex_migrations').pluck('name')).length).toBe(KNOWN_MIGRATIONS.length);
    } finally {
      await core.close();
    }
    const names = readdirSync(join(dataDir, 'backups')).filter((name) => name.endsWith('.sqlite'));
    expect(names).toHaveLength(1);
    const file = join(dataDir, 'backups', names[0]!);
    const manifest = readManifestFile(manifestPathFor(file));
    expect(manifest).toMatchObject({ reason: 'beforeMigration', migrations: KNOWN_MIGRATIONS.slice(0, -1) });
    expect(manifest?.tables.settings).toBe(1);
    expect(await verifyBackup(file, { knownMigrations: KNOWN_MIGRATIONS })).toMatchObject({ ok: true });
  });

  it('make no backup for a new installation or an up-to-date database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-new-'));
    folders.push(dataDir);
    for (let start = 0; start < 2; start += 1) {
      const core = await createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: { wrapper: plainKeyWrapper } });
      await core.close();
    }
    expect(readdirSync(dataDir).includes('backups') ? readdirSync(join(dataDir, 'backups')) : []).toEqual([]);
  });
});

describe('the daily backup', () => {
  it('is made soon after the start when none exists today, once, as a verified backup', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-daily-'));
    folders.push(dataDir);
    const options = { dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: { wrapper: plainKeyWrapper }, automaticBackups: true };
    const core = await createCore(options);
    const backups = (): string[] => {
      try {
        return readdirSync(join(dataDir, 'backups')).filter((name) => name.endsWith('.sqlite'));
      } catch {
        return [];
      }
    };
    try {
      await vi.waitFor(() => expect(backups()).toHaveLength(1), { timeout: 8_000, interval: 100 });
    } finally {
      await core.close();
    }
    const file = join(dataDir, 'backups', backups()[0]!);
    expect(readManifestFile(manifestPathFor(file))?.reason).toBe('daily');
    // A second start the same day finds today's backup and makes no other.
    const again = await createCore(options);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await again.close();
    expect(backups()).toHaveLength(1);
  });
});
