import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { copyFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { foldWal, sqliteFailure } from '../db/backup';
import { fsyncFile, removeQuietly, sha256File, syncDirectory } from '../fs/durable';
import { BackupError, toBackupError } from './errors';
import { readManifestFile } from './manifest';
import { manifestPathFor } from './names';

// Files SQLite keeps beside a database. Left beside another database file, a -wal would be replayed onto it
// and corrupt it, and a hot -journal rolled back onto it.
const COMPANIONS = ['-wal', '-shm', '-journal'];
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Puts a backup in place of the database file (issue 13, point 3). To be called when the app's database is
 * CLOSED (and the data directory locked): the copy goes to a work file beside the database
 * (`.<name>.restoring.partial`), is flushed and, when the backup has a manifest, its SHA-256 is compared with
 * the manifest's. Then the old database's WAL (or hot journal) is folded into its main file, the companion
 * files are deleted, and the copy is renamed over the database file. Killed at any point, the folder holds the
 * old database or the new one, whole: until the rename the old file holds everything on its own.
 *
 * Windows: the rename replaces the file only if nothing holds it open (else EPERM/EBUSY, retried briefly for
 * an antivirus scan, then a BackupError SOURCE_BUSY).
 */
export async function installBackup(backupFile: string, databaseFile: string): Promise<void> {
  if (!isFile(backupFile)) throw new BackupError('NOT_FOUND');
  const dir = dirname(databaseFile);
  const work = join(dir, `.${basename(databaseFile)}.restoring.partial`);
  try {
    // A killed install's leftover: never reused, its content is unknown.
    rmSync(work, { force: true });
    await copyFile(backupFile, work);
    await fsyncFile(work);
    const manifest = readManifestFile(manifestPathFor(backupFile));
    if (manifest && (await sha256File(work)) !== manifest.sha256) throw new BackupError('CHECK_FAILED');
    if (!hasSqliteHeader(work)) throw new BackupError('CHECK_FAILED');

    await settleOldDatabase(databaseFile);
    for (const suffix of COMPANIONS) rmSync(`${databaseFile}${suffix}`, { force: true });
    await renameReplacing(work, databaseFile);
    syncDirectory(dir);
  } catch (error) {
    await removeQuietly(work);
    throw toBackupError(error);
  }
}

/**
 * Makes the old database file whole on its own before its companions go: committed rows still in its WAL (a
 * crash before the app's last clean close) are checkpointed into it. A database in use answers "busy": it is
 * not closed, so nothing is replaced. One that SQLite cannot read (damaged, not a database) is what a restore
 * replaces: its companions cannot save it.
 */
async function settleOldDatabase(databaseFile: string): Promise<void> {
  if (!isFile(databaseFile)) return;
  if (!COMPANIONS.some((suffix) => nonEmpty(`${databaseFile}${suffix}`))) return;
  try {
    await foldWal(databaseFile);
  } catch (error) {
    if (sqliteFailure(error) === 'busy') throw new BackupError('SOURCE_BUSY', { cause: error });
  }
}

async function renameReplacing(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const held = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      if (process.platform !== 'win32' || !held) throw error;
      if (attempt >= 10) throw new BackupError('SOURCE_BUSY', { cause: error });
      await sleep(100);
    }
  }
}

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function nonEmpty(file: string): boolean {
  return existsSync(file) && statSync(file).size > 0;
}
