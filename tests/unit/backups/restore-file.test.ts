import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestPathFor } from '../../../main/backups/names';
import { installBackup } from '../../../main/backups/restore-file';
import { writeVerifiedBackup } from '../../../main/backups/write';
import { openDatabase } from '../../../main/db/connection';
import { addRows, baseOptions, buildDatabase, reportedDuration, runChild, spreadDelays, stateOf, tempDir, removeTempDirs } from './helpers';

afterAll(removeTempDirs);

const COMPANIONS = ['-wal', '-shm', '-journal'];

/**
 * A data directory whose database has a backup, then changes made after it. With `crashWal`, the changes are
 * left in the WAL (no checkpoint) and the files are copied while the connection is still open: the state a crash
 * leaves, where the rows after the backup exist only in `passerelle.sqlite-wal`.
 */
async function scenario(options: { blobMegabytes?: number; crashWal?: boolean } = {}) {
  const data = tempDir('restore');
  const databaseFile = join(data, 'passerelle.sqlite');
  const db = await buildDatabase(databaseFile, { rows: 100, blobMegabytes: options.blobMegabytes ?? 1 });
  const backup = await writeVerifiedBackup(db, { ...baseOptions, dir: join(data, 'backups'), at: new Date(), reason: 'beforeRestore' });
  // The manifest's counts (opening the backup with the app's handle would turn it to WAL and change it).
  const atBackup = { ok: true, tables: backup.manifest.tables };
  if (options.crashWal) await db.raw('PRAGMA wal_autocheckpoint = 0');
  await addRows(db, 50);
  await db('test_blobs').where('id', 1).delete();
  let pristine: string | null = null;
  if (options.crashWal) {
    pristine = tempDir('crashed');
    copyFileSync(databaseFile, join(pristine, 'passerelle.sqlite'));
    copyFileSync(`${databaseFile}-wal`, join(pristine, 'passerelle.sqlite-wal'));
  }
  await db.destroy();
  return { data, databaseFile, backup, atBackup, pristine };
}

/** Puts the crashed state back: the main file and its WAL as a crash left them, no -shm. */
function restoreCrashedState(pristine: string, databaseFile: string): void {
  for (const suffix of COMPANIONS) rmSync(`${databaseFile}${suffix}`, { force: true });
  copyFileSync(join(pristine, 'passerelle.sqlite'), databaseFile);
  copyFileSync(join(pristine, 'passerelle.sqlite-wal'), `${databaseFile}-wal`);
}

async function rows(databaseFile: string): Promise<number> {
  const db: Knex = openDatabase(databaseFile);
  try {
    const [row] = (await db('test_rows').count({ n: '*' })) as { n: number }[];
    return row?.n ?? -1;
  } finally {
    await db.destroy();
  }
}

describe('installBackup', () => {
  it('puts the database back as it was at the backup', async () => {
    const { data, databaseFile, backup, atBackup } = await scenario();
    expect(await rows(databaseFile)).toBe(150);
    await installBackup(backup.file, databaseFile);
    expect(await stateOf(databaseFile)).toEqual(atBackup);
    expect(await rows(databaseFile)).toBe(100);
    expect(readdirSync(data).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('removes a stale WAL instead of replaying it onto the restored file', async () => {
    const { databaseFile, backup, atBackup, pristine } = await scenario({ crashWal: true });
    restoreCrashedState(pristine!, databaseFile);
    expect(statSync(`${databaseFile}-wal`).size).toBeGreaterThan(0);
    await installBackup(backup.file, databaseFile);
    for (const suffix of COMPANIONS) expect(existsSync(`${databaseFile}${suffix}`), suffix).toBe(false);
    expect(await stateOf(databaseFile)).toEqual(atBackup);

    // A WAL that is not even one (garbage beside the file) goes too.
    writeFileSync(`${databaseFile}-wal`, randomBytes(64 * 1024));
    await installBackup(backup.file, databaseFile);
    expect(existsSync(`${databaseFile}-wal`)).toBe(false);
    expect(await stateOf(databaseFile)).toEqual(atBackup);
  });

  it('refuses a copy whose checksum differs from the manifest, or a file that is not a database, and leaves the database as it was', async () => {
    const { data, databaseFile, backup } = await scenario();
    const before = await stateOf(databaseFile);
    const damaged = join(data, 'backups', 'passerelle-20200101-000000.sqlite');
    const bytes = readFileSync(backup.file);
    bytes[bytes.length - 10]! ^= 0x01;
    writeFileSync(damaged, bytes);
    copyFileSync(manifestPathFor(backup.file), manifestPathFor(damaged));
    await expect(installBackup(damaged, databaseFile)).rejects.toMatchObject({ name: 'BackupError', code: 'CHECK_FAILED' });

    const junk = join(data, 'junk.sqlite');
    writeFileSync(junk, randomBytes(8192));
    await expect(installBackup(junk, databaseFile)).rejects.toMatchObject({ code: 'CHECK_FAILED' });
    await expect(installBackup(join(data, 'none.sqlite'), databaseFile)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await stateOf(databaseFile)).toEqual(before);
    expect(readdirSync(data).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it(
    'killed with SIGKILL at any moment, leaves the old database or the new one, whole',
    async () => {
      const { databaseFile, backup, atBackup, pristine } = await scenario({ blobMegabytes: 16, crashWal: true });
      restoreCrashedState(pristine!, databaseFile);
      const old = await stateOf(databaseFile); // opening recovers the WAL: the rows after the backup are there
      expect(old.tables.test_rows).toBe(150);
      expect(atBackup.tables.test_rows).toBe(100);

      restoreCrashedState(pristine!, databaseFile);
      const calibration = await runChild(['install', backup.file, databaseFile]);
      expect(calibration.lines.at(-1)).toMatch(/^done \d+$/);
      const duration = reportedDuration(calibration);

      const outcomes = { old: 0, new: 0 };
      let killed = 0;
      const delays = spreadDelays(16, duration * 1.2);
      for (let attempt = 0; attempt < 30 && (delays.length > 0 || killed < 10); attempt += 1) {
        restoreCrashedState(pristine!, databaseFile);
        const delay = delays.pop() ?? Math.round(Math.random() * duration);
        const run = await runChild(['install', backup.file, databaseFile], { killAfterReadyMs: delay });
        if (run.killed) killed += 1;
        const state = await stateOf(databaseFile);
        expect(state.ok).toBe(true);
        if (state.tables.test_rows === 150) {
          expect(state).toEqual(old);
          outcomes.old += 1;
        } else {
          expect(state).toEqual(atBackup);
          outcomes.new += 1;
        }
      }
      expect(killed).toBeGreaterThanOrEqual(10);

      // The next install removes a killed one's work file.
      await installBackup(backup.file, databaseFile);
      expect(readdirSync(join(databaseFile, '..')).filter((name) => name.startsWith('.'))).toEqual([]);
      console.info(
        `kill -9 during installs of a ${Math.round(backup.manifest.bytes / 1e6)} MB backup over a crashed database: an install takes ` +
          `${duration} ms in the child; ${killed} of ${outcomes.old + outcomes.new} runs killed; afterwards ${outcomes.old}× the old database, ${outcomes.new}× the backup, all whole`,
      );
    },
    60_000,
  );
});
