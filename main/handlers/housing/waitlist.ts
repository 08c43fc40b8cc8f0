import { serviceContext, type DomainHandlers } from '../context';
import {
  addToWaitlist,
  closeWaitlistEntry,
  listWaitlist,
  reopenWaitlistEntry,
  updateWaitlistEntry,
} from '../../services/housing/waitlist';

// Audit entries name the entry only (ids): never a household's situation.
export const waitlistHandlers: DomainHandlers<'waitlist'> = {
  async list(ctx, input) {
    return listWaitlist(serviceContext(ctx), input.status);
  },
  async add(ctx, input) {
    const entry = await addToWaitlist(serviceContext(ctx), input);
    await ctx.audit({ action: 'housing.waitlist.add', entity: 'housing_waitlist', entityId: entry.id });
    return entry;
  },
  async update(ctx, input) {
    const { id, ...changes } = input;
    const entry = await updateWaitlistEntry(serviceContext(ctx), id, changes);
    await ctx.audit({ action: 'housing.waitlist.update', entity: 'housing_waitlist', entityId: id });
    return entry;
  },
  async close(ctx, input) {
    const entry = await closeWaitlistEntry(serviceContext(ctx), input);
    await ctx.audit({ action: 'housing.waitlist.close', entity: 'housing_waitlist', entityId: input.id });
    return entry;
  },
  async reopen(ctx, input) {
    const entry = await reopenWaitlistEntry(serviceContext(ctx), input.id);
    await ctx.audit({ action: 'housing.waitlist.reopen', entity: 'housing_waitlist', entityId: input.id });
    return entry;
  },
};
