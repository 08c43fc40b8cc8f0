import { mkdirSync, statSync } from 'node:fs';
import type { Knex } from 'knex';
import {
  copyDatabaseInto,
  countTables,
  databaseBytes,
  readAppliedMigrations,
  type PooledConnection,
} from '../db/backup';
import { fsyncFile, removeQuietly, sha256File } from '../fs/durable';
import { BackupError, toBackupError } from './errors';
import { inspectDatabaseFile, sameCounts, sameMigrations } from './inspect';
import { MANIFEST_FORMAT, type BackupIdentity, type BackupManifest, type BackupReason } from './manifest';
import { backupStamp, partialCompanions, partialPaths } from './names';
import { removeStalePartials } from './partials';
import { publishBackup } from './publish';

export interface BackupProgress {
  phase: 'copying' | 'checking' | 'publishing';
  bytesDone: number;
  bytesTotal: number;
}

export interface WriteBackupOptions {
  dir: string;
  at: Date;
  reason: BackupReason;
  appVersion: string;
  knownMigrations: readonly string[];
  identity: BackupIdentity | null;
  onProgress?: (progress: BackupProgress) => void;
}

// VACUUM INTO reports nothing while it copies: the work file's size is polled instead.
const PROGRESS_INTERVAL_MS = 200;

/**
 * Writes a backup that is whole or absent (issue 13, point 1). The copy goes to a work file (`.….partial`),
 * is flushed, opened read-only and checked (integrity, the source's migrations exactly and all known, the
 * source's row counts), hashed, then its manifest is published and only then the copy under the backup's name.
 * Killed at any moment, no file under a backup name is unchecked; a failure removes the work files and throws
 * a BackupError. The live database and the existing backups are never written to.
 */
export async function writeVerifiedBackup(
  db: Knex,
  options: WriteBackupOptions,
): Promise<{ file: string; manifest: BackupManifest }> {
  const { dir, at } = options;
  const report = progressReporter(options.onProgress);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw toBackupError(error);
  }
  removeStalePartials(dir);
  const stamp = backupStamp(at);
  const work = partialPaths(dir, `passerelle-${stamp}`);
  try {
    const source = await copyAndCount(db, work.sqlite, (done, total) => report('copying', done, total));
    await fsyncFile(work.sqlite);
    const bytes = statSync(work.sqlite).size;
    report('checking', 0, bytes);

    const copy = await inspectDatabaseFile(work.sqlite);
    if (!copy.readable || !copy.integrityOk) throw new BackupError('CHECK_FAILED');
    const unknown = copy.migrations.filter((name) => !options.knownMigrations.includes(name));
    if (unknown.length > 0 || !sameMigrations(copy.migrations, source.migrations)) throw new BackupError('CHECK_FAILED');
    if (!sameCounts(copy.tables, source.tables)) throw new BackupError('CHECK_FAILED');
    const sha256 = await sha256File(work.sqlite, (done) => report('checking', done, bytes));

    report('publishing', 0, bytes);
    const published = publishBackup(dir, stamp, work, (file) => ({
      format: MANIFEST_FORMAT,
      file,
      createdAt: at.toISOString(),
      reason: options.reason,
      appVersion: options.appVersion,
      migrations: copy.migrations,
      tables: copy.tables,
      bytes,
      sha256,
      installationId: options.identity?.installationId ?? null,
      fieldKeyFingerprint: options.identity?.fieldKeyFingerprint ?? null,
    }));
    report('publishing', bytes, bytes);
    return published;
  } catch (error) {
    for (const file of [work.sqlite, work.manifest, ...partialCompanions(work.sqlite)]) await removeQuietly(file);
    throw toBackupError(error);
  }
}

/**
 * Copies and counts on the process's only pooled connection, held throughout: this process's other queries
 * (and transactions, which hold the connection until they end) wait, so the counts describe exactly what was
 * copied. Other processes are kept out by the data directory's lock; if one wrote anyway, the counts would not
 * match the copy's and the backup would fail its check instead of being published.
 */
async function copyAndCount(
  db: Knex,
  target: string,
  onCopied: (bytesDone: number, bytesTotal: number) => void,
): Promise<{ migrations: string[]; tables: Record<string, number> }> {
  let connection: PooledConnection;
  try {
    connection = await db.client.acquireConnection();
  } catch (error) {
    // The pool did not hand its connection over in time (knex's acquire timeout): a long write holds it.
    throw new BackupError('SOURCE_BUSY', { cause: error });
  }
  try {
    const bytesTotal = await databaseBytes(db, connection);
    onCopied(0, bytesTotal);
    const timer = setInterval(() => onCopied(Math.min(sizeOf(target), bytesTotal), bytesTotal), PROGRESS_INTERVAL_MS);
    try {
      await copyDatabaseInto(db, connection, target);
    } finally {
      clearInterval(timer);
    }
    onCopied(bytesTotal, bytesTotal);
    return { migrations: await readAppliedMigrations(db, connection), tables: await countTables(db, connection) };
  } finally {
    await db.client.releaseConnection(connection);
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Progress is advisory: a listener that throws must not break the backup (nor, from a timer, the process). */
function progressReporter(listener: WriteBackupOptions['onProgress']) {
  return (phase: BackupProgress['phase'], bytesDone: number, bytesTotal: number): void => {
    if (!listener) return;
    try {
      listener({ phase, bytesDone, bytesTotal });
    } catch {
      // ignored on purpose
    }
  };
}
