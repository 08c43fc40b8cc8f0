import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { sha256File } from '../fs/durable';
import { inspectDatabaseFile, sameCounts, sameMigrations } from './inspect';
import { readManifestFile, type BackupManifest } from './manifest';
import { manifestPathFor } from './names';

export type BackupProblem =
  /** No such file. */
  | 'missing'
  /** No manifest beside it, or one that is damaged or describes another file (earlier versions wrote none). */
  | 'noManifest'
  /** Its size or SHA-256 differs from the manifest's: changed or truncated since it was written. */
  | 'checksum'
  /** `PRAGMA integrity_check` does not answer ok. */
  | 'integrity'
  /** It holds migrations this version does not know: written by a newer Passerelle. */
  | 'newerSchema'
  /** Its migrations or row counts differ from its manifest's. */
  | 'counts'
  /** SQLite cannot open it (not a database, unreadable file). */
  | 'unreadable';

export type BackupCheck = { ok: true; manifest: BackupManifest } | { ok: false; problem: BackupProblem };

/**
 * Checks a stored backup before it is trusted (restore, the home screen's "last verified backup"): manifest,
 * size and checksum, integrity, migrations all known, counts as in the manifest. Never writes to the file: it is
 * hashed as a stream and opened read-only and immutable, so no lock and no -wal/-shm is left beside it.
 */
export async function verifyBackup(file: string, options: { knownMigrations: readonly string[] }): Promise<BackupCheck> {
  let bytes: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, problem: 'missing' };
    bytes = stat.size;
  } catch {
    return { ok: false, problem: 'missing' };
  }
  const manifestFile = manifestPathFor(file);
  const manifest = existsSync(manifestFile) ? readManifestFile(manifestFile) : null;
  if (!manifest || basename(file) !== manifest.file) return { ok: false, problem: 'noManifest' };
  if (bytes !== manifest.bytes) return { ok: false, problem: 'checksum' };
  try {
    if ((await sha256File(file)) !== manifest.sha256) return { ok: false, problem: 'checksum' };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }

  let inspection;
  try {
    inspection = await inspectDatabaseFile(file);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (!inspection.readable) return { ok: false, problem: 'unreadable' };
  if (!inspection.integrityOk) return { ok: false, problem: 'integrity' };
  if (inspection.migrations.some((name) => !options.knownMigrations.includes(name))) {
    return { ok: false, problem: 'newerSchema' };
  }
  if (!sameMigrations(inspection.migrations, manifest.migrations) || !sameCounts(inspection.tables, manifest.tables)) {
    return { ok: false, problem: 'counts' };
  }
  return { ok: true, manifest };
}
