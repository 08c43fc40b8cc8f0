import { checkpointWal } from '../../db/connection';
import { AppError } from '../../errors';
import { belgianDate } from '../../clock';
import { readRetentionRules, writeRetentionTerm } from '../../services/privacy/retention-rules';
import { listRetentionRuns, previewRetention, retentionStatus, runRetention } from '../../services/privacy/retention-run';
import { RETENTION_RULE_EDITORS, RETENTION_RUNNERS, type RetentionRunKind } from '../../../shared/domain/privacy/retention';
import type { Role } from '../../../shared/domain/roles';
import { serviceContext, signedInUser, type DomainHandlers, type HandlerContext } from '../context';

/** Each rule has its own roles (housing records: housing; contacts: admin or coordinator): FORBIDDEN otherwise. */
function requireRole(ctx: HandlerContext, allowed: Readonly<Record<RetentionRunKind, readonly Role[]>>, kind: RetentionRunKind): void {
  if (!signedInUser(ctx).roles.some((role) => allowed[kind].includes(role))) {
    throw new AppError('FORBIDDEN', 'role not allowed for this retention rule', { reason: 'roleNotAllowed' });
  }
}

/**
 * Retention (issue 20). The general audit log gets the rule changed and each run with its id (counts are in the
 * run's row); the people a housing run erases each get their `erase` row in housing_audit_log (erasePerson).
 */
export const retentionHandlers: DomainHandlers<'retention'> = {
  async rules(ctx) {
    return readRetentionRules(ctx.db);
  },

  async saveRules(ctx, input) {
    requireRole(ctx, RETENTION_RULE_EDITORS, input.kind);
    const rules = await writeRetentionTerm(ctx.db, input.kind, input.termYears);
    await ctx.audit({ action: `retention.rule.${input.kind}`, entity: 'settings' });
    return rules;
  },

  async status(ctx) {
    return retentionStatus(ctx.db, belgianDate(ctx.clock.now()));
  },

  async preview(ctx, input) {
    requireRole(ctx, RETENTION_RUNNERS, input.kind);
    return previewRetention(serviceContext(ctx), input.kind);
  },

  async run(ctx, input) {
    requireRole(ctx, RETENTION_RUNNERS, input.kind);
    const run = await runRetention(serviceContext(ctx), input.kind, input.token);
    await ctx.audit({ action: `retention.run.${input.kind}`, entity: 'retention_run', entityId: run.id });
    // Once committed: the erasures reach the ledger file beside the records (a restore re-applies them), and
    // leave the WAL too (the zeroed pages reach the main file and the old ones are dropped).
    ctx.afterCommit((db) => ctx.erasureLedger.sync(db).then(() => undefined));
    ctx.afterCommit(checkpointWal);
    return run;
  },

  async history(ctx) {
    return listRetentionRuns(ctx.db);
  },
};
