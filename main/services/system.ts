import { join } from 'node:path';
import type { Knex } from 'knex';
import type { ServiceContext } from './context';
import { backupDatabase } from '../db/backup';
import { appliedMigrations } from '../db/migrate';
import type { BackupResult, SystemInfo } from '../../shared/domain/system';

/** What the app knows about itself, for system/info and backups. */
export interface AppFacts {
  version: string;
  dataDir: string;
  databaseFile: string;
}

export async function systemInfo(db: Knex, facts: AppFacts): Promise<SystemInfo> {
  const applied = await appliedMigrations(db);
  return {
    version: facts.version,
    dataDir: facts.dataDir,
    databaseFile: facts.databaseFile,
    appliedMigrations: applied.length,
    latestMigration: applied.at(-1) ?? null,
  };
}

/** A copy of the database in `<dataDir>/backups/`, stamped with the call's time. */
export async function backUpDatabase({ db, now }: ServiceContext, dataDir: string): Promise<BackupResult> {
  // A non-writing channel gets the knex handle itself, which VACUUM INTO needs (it refuses transactions).
  const result = await backupDatabase(db as Knex, join(dataDir, 'backups'), now);
  return { ...result, createdAt: now.toISOString() };
}
