import type { Knex } from 'knex';
import { writeVerifiedBackup } from '../../backups/write';
import { listBackups, type BackupEntry } from '../../backups/list';
import { pruneBackups } from '../../backups/rotation';
import { copyToSecondFolder, probeSecondFolder } from '../../backups/second-folder';
import type { BackupIdentity, BackupReason } from '../../backups/manifest';
import { KNOWN_MIGRATIONS } from '../../db/migration-source';
import { conflict, fieldError, notFound } from '../../errors';
import { BackupError } from '../../backups/errors';
import type { Logger } from '../../log';
import type { Db } from '../../db/connection';
import { belgianDate, type Clock } from '../../clock';
import {
  BACKUP_MAX_AGE_HOURS,
  type BackupListItem,
  type BackupProgress,
  type BackupsOverview,
  type KeyInfo,
  type BackupWarning,
} from '../../../shared/domain/backups';

/** How many backups the rotation keeps (docs/security.md, README "Sauvegardes et restauration"). */
export const ROTATION = { daily: 7, weekly: 4, monthly: 12 } as const;

const SECOND_FOLDER_SETTING = 'backupSecondFolder';

export interface BackupServiceDeps {
  dir: string;
  clock: Clock;
  logger: Logger;
  appVersion: string;
  /** The installation and key in place; null before the installation row exists. */
  identity(): BackupIdentity | null;
}

export interface BackupService {
  /** One verified backup, then the rotation and the copy to the second folder. Refuses a second one at once. */
  create(db: Knex, reason: BackupReason): Promise<BackupListItem>;
  /** The daily backup, made at the first use of a day (start, then hourly checks); failures are logged. */
  ensureDaily(db: Knex): Promise<void>;
  progress(): BackupProgress | null;
  overview(db: Db, key: KeyInfo): Promise<BackupsOverview>;
  /** `sameKey` is against `fingerprint` when given (recovery mode: the key file's), else the open records' key. */
  list(fingerprint?: string | null): BackupListItem[];
  setSecondFolder(db: Db, path: string | null): Promise<BackupsOverview['secondFolder']>;
}

export function createBackupService(deps: BackupServiceDeps): BackupService {
  let running: BackupProgress | null = null;
  let lastFailed = false;

  function toItem(entry: BackupEntry, fingerprint: string | null = deps.identity()?.fieldKeyFingerprint ?? null): BackupListItem {
    const manifest = entry.manifest;
    return {
      name: entry.name,
      createdAt: entry.createdAt,
      bytes: entry.bytes,
      reason: manifest?.reason ?? null,
      appVersion: manifest?.appVersion ?? null,
      verified: manifest !== null,
      sameKey: !manifest?.fieldKeyFingerprint || fingerprint === null || manifest.fieldKeyFingerprint === fingerprint,
    };
  }

  /** Settles when the backup under way (the daily one, started on its own) is done, whatever its outcome. */
  let underWay: Promise<unknown> | null = null;

  async function create(db: Knex, reason: BackupReason): Promise<BackupListItem> {
    // One backup at a time: a request during the daily backup waits for it, then makes its own (a manual
    // backup is asked for a reason: the daily one may have been taken before the change that matters).
    for (let waits = 0; underWay && waits < 10; waits += 1) await underWay.catch(() => undefined);
    if (running) throw conflict('backupRunning');
    const made = writeOne(db, reason);
    underWay = made;
    try {
      return await made;
    } finally {
      if (underWay === made) underWay = null;
    }
  }

  async function writeOne(db: Knex, reason: BackupReason): Promise<BackupListItem> {
    const startedAt = deps.clock.now();
    running = { reason, phase: 'copying', bytesDone: 0, bytesTotal: 0, startedAt: startedAt.toISOString() };
    try {
      const written = await writeVerifiedBackup(db, {
        dir: deps.dir,
        at: startedAt,
        reason,
        appVersion: deps.appVersion,
        knownMigrations: KNOWN_MIGRATIONS,
        identity: deps.identity(),
        onProgress: (progress) => {
          if (running) running = { ...running, ...progress };
        },
      });
      lastFailed = false;
      pruneBackups(deps.dir, startedAt, ROTATION);
      const folder = await readSecondFolder(db);
      if (folder) {
        running = { ...running, phase: 'secondFolder' };
        try {
          await copyToSecondFolder(written, folder);
        } catch (error) {
          // The backup itself is safe in backups/; the overview warns that the second folder is unreachable.
          deps.logger.info('backup.secondFolderFailed', { code: String((error as { code?: unknown }).code ?? 'unknown') });
        }
      }
      const entry = listBackups(deps.dir).find((candidate) => candidate.file === written.file);
      if (!entry) throw new Error('the backup just written is not listed');
      deps.logger.info('backup.written', { reason, bytes: entry.bytes });
      return toItem(entry);
    } catch (error) {
      lastFailed = true;
      throw backupFailure(error);
    } finally {
      running = null;
    }
  }

  return {
    create,
    async ensureDaily(db) {
      const today = belgianDate(deps.clock.now());
      const done = listBackups(deps.dir).some((entry) => entry.manifest !== null && belgianDate(new Date(entry.createdAt)) === today);
      if (done || running) return;
      try {
        await create(db, 'daily');
      } catch (error) {
        deps.logger.internalError('backup.daily', error);
      }
    },
    progress: () => running,
    list: (fingerprint) => listBackups(deps.dir).map((entry) => (fingerprint === undefined ? toItem(entry) : toItem(entry, fingerprint))),
    async overview(db, key) {
      const backups = listBackups(deps.dir).map((entry) => toItem(entry));
      const lastVerified = backups.find((backup) => backup.verified) ?? null;
      const path = await readSecondFolder(db);
      const status = path === null ? 'notSet' : await probeSecondFolder(path);
      const warnings: BackupWarning[] = [];
      if (!lastVerified) warnings.push('noBackup');
      else if (deps.clock.now().getTime() - Date.parse(lastVerified.createdAt) > BACKUP_MAX_AGE_HOURS * 3_600_000) warnings.push('tooOld');
      if (status === 'unreachable') warnings.push('secondFolderUnreachable');
      if (lastFailed) warnings.push('lastBackupFailed');
      return {
        backups,
        lastVerified: lastVerified && { name: lastVerified.name, createdAt: lastVerified.createdAt },
        secondFolder: { path, status, lastCopyAt: path && status === 'ok' ? newestIn(path) : null },
        warnings,
        running,
        ...key,
        rotation: { ...ROTATION },
      };
    },
    async setSecondFolder(db, path) {
      if (path !== null) {
        if (!isAbsolutePath(path)) throw fieldError('path', 'not_absolute');
        if ((await probeSecondFolder(path)) !== 'ok') throw fieldError('path', 'folder_unreachable');
      }
      if (path === null) await db('settings').where({ key: SECOND_FOLDER_SETTING }).delete();
      else await db('settings').insert({ key: SECOND_FOLDER_SETTING, value: JSON.stringify(path) }).onConflict('key').merge();
      return { path, status: path === null ? 'notSet' : 'ok', lastCopyAt: path === null ? null : newestIn(path) };
    },
  };
}

async function readSecondFolder(db: Db): Promise<string | null> {
  const row: { value: string } | undefined = await db('settings').where({ key: SECOND_FOLDER_SETTING }).first('value');
  if (!row) return null;
  const value = JSON.parse(row.value) as unknown;
  return typeof value === 'string' && value !== '' ? value : null;
}

function newestIn(folder: string): string | null {
  try {
    return listBackups(folder).find((entry) => entry.manifest !== null)?.createdAt ?? null;
  } catch {
    return null;
  }
}

/** Windows paths (C:\…, \\server\share) as well as POSIX ones: the server may run on either. */
function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** The engine's failures as refusals the interface can translate; anything else stays INTERNAL. */
export function backupFailure(error: unknown): unknown {
  if (!(error instanceof BackupError)) return error;
  if (error.code === 'DISK_FULL') return conflict('diskFull');
  if (error.code === 'CHECK_FAILED') return conflict('backupCheckFailed');
  if (error.code === 'SOURCE_BUSY') return conflict('databaseBusy');
  if (error.code === 'NOT_FOUND') return notFound('backup');
  return error;
}
