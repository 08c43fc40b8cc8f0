import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BackupFolderError } from '../../../main/backups/errors';
import { readManifestFile, serialiseManifest } from '../../../main/backups/manifest';
import { manifestPathFor } from '../../../main/backups/names';
import { copyToSecondFolder, probeSecondFolder, secondFolderStatus } from '../../../main/backups/second-folder';
import { verifyBackup } from '../../../main/backups/verify';
import { writeVerifiedBackup } from '../../../main/backups/write';
import { KNOWN_MIGRATIONS } from '../../../main/db/migration-source';
import { baseOptions, buildDatabase, tempDir, removeTempDirs } from './helpers';

const opened: Knex[] = [];
const mounted: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});
afterAll(() => {
  for (const mountPoint of mounted.splice(0)) execFileSync('umount', [mountPoint]);
  removeTempDirs();
});

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const at = new Date('2026-12-07T09:15:30.000Z');
const knownMigrations = KNOWN_MIGRATIONS;

async function primaryBackup(blobMegabytes = 1) {
  const data = tempDir('second');
  const db = await buildDatabase(join(data, 'passerelle.sqlite'), { rows: 40, blobMegabytes });
  opened.push(db);
  const backup = await writeVerifiedBackup(db, { ...baseOptions, dir: join(data, 'backups'), at, reason: 'daily' });
  return { ...backup, sum: sha256(backup.file), primaryDir: join(data, 'backups') };
}

describe('copyToSecondFolder', () => {
  it('copies a backup and its manifest under the same name; the copy verifies; a second call copies nothing', async () => {
    const backup = await primaryBackup();
    const folder = tempDir('usb');
    expect(secondFolderStatus(folder)).toBe('ok');
    expect(await probeSecondFolder(folder)).toBe('ok');
    const { file } = await copyToSecondFolder(backup, folder);
    expect(file).toBe(join(folder, backup.manifest.file));
    expect(readdirSync(folder).sort()).toEqual(['passerelle-20261207-091530.manifest.json', 'passerelle-20261207-091530.sqlite']);
    expect(await verifyBackup(file, { knownMigrations })).toEqual({ ok: true, manifest: backup.manifest });
    expect(await copyToSecondFolder(backup, folder)).toEqual({ file });
    expect(readdirSync(folder)).toHaveLength(2);
    expect(sha256(backup.file)).toBe(backup.sum);
  });

  it('refuses a folder removed before the copy (FOLDER_UNREACHABLE), leaving nothing and the primary untouched', async () => {
    const backup = await primaryBackup();
    const parent = tempDir('share');
    const folder = join(parent, 'Passerelle');
    mkdirSync(folder);
    rmSync(folder, { recursive: true });
    expect(secondFolderStatus(folder)).toBe('unreachable');
    const error = await copyToSecondFolder(backup, folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupFolderError);
    expect(error).toMatchObject({ code: 'FOLDER_UNREACHABLE', message: 'the backup folder cannot be reached' });
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync(folder)).toBe(false);
    expect(sha256(backup.file)).toBe(backup.sum);
    expect(await verifyBackup(backup.file, { knownMigrations })).toMatchObject({ ok: true });

    writeFileSync(folder, 'a file, not a folder');
    expect(secondFolderStatus(folder)).toBe('unreachable');
    await expect(copyToSecondFolder(backup, folder)).rejects.toMatchObject({ code: 'FOLDER_UNREACHABLE' });
  });

  it.runIf(process.getuid?.() === 0)('refuses a full folder (FOLDER_FULL) once the copy fills it, and removes its work files', async () => {
    const backup = await primaryBackup(3);
    const folder = tempDir('full-usb');
    // Room for the copy and not one page more: the copy fits, its manifest does not.
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${backup.manifest.bytes}`, 'tmpfs', folder]);
    mounted.push(folder);
    const error = await copyToSecondFolder(backup, folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupFolderError);
    expect(error).toMatchObject({ code: 'FOLDER_FULL' });
    expect((error as Error).cause).toMatchObject({ code: 'ENOSPC' }); // at the manifest, after the copy was written
    expect(readdirSync(folder)).toEqual([]);
    expect(sha256(backup.file)).toBe(backup.sum);
  });

  it('moves a copy to the next free name when another file has its name there, its manifest naming it', async () => {
    const backup = await primaryBackup();
    const folder = tempDir('nas');
    writeFileSync(join(folder, backup.manifest.file), 'another installation’s file of the same second');
    const { file } = await copyToSecondFolder(backup, folder);
    expect(file).toBe(join(folder, 'passerelle-20261207-091530-2.sqlite'));
    const check = await verifyBackup(file, { knownMigrations });
    expect(check).toEqual({ ok: true, manifest: { ...backup.manifest, file: 'passerelle-20261207-091530-2.sqlite' } });
    expect(readFileSync(join(folder, backup.manifest.file), 'utf8')).toBe('another installation’s file of the same second');
    // Copied once: the next call finds it under its other name.
    expect(await copyToSecondFolder(backup, folder)).toEqual({ file });
    expect(readdirSync(folder)).toHaveLength(3);
  });

  it('refuses a primary that changed since its manifest was written (CHECK_FAILED), leaving nothing in the folder', async () => {
    const backup = await primaryBackup();
    const folder = tempDir('usb2');
    const bytes = readFileSync(backup.file);
    bytes[100]! ^= 0xff;
    writeFileSync(backup.file, bytes);
    await expect(copyToSecondFolder(backup, folder)).rejects.toMatchObject({ name: 'BackupError', code: 'CHECK_FAILED' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('prunes the second folder with the same rotation after a copy', async () => {
    const backup = await primaryBackup();
    const folder = tempDir('usb3');
    // Thirty older backups already there, one a day in November.
    for (let day = 1; day <= 30; day += 1) {
      const name = `passerelle-202611${String(day).padStart(2, '0')}-091530.sqlite`;
      writeFileSync(join(folder, name), 'x');
      const createdAt = `2026-11-${String(day).padStart(2, '0')}T09:15:30.000Z`;
      writeFileSync(manifestPathFor(join(folder, name)), serialiseManifest({ ...backup.manifest, file: name, createdAt, bytes: 1 }));
    }
    // And another installation's, sharing the folder: neither pruned nor counted.
    const theirs = [1, 2, 3].map((day) => `passerelle-202610${String(day).padStart(2, '0')}-120000.sqlite`);
    for (const name of theirs) {
      writeFileSync(join(folder, name), 'y');
      const createdAt = `${name.slice(11, 15)}-${name.slice(15, 17)}-${name.slice(17, 19)}T12:00:00.000Z`;
      const manifest = { ...backup.manifest, file: name, createdAt, bytes: 1, installationId: 'another-installation' };
      writeFileSync(manifestPathFor(join(folder, name)), serialiseManifest(manifest));
    }
    await copyToSecondFolder(backup, folder, { now: at });
    const left = readdirSync(folder).filter((name) => name.endsWith('.sqlite') && !theirs.includes(name)).sort();
    for (const name of theirs) expect(existsSync(join(folder, name))).toBe(true);
    // Days: 7 December (the copy, a Monday) and 25–30 November; ISO weeks: W50 (the copy), W49 (30 November),
    // W48 (29 November), W47 (22 November); months: the copy and 30 November.
    expect(left).toEqual([
      'passerelle-20261122-091530.sqlite',
      ...[25, 26, 27, 28, 29, 30].map((day) => `passerelle-202611${day}-091530.sqlite`),
      'passerelle-20261207-091530.sqlite',
    ]);
    expect(readManifestFile(manifestPathFor(join(folder, 'passerelle-20261207-091530.sqlite')))?.sha256).toBe(backup.manifest.sha256);
  });
});
