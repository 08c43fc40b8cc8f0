import { createUserByAdmin, listUsers, resetPassword, updateUser } from '../services/users/accounts';
import { serviceContext, type DomainHandlers } from './context';

export const usersHandlers: DomainHandlers<'users'> = {
  async list(ctx, input) {
    return listUsers(ctx.db, input);
  },

  async create(ctx, input) {
    const user = await createUserByAdmin(serviceContext(ctx), input, ctx.passwordCost);
    await ctx.audit({ action: 'user.create', entity: 'user', entityId: user.id });
    return user;
  },

  async update(ctx, input) {
    const user = await updateUser(serviceContext(ctx), input);
    await ctx.audit({ action: 'user.update', entity: 'user', entityId: user.id });
    return user;
  },

  async resetPassword(ctx, input) {
    await resetPassword(serviceContext(ctx), input.id, input.newPassword, ctx.passwordCost);
    await ctx.audit({ action: 'user.resetPassword', entity: 'user', entityId: input.id });
    return null;
  },
};
