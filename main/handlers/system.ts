import type { Knex } from 'knex';
import { listAudit } from '../services/system/audit-events';
import { systemInfo } from '../services/system/system-info';
import { firstSteps } from '../services/system/first-steps';
import { signedInUser, type DomainHandlers } from './context';

export const systemHandlers: DomainHandlers<'system'> = {
  async info(ctx) {
    // A non-writing channel: the knex handle itself, not a transaction.
    return systemInfo(ctx.db as Knex, ctx.facts);
  },

  async audit(ctx, input) {
    return listAudit(ctx.db, input.limit ?? 100);
  },

  async firstSteps(ctx) {
    return firstSteps(ctx.db, signedInUser(ctx));
  },
};
