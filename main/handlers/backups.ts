import type { Knex } from 'knex';
import { verifyPassword } from '../auth/password';
import { fieldError } from '../errors';
import { getPasswordHash } from '../services/users/accounts';
import { signedInUser, type DomainHandlers } from './context';

/**
 * Backups, restore and the recovery kit (issue 13). Backups are files beside the database: the channels are
 * not writing ones (no transaction), and they reach the core's maintenance rather than a service alone, since
 * a restore closes and reopens the records.
 */
export const backupsHandlers: DomainHandlers<'backups'> = {
  async list(ctx) {
    return ctx.maintenance.backups.overview(ctx.db, ctx.maintenance.keyInfo());
  },

  async create(ctx) {
    // A non-writing channel gets the knex handle itself, which VACUUM INTO needs (it refuses transactions).
    const backup = await ctx.maintenance.backups.create(ctx.db as Knex, 'manual');
    await ctx.audit({ action: 'backup', entity: 'database' });
    return backup;
  },

  async progress(ctx) {
    return ctx.maintenance.backups.progress();
  },

  async restore(ctx, input) {
    // Audited in the restored database by the core (the current one is being replaced).
    return ctx.maintenance.restore(input.name, input.kit);
  },

  async setSecondFolder(ctx, input) {
    const folder = await ctx.maintenance.backups.setSecondFolder(ctx.db, input.path);
    await ctx.audit({ action: 'update', entity: 'backupFolder' });
    return folder;
  },

  async exportRecoveryKit(ctx, input) {
    // The key opens every housing record: its export asks for the administrator's password again.
    const user = signedInUser(ctx);
    if (!(await verifyPassword(input.password, await getPasswordHash(ctx.db, user.id)))) {
      throw fieldError('password', 'wrong_password');
    }
    const kit = await ctx.maintenance.exportRecoveryKit(input.passphrase);
    await ctx.audit({ action: 'export', entity: 'fieldKey' });
    return kit;
  },

  async protectKeyWithKeyring(ctx) {
    await ctx.maintenance.protectKeyWithKeyring();
    await ctx.audit({ action: 'update', entity: 'fieldKey' });
    return null;
  },
};
