import { readHousingDeadlines, writeHousingDeadlines } from '../../services/housing/settings';
import type { DomainHandlers } from '../context';

/** The housing deadline lengths: no person's data here, so the general audit log (ctx.audit) records the change. */
export const housingSettingsHandlers: DomainHandlers<'housingSettings'> = {
  async get(ctx) {
    return readHousingDeadlines(ctx.db);
  },

  async update(ctx, input) {
    const settings = await writeHousingDeadlines(ctx.db, input);
    await ctx.audit({ action: 'housingSettings.update', entity: 'settings' });
    return settings;
  },
};
