import { sqliteFailure } from '../db/backup';

/*
 * The errors of the backup engine. Their messages are fixed sentences, never a path or an SQLite message (which
 * may quote SQL and values): `describeError` logs the class and the code, and the interface translates the
 * code. The original error stays in `cause` for a debugger, and is never logged.
 */

export type BackupErrorCode =
  /** The disk of the backup folder (or of the data directory, for a restore) is full: SQLITE_FULL, ENOSPC. */
  | 'DISK_FULL'
  /** The copy did not pass its checks (integrity, migrations, row counts or checksum); nothing was published. */
  | 'CHECK_FAILED'
  /** The source database is in use (SQLITE_BUSY/LOCKED): a restore found it open, or a writer held it. */
  | 'SOURCE_BUSY'
  /** The backup to restore or copy does not exist. */
  | 'NOT_FOUND'
  /** Any other failure of the file system or of SQLite while writing. */
  | 'WRITE_FAILED';

const MESSAGES: Record<BackupErrorCode, string> = {
  DISK_FULL: 'the disk is full',
  CHECK_FAILED: 'the copy did not pass its checks',
  SOURCE_BUSY: 'the database is in use',
  NOT_FOUND: 'the backup does not exist',
  WRITE_FAILED: 'the backup could not be written',
};

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[code], options);
    this.name = 'BackupError';
  }
}

export type BackupFolderErrorCode =
  /** The second folder is missing, not a folder, not writable, or went away during the copy (share, USB disk). */
  | 'FOLDER_UNREACHABLE'
  /** The second folder's disk is full. */
  | 'FOLDER_FULL';

export class BackupFolderError extends Error {
  constructor(
    readonly code: BackupFolderErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code === 'FOLDER_FULL' ? 'the backup folder is full' : 'the backup folder cannot be reached', options);
    this.name = 'BackupFolderError';
  }
}

const FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** Whether a file-system or SQLite error means "no space left". */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return sqliteFailure(error) === 'full' || (typeof code === 'string' && FULL_CODES.has(code));
}

/** Any failure of a backup step as a BackupError (one already is stays as it is). */
export function toBackupError(error: unknown): BackupError {
  if (error instanceof BackupError) return error;
  if (isDiskFull(error)) return new BackupError('DISK_FULL', { cause: error });
  if (sqliteFailure(error) === 'busy') return new BackupError('SOURCE_BUSY', { cause: error });
  return new BackupError('WRITE_FAILED', { cause: error });
}
