import { belgianDate } from '../../clock';
import { signedInUser, type DomainHandlers, type HandlerContext } from '../context';
import {
  addToWaitlist,
  closeWaitlistEntry,
  listWaitlist,
  reopenWaitlistEntry,
  updateWaitlistEntry,
  type WaitlistContext,
} from '../../services/housing/waitlist';

/** Who acts and when; today in Liège counts the days waited. */
function waitlistContext(ctx: HandlerContext): WaitlistContext {
  const now = ctx.clock.now();
  return { db: ctx.db, cipher: ctx.fieldCipher, userId: signedInUser(ctx).id, now, today: belgianDate(now) };
}

// Audit entries name the entry only (ids): never a household's situation.
export const waitlistHandlers: DomainHandlers<'waitlist'> = {
  async list(ctx, input) {
    return listWaitlist(ctx.db, belgianDate(ctx.clock.now()), input.status);
  },
  async add(ctx, input) {
    const entry = await addToWaitlist(waitlistContext(ctx), input);
    await ctx.audit({ action: 'housing.waitlist.add', entity: 'housing_waitlist', entityId: entry.id });
    return entry;
  },
  async update(ctx, input) {
    const { id, ...changes } = input;
    const entry = await updateWaitlistEntry(waitlistContext(ctx), id, changes);
    await ctx.audit({ action: 'housing.waitlist.update', entity: 'housing_waitlist', entityId: id });
    return entry;
  },
  async close(ctx, input) {
    const entry = await closeWaitlistEntry(waitlistContext(ctx), input);
    await ctx.audit({ action: 'housing.waitlist.close', entity: 'housing_waitlist', entityId: input.id });
    return entry;
  },
  async reopen(ctx, input) {
    const entry = await reopenWaitlistEntry(waitlistContext(ctx), input.id);
    await ctx.audit({ action: 'housing.waitlist.reopen', entity: 'housing_waitlist', entityId: input.id });
    return entry;
  },
};
