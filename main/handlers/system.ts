import { join } from 'node:path';
import type { Knex } from 'knex';
import { backupDatabase } from '../db/backup';
import { appliedMigrations } from '../db/migrate';
import { listAudit } from '../services/audit';
import type { DomainHandlers } from './context';

export const systemHandlers: DomainHandlers<'system'> = {
  async info(ctx) {
    const applied = await appliedMigrations(ctx.db as Knex);
    return {
      version: ctx.facts.version,
      dataDir: ctx.facts.dataDir,
      databaseFile: ctx.facts.databaseFile,
      appliedMigrations: applied.length,
      latestMigration: applied.at(-1) ?? null,
    };
  },

  async backup(ctx) {
    const at = ctx.clock.now();
    // A non-writing channel gets the knex handle itself, which VACUUM INTO needs (it refuses transactions).
    const result = await backupDatabase(ctx.db as Knex, join(ctx.facts.dataDir, 'backups'), at);
    await ctx.audit({ action: 'backup', entity: 'database' });
    return { ...result, createdAt: at.toISOString() };
  },

  async audit(ctx, input) {
    return listAudit(ctx.db, input.limit ?? 100);
  },
};
