import { AppError } from '../errors';
import { recordLogin } from '../services/users/accounts';
import { authStatus, changeOwnPassword, setUpFirstAccount, userForCredentials } from '../services/auth/credentials';
import { serviceContext, type DomainHandlers } from './context';

export const authHandlers: DomainHandlers<'auth'> = {
  async status(ctx) {
    return authStatus(ctx.db, ctx.user);
  },

  // Public channels: no one is signed in yet, so no ServiceContext; the account's own id goes to the audit.
  async setup(ctx, input) {
    const user = await setUpFirstAccount(ctx.db, input, ctx.passwordCost, ctx.clock.now());
    await ctx.audit({ userId: user.id, action: 'setup', entity: 'user', entityId: user.id });
    return user;
  },

  async login(ctx, input) {
    const wait = await ctx.throttle.claimAttempt(input.username);
    if (wait > 0) {
      throw new AppError('RATE_LIMITED', 'too many failed attempts', { reason: 'tooManyAttempts', params: { seconds: wait } });
    }
    const user = await userForCredentials(ctx.db, input, ctx.decoyHash);
    if (!user) {
      await ctx.throttle.recordFailure(input.username);
      ctx.auditAttempt({ userId: null, action: 'login.failed', entity: 'session' });
      throw new AppError('UNAUTHENTICATED', 'invalid credentials', { reason: 'invalidCredentials' });
    }
    await ctx.throttle.recordSuccess(input.username);
    await recordLogin(ctx.db, user.id, ctx.clock.now());
    await ctx.audit({ userId: user.id, action: 'login', entity: 'session' });
    ctx.session.signIn(user.id);
    return user;
  },

  async logout(ctx) {
    ctx.session.signOut();
    return null;
  },

  async changePassword(ctx, input) {
    const service = serviceContext(ctx);
    await changeOwnPassword(service, input, ctx.passwordCost);
    await ctx.audit({ action: 'password.change', entity: 'user', entityId: service.userId });
    return null;
  },
};
