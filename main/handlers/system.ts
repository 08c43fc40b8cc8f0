import type { Knex } from 'knex';
import { listAudit } from '../services/audit';
import { backUpDatabase, systemInfo } from '../services/system';
import { serviceContext, type DomainHandlers } from './context';

export const systemHandlers: DomainHandlers<'system'> = {
  async info(ctx) {
    // A non-writing channel: the knex handle itself, not a transaction.
    return systemInfo(ctx.db as Knex, ctx.facts);
  },

  async backup(ctx) {
    const backup = await backUpDatabase(serviceContext(ctx), ctx.facts.dataDir);
    await ctx.audit({ action: 'backup', entity: 'database' });
    return backup;
  },

  async audit(ctx, input) {
    return listAudit(ctx.db, input.limit ?? 100);
  },
};
