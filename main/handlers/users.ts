import { hashPassword } from '../auth/password';
import { createUser, listUsers, setPassword, updateUser } from '../services/users';
import type { DomainHandlers } from './context';

export const usersHandlers: DomainHandlers<'users'> = {
  async list(ctx, input) {
    return listUsers(ctx.db, input);
  },

  async create(ctx, input) {
    const user = await createUser(
      ctx.db,
      {
        username: input.username,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password, ctx.passwordCost),
        roles: input.roles,
        // The admin chose this password: its owner replaces it at first login.
        mustChangePassword: true,
      },
      ctx.clock.now(),
    );
    await ctx.audit({ action: 'user.create', entity: 'user', entityId: user.id });
    return user;
  },

  async update(ctx, input) {
    const user = await updateUser(ctx.db, input, ctx.clock.now());
    await ctx.audit({ action: 'user.update', entity: 'user', entityId: user.id });
    return user;
  },

  async resetPassword(ctx, input) {
    await setPassword(ctx.db, input.id, await hashPassword(input.newPassword, ctx.passwordCost), true, ctx.clock.now());
    await ctx.audit({ action: 'user.resetPassword', entity: 'user', entityId: input.id });
    return null;
  },
};
