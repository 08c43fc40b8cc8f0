import { AppError, conflict, fieldError } from '../errors';
import { hashPassword, verifyPassword } from '../auth/password';
import { readSettings } from '../services/settings';
import {
  countUsers,
  createUser,
  findCredentials,
  getActiveSessionUser,
  getPasswordHash,
  recordLogin,
  setPassword,
} from '../services/users';
import { signedInUser, type DomainHandlers } from './context';

export const authHandlers: DomainHandlers<'auth'> = {
  async status(ctx) {
    return {
      setupRequired: (await countUsers(ctx.db)) === 0,
      user: ctx.user,
      settings: await readSettings(ctx.db),
    };
  },

  async setup(ctx, input) {
    // Only the very first account can be made without signing in; afterwards an admin creates users.
    if ((await countUsers(ctx.db)) > 0) throw conflict('setupDone');
    const user = await createUser(
      ctx.db,
      {
        username: input.username,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password, ctx.passwordCost),
        roles: ['admin'],
        mustChangePassword: false,
      },
      ctx.clock.now(),
    );
    await ctx.audit({ userId: user.id, action: 'setup', entity: 'user', entityId: user.id });
    return { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles, mustChangePassword: false };
  },

  async login(ctx, input) {
    const wait = ctx.throttle.secondsToWait(input.username);
    if (wait > 0) {
      throw new AppError('RATE_LIMITED', 'too many failed attempts', { reason: 'tooManyAttempts', params: { seconds: wait } });
    }
    const credentials = await findCredentials(ctx.db, input.username);
    // Verify against a decoy when the user is unknown, so timing does not reveal which usernames exist.
    const matches = await verifyPassword(input.password, credentials?.passwordHash ?? ctx.decoyHash);
    const user = credentials && matches && credentials.active ? await getActiveSessionUser(ctx.db, credentials.id) : null;
    if (!user) {
      ctx.throttle.recordFailure(input.username);
      ctx.auditAttempt({ userId: null, action: 'login.failed', entity: 'session' });
      throw new AppError('UNAUTHENTICATED', 'invalid credentials', { reason: 'invalidCredentials' });
    }
    ctx.throttle.recordSuccess(input.username);
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
    const user = signedInUser(ctx);
    if (!(await verifyPassword(input.currentPassword, await getPasswordHash(ctx.db, user.id)))) {
      throw fieldError('currentPassword', 'wrong_password');
    }
    await setPassword(ctx.db, user.id, await hashPassword(input.newPassword, ctx.passwordCost), false, ctx.clock.now());
    await ctx.audit({ action: 'password.change', entity: 'user', entityId: user.id });
    return null;
  },
};
