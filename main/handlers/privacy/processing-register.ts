import type { DomainHandlers } from '../context';
import { buildProcessingRegister } from '../../services/privacy/processing-register';
import { processingRegisterFile } from '../../services/privacy/processing-register-file';

/**
 * The register of processing (issue 20). Reading it touches no personal data (table names, counts, the
 * catalogue's texts); its PDF export is recorded in audit_events like the other documents (who and when).
 */
export const processingRegisterHandlers: DomainHandlers<'processingRegister'> = {
  async view(ctx) {
    return buildProcessingRegister({ db: ctx.db, now: ctx.clock.now() });
  },
  async pdf(ctx, input) {
    const file = await processingRegisterFile({ db: ctx.db, now: ctx.clock.now() }, input.language);
    await ctx.audit({ action: 'processingRegister.export', entity: 'processing_register', entityId: null });
    return file;
  },
};
