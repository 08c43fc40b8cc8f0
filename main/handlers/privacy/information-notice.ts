import { serviceContext, type DomainHandlers } from '../context';
import {
  noticeFile,
  readNoticeLanguages,
  readNoticeSettings,
  recordNotice,
  writeNoticeLanguages,
  writeNoticeSettings,
} from '../../services/privacy/information-notice';

/**
 * The information notice (issue 20, GDPR art. 13–14). Recording it is a change to a household: the service
 * writes the housing access log ('update', ids only). The settings and the blank PDF hold nothing personal:
 * the general audit log records their changes and exports (no values).
 */
export const informationNoticeHandlers: DomainHandlers<'informationNotice'> = {
  async record(ctx, input) {
    return recordNotice(serviceContext(ctx), input);
  },

  async pdf(ctx, input) {
    const file = await noticeFile(ctx.db, input.language);
    await ctx.audit({ action: 'informationNotice.export', entity: 'information_notice', entityId: null });
    return file;
  },

  async languages(ctx) {
    return readNoticeLanguages(ctx.db);
  },

  async saveLanguages(ctx, input) {
    const saved = await writeNoticeLanguages(ctx.db, input.extras);
    await ctx.audit({ action: 'informationNotice.languages', entity: 'settings' });
    return saved;
  },

  async settings(ctx) {
    return readNoticeSettings(ctx.db);
  },

  async saveSettings(ctx, input) {
    const saved = await writeNoticeSettings(ctx.db, input);
    await ctx.audit({ action: 'informationNotice.settings', entity: 'settings' });
    return saved;
  },
};
