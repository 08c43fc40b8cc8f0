import type { Knex } from 'knex';
import { appliedMigrations } from '../../db/migrate';
import type { SystemInfo } from '../../../shared/domain/system';

/** What the app knows about itself, for system/info. */
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
