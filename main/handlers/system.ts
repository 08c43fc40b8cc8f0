import type { Knex } from 'knex';
import { listAudit } from '../services/audit';
import { join } from 'node:path';
import { systemInfo } from '../services/system';
import type { DomainHandlers } from './context';

export const systemHandlers: DomainHandlers<'system'> = {
  async info(ctx) {
    // A non-writing channel: the knex handle itself, not a transaction.
    return systemInfo(ctx.db as Knex, ctx.facts);
  },

  async backup(ctx) {
    // The verified backup of api.backups.create, answered in the older shape.
    const backup = await ctx.maintenance.backups.create(ctx.db as Knex, 'manual');
    await ctx.audit({ action: 'backup', entity: 'database' });
    return { file: join(ctx.facts.dataDir, 'backups', backup.name), bytes: backup.bytes, createdAt: backup.createdAt };
  },

  async audit(ctx, input) {
    return listAudit(ctx.db, input.limit ?? 100);
  },
};
