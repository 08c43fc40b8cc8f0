import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BackupError } from '../../../main/backups/errors';
import { listBackups } from '../../../main/backups/list';
import { parseManifest, readManifestFile, serialiseManifest, type BackupManifest } from '../../../main/backups/manifest';
import { manifestPathFor } from '../../../main/backups/names';
import { verifyBackup } from '../../../main/backups/verify';
import { writeVerifiedBackup, type BackupProgress } from '../../../main/backups/write';
import { countTables, readAppliedMigrations } from '../../../main/db/backup';
import { KNOWN_MIGRATIONS } from '../../../main/db/migration-source';
import { addRows, baseOptions, buildDatabase, tempDir, removeTempDirs } from './helpers';

afterAll(removeTempDirs);

const opened: Knex[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

async function source(options: Parameters<typeof buildDatabase>[1] = {}): Promise<{ db: Knex; dir: string }> {
  const data = tempDir('data');
  const db = await buildDatabase(join(data, 'passerelle.sqlite'), options);
  opened.push(db);
  return { db, dir: join(data, 'backups') };
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const at = new Date('2026-12-07T09:15:30.000Z');

describe('writeVerifiedBackup', () => {
  it('writes a backup that verifies, with a manifest describing exactly the copy', async () => {
    const { db, dir } = await source({ rows: 250, blobMegabytes: 2 });
    const sourceCounts = await countTables(db);
    const progress: BackupProgress[] = [];
    const { file, manifest } = await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'manual', onProgress: (p) => progress.push(p) });

    expect(file).toBe(join(dir, 'passerelle-20261207-091530.sqlite'));
    expect(readdirSync(dir).sort()).toEqual(['passerelle-20261207-091530.manifest.json', 'passerelle-20261207-091530.sqlite']);
    expect(manifest).toEqual({
      format: 'passerelle-backup 1',
      file: 'passerelle-20261207-091530.sqlite',
      createdAt: at.toISOString(),
      reason: 'manual',
      appVersion: '0.1.0-test',
      migrations: [...KNOWN_MIGRATIONS],
      tables: sourceCounts,
      bytes: statSync(file).size,
      sha256: sha256(file),
      installationId: baseOptions.identity.installationId,
      fieldKeyFingerprint: baseOptions.identity.fieldKeyFingerprint,
    });
    expect(manifest.tables).toMatchObject({ test_rows: 250, test_blobs: 2, knex_migrations: KNOWN_MIGRATIONS.length });
    expect(readManifestFile(manifestPathFor(file))).toEqual(manifest);
    expect(await verifyBackup(file, { knownMigrations: KNOWN_MIGRATIONS })).toEqual({ ok: true, manifest });

    // Progress goes through the three phases in order and ends complete.
    const phases = [...new Set(progress.map((p) => p.phase))];
    expect(phases).toEqual(['copying', 'checking', 'publishing']);
    expect(progress.at(-1)).toMatchObject({ phase: 'publishing', bytesDone: manifest.bytes, bytesTotal: manifest.bytes });
    // Verifying left nothing beside the backup (no -wal/-shm, no journal).
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('backs up while another task writes through the same handle: the copy matches its own manifest', async () => {
    const { db, dir } = await source({ rows: 10, blobMegabytes: 4 });
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await db.transaction(async (trx) => {
          await trx('test_rows').insert({ value: `concurrent ${written}` });
          await trx('test_rows').insert({ value: `concurrent ${written} bis` });
        });
        written += 2;
      }
    })();
    // Let the writer get going, then back up in the middle of it.
    while (written < 20) await new Promise((r) => setTimeout(r, 1));
    const before = written;
    const { file, manifest } = await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'daily' });
    const after = written;
    writing = false;
    await writer;

    expect(await verifyBackup(file, { knownMigrations: KNOWN_MIGRATIONS })).toMatchObject({ ok: true });
    const copied = (manifest.tables.test_rows ?? 0) - 10;
    // A whole number of the writer's transactions, taken between the start and the end of the backup.
    expect(copied % 2).toBe(0);
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copied).toBeLessThanOrEqual(after);
    expect(after).toBeGreaterThan(before); // the writer did run during the backup, queued behind it
  });

  it('gives same-second backups their own names and never overwrites one', async () => {
    const { db, dir } = await source();
    const first = await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'manual' });
    const firstSum = sha256(first.file);
    await addRows(db, 5);
    const second = await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'daily' });
    const third = await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'daily' });
    expect([first, second, third].map((b) => b.manifest.file)).toEqual([
      'passerelle-20261207-091530.sqlite',
      'passerelle-20261207-091530-2.sqlite',
      'passerelle-20261207-091530-3.sqlite',
    ]);
    expect(sha256(first.file)).toBe(firstSum);
    expect(second.manifest.tables.test_rows).toBe(105);
    for (const backup of [first, second, third]) {
      expect(await verifyBackup(backup.file, { knownMigrations: KNOWN_MIGRATIONS })).toMatchObject({ ok: true });
    }
  });

  it('leaves alone a manifest published by a run killed before its copy, and takes the next name', async () => {
    const { db, dir } = await source();
    const first = await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'manual' });
    // The state a kill between the two renames leaves: the manifest under its name, the copy not yet.
    rmSync(first.file);
    expect(listBackups(dir)).toEqual([]);
    expect(await verifyBackup(first.file, { knownMigrations: KNOWN_MIGRATIONS })).toEqual({ ok: false, problem: 'missing' });
    const next = await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'manual' });
    expect(next.manifest.file).toBe('passerelle-20261207-091530-2.sqlite');
    expect(listBackups(dir).map((entry) => entry.name)).toEqual(['passerelle-20261207-091530-2.sqlite']);
  });

  it('fails its check without publishing anything when the source holds a migration this version does not know', async () => {
    const { db, dir } = await source();
    const existing = await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'manual' });
    const existingSum = sha256(existing.file);
    const error = await writeVerifiedBackup(db, {
      ...baseOptions,
      dir,
      at,
      reason: 'manual',
      knownMigrations: KNOWN_MIGRATIONS.slice(0, -1),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({ code: 'CHECK_FAILED', message: 'the copy did not pass its checks' });
    expect(readdirSync(dir).sort()).toEqual(['passerelle-20261207-091530.manifest.json', 'passerelle-20261207-091530.sqlite']);
    expect(sha256(existing.file)).toBe(existingSum);
  });

  it('removes stale work files of killed runs, and leaves a fresh one alone', async () => {
    const { db, dir } = await source();
    await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'manual' });
    const stale = join(dir, '.passerelle-20261207-091530.0123456789ab.sqlite.partial');
    const staleManifest = join(dir, '.passerelle-20261207-091530.0123456789ab.manifest.json.partial');
    const fresh = join(dir, '.passerelle-20261207-091531.ba9876543210.sqlite.partial');
    for (const file of [stale, staleManifest, fresh]) writeFileSync(file, 'left by a killed run');
    const tenMinutesAgo = new Date(Date.now() - 10 * 60 * 1000);
    utimesSync(stale, tenMinutesAgo, tenMinutesAgo);
    utimesSync(staleManifest, tenMinutesAgo, tenMinutesAgo);
    await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'manual' });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(staleManifest)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});

describe('verifyBackup', () => {
  async function backup(): Promise<{ file: string; manifest: BackupManifest; db: Knex }> {
    const { db, dir } = await source({ rows: 300, blobMegabytes: 1 });
    return { ...(await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'manual' })), db };
  }
  const verify = (file: string) => verifyBackup(file, { knownMigrations: KNOWN_MIGRATIONS });
  /** Rewrites the manifest so that it matches the file again (a forged or regenerated manifest). */
  const rewriteManifest = (file: string, change: (m: BackupManifest) => BackupManifest): void => {
    const manifest = readManifestFile(manifestPathFor(file));
    if (!manifest) throw new Error('no manifest');
    writeFileSync(manifestPathFor(file), serialiseManifest(change({ ...manifest, bytes: statSync(file).size, sha256: sha256(file) })));
  };

  it('refuses a flipped byte (checksum)', async () => {
    const { file } = await backup();
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(file, bytes);
    expect(await verify(file)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('refuses a truncated file (checksum)', async () => {
    const { file } = await backup();
    truncateSync(file, statSync(file).size - 4096);
    expect(await verify(file)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('refuses a missing or damaged manifest (noManifest) and a missing file (missing)', async () => {
    const { file, manifest } = await backup();
    writeFileSync(manifestPathFor(file), '{"format": "passerelle-backup 1", "file": ');
    expect(await verify(file)).toEqual({ ok: false, problem: 'noManifest' });
    writeFileSync(manifestPathFor(file), serialiseManifest(manifest)); // whole again
    expect(await verify(file)).toMatchObject({ ok: true });
    rewriteManifest(file, (m) => ({ ...m, file: 'passerelle-20200101-000000.sqlite' })); // another file's
    expect(await verify(file)).toEqual({ ok: false, problem: 'noManifest' });
    const text = readFileSync(manifestPathFor(file), 'utf8');
    expect(parseManifest(text.replace('"reason"', '"extra": 1, "reason"'))).toBeNull(); // strict: unknown keys refused
    writeFileSync(manifestPathFor(file), '');
    expect(await verify(file)).toEqual({ ok: false, problem: 'noManifest' });
    rmSync(manifestPathFor(file));
    expect(await verify(file)).toEqual({ ok: false, problem: 'noManifest' });
    expect(await verify(join(file, '..', 'passerelle-20200101-000000.sqlite'))).toEqual({ ok: false, problem: 'missing' });
  });

  it('reads a backup in a folder whose name holds URI syntax and accents', async () => {
    const { db } = await source();
    const dir = join(tempDir('odd'), 'Sauvegardes #1 ?%20 élèves');
    const { file } = await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'manual' });
    expect(await verify(file)).toMatchObject({ ok: true });
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('refuses a backup from a newer version (newerSchema), even with a consistent manifest', async () => {
    const { db, dir } = await source();
    await db('knex_migrations').insert({ name: '20991231000000_from_the_future', batch: 99, migration_time: new Date().toISOString() });
    const future = [...KNOWN_MIGRATIONS, '20991231000000_from_the_future'];
    const { file } = await writeVerifiedBackup(db, { ...baseOptions, dir, at, reason: 'manual', knownMigrations: future });
    expect(await verifyBackup(file, { knownMigrations: future })).toMatchObject({ ok: true });
    expect(await verify(file)).toEqual({ ok: false, problem: 'newerSchema' });
  });

  it('refuses counts that differ from the manifest, a damaged page, and a file that is not a database', async () => {
    const { file } = await backup();
    rewriteManifest(file, (m) => ({ ...m, tables: { ...m.tables, test_rows: 299 } }));
    expect(await verify(file)).toEqual({ ok: false, problem: 'counts' });

    rewriteManifest(file, (m) => ({ ...m, tables: { ...m.tables, test_rows: 300 } }));
    expect(await verify(file)).toMatchObject({ ok: true });
    // Garbage over the last pages (b-tree pages of the tables written last).
    const bytes = readFileSync(file);
    bytes.fill(0x5a, bytes.length - 3 * 4096);
    writeFileSync(file, bytes);
    rewriteManifest(file, (m) => m);
    expect(await verify(file)).toEqual({ ok: false, problem: 'integrity' });

    writeFileSync(file, Buffer.alloc(8192, 0x41));
    rewriteManifest(file, (m) => m);
    expect(await verify(file)).toEqual({ ok: false, problem: 'unreadable' });
    expect(readdirSync(join(file, '..'))).toHaveLength(2); // nothing created beside it
  });

  it('reads migrations from the copy in the order they ran', async () => {
    const { file, manifest, db } = await backup();
    expect(manifest.migrations).toEqual(await readAppliedMigrations(db));
    expect(manifest.migrations).toEqual(KNOWN_MIGRATIONS);
    expect(await verify(file)).toMatchObject({ ok: true });
  });
});
