import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/*
 * File names in a backup folder. A backup is `passerelle-<YYYYMMDD-HHMMSS>[-<n>].sqlite` (the stamp in UTC, as
 * earlier versions wrote it; `-2`, `-3`… when two backups fall in the same second) and its manifest
 * `<same base>.manifest.json` beside it. Work files start with a dot and end in `.partial`: no listing, rotation
 * or administrator can take one for a backup.
 */

export const BACKUP_NAME = /^passerelle-(\d{8})-(\d{6})(?:-([1-9]\d{0,5}))?\.sqlite$/;
const MANIFEST_NAME = /^(passerelle-\d{8}-\d{6}(?:-[1-9]\d{0,5})?)\.manifest\.json$/;
const SQLITE_SUFFIX = '.sqlite';
const MANIFEST_SUFFIX = '.manifest.json';
const PARTIAL_SUFFIX = '.partial';

/** "20261128-143005": today's stamp format (UTC). */
export function backupStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/** The n-th name for a stamp: the first has no suffix, the next ones `-2`, `-3`… */
export function backupName(stamp: string, n = 1): string {
  return n <= 1 ? `passerelle-${stamp}${SQLITE_SUFFIX}` : `passerelle-${stamp}-${n}${SQLITE_SUFFIX}`;
}

export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

/** "passerelle-….sqlite" → "passerelle-….manifest.json". */
export function manifestNameFor(backupFileName: string): string {
  return `${backupFileName.slice(0, -SQLITE_SUFFIX.length)}${MANIFEST_SUFFIX}`;
}

/** The manifest path beside a backup path. */
export function manifestPathFor(backupFile: string): string {
  return backupFile.endsWith(SQLITE_SUFFIX) ? manifestNameFor(backupFile) : `${backupFile}${MANIFEST_SUFFIX}`;
}

/** The backup name a manifest name describes, or null when it is not a manifest name. */
export function backupNameOfManifest(name: string): string | null {
  const match = MANIFEST_NAME.exec(name);
  return match ? `${match[1]}${SQLITE_SUFFIX}` : null;
}

/** When a backup was made, read from its name (UTC stamp), with its same-second rank; null for another name. */
export function parseBackupName(name: string): { at: Date; rank: number } | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, day = '', time = '', rank] = match;
  const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}Z`;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 19) !== iso.slice(0, 19)) return null;
  return { at, rank: rank === undefined ? 1 : Number(rank) };
}

// SQLite writes a rollback journal beside the file it copies into (`…partial-journal`), which a killed
// VACUUM INTO leaves behind too.
const PARTIAL_NAME = /^\..+\.partial(?:-journal|-wal|-shm)?$/;

/** A work file (`.….partial`) or the journal SQLite keeps beside one. */
export function isPartialName(name: string): boolean {
  return PARTIAL_NAME.test(name);
}

/** The files SQLite may create beside a work copy while writing it. */
export function partialCompanions(workFile: string): string[] {
  return [`${workFile}-journal`, `${workFile}-wal`, `${workFile}-shm`];
}

/**
 * A fresh pair of work files for one run (random, so two runs never share one): `.<label>.<token>.sqlite.partial`
 * and `.<label>.<token>.manifest.json.partial`.
 */
export function partialPaths(dir: string, label: string): { sqlite: string; manifest: string } {
  const base = `.${label}.${randomBytes(6).toString('hex')}`;
  return {
    sqlite: join(dir, `${base}${SQLITE_SUFFIX}${PARTIAL_SUFFIX}`),
    manifest: join(dir, `${base}${MANIFEST_SUFFIX}${PARTIAL_SUFFIX}`),
  };
}
