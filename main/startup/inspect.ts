import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fieldKeyPath } from '../crypto/key-store';
import { listBackups } from '../backups/list';

export const BACKUP_DIR_NAME = 'backups';

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

/** What a data directory holds before anything is opened (opening SQLite on a missing file creates it). */
export interface DataDirFindings {
  database: 'missing' | 'empty' | 'present';
  keyFile: boolean;
  backups: number;
}

export function inspectDataDir(dataDir: string, databaseFile: string): DataDirFindings {
  let database: DataDirFindings['database'] = 'missing';
  if (existsSync(databaseFile)) database = statSync(databaseFile).size === 0 ? 'empty' : 'present';
  return {
    database,
    keyFile: existsSync(fieldKeyPath(dataDir)),
    backups: existsSync(backupDir(dataDir)) ? listBackups(backupDir(dataDir)).length : 0,
  };
}

/**
 * A missing or empty database is a new install only in a directory that never had one: keys or backups beside
 * it mean the records were lost (deleted, a failed copy, a disk error), and creating an administrator there
 * would start a second, empty history.
 */
export function looksLikeLostDatabase(findings: DataDirFindings): boolean {
  return findings.database !== 'present' && (findings.keyFile || findings.backups > 0);
}
