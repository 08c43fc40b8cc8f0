import type { ServiceContext } from '../context';
import type { HousingAuditAction, HousingAuditEntity } from '../../../shared/domain/housing/people';

/**
 * The housing access log (housing_audit_log): who viewed or changed which person or household, and when. Every
 * housing service that decrypts a person's data, or changes what is known about a person or a household
 * (people, placements, waiting list, registrations), writes here in the call's transaction. Ids only, never a
 * value; the general audit_events rows are the handlers'.
 */
export async function recordHousingAudit(
  ctx: ServiceContext,
  action: HousingAuditAction,
  entity: HousingAuditEntity,
  entityId: number,
): Promise<void> {
  await ctx.db('housing_audit_log').insert({ at: ctx.now.toISOString(), user_id: ctx.userId, action, entity, entity_id: entityId });
}
