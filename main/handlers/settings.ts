import { readSettings, writeSettings } from '../services/settings/app-settings';
import type { DomainHandlers } from './context';

export const settingsHandlers: DomainHandlers<'settings'> = {
  async get(ctx) {
    return readSettings(ctx.db);
  },

  async update(ctx, input) {
    const settings = await writeSettings(ctx.db, input);
    await ctx.audit({ action: 'settings.update', entity: 'settings' });
    return settings;
  },
};
