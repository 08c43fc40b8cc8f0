import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { conflict, fieldError, notFound } from '../../errors';
import { hashPassword, verifyPassword, type ScryptCost } from '../../auth/password';
import { assertAcceptablePassword } from '../../auth/password-strength';
import { readSettings } from '../settings/app-settings';
import { countUsers, createUser, findCredentials, getActiveSessionUser, getPasswordHash, setPassword } from '../users/accounts';
import type { AuthStatus } from '../../../shared/api/channels/auth';
import type { SessionUser } from '../../../shared/domain/users';

/**
 * The auth channels' work on accounts: first run, credentials, one's own password. Sessions, the login
 * throttle and the audit stay with the handler (they belong to the call, not to the data).
 */

export async function authStatus(db: Db, user: SessionUser | null): Promise<AuthStatus> {
  return { setupRequired: (await countUsers(db)) === 0, user, settings: await readSettings(db) };
}

/** Only the very first account can be made without signing in; afterwards an admin creates users. */
export async function setUpFirstAccount(
  db: Db,
  input: { username: string; displayName: string; password: string },
  cost: ScryptCost,
  at: Date,
): Promise<SessionUser> {
  if ((await countUsers(db)) > 0) throw conflict('setupDone');
  await assertAcceptablePassword('password', input.password, input);
  const user = await createUser(
    db,
    {
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password, cost),
      roles: ['admin'],
      mustChangePassword: false,
    },
    at,
  );
  return { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles, mustChangePassword: false };
}

/**
 * The active user these credentials sign in, or null. An unknown username is verified against a decoy hash,
 * so timing does not reveal which usernames exist.
 */
export async function userForCredentials(db: Db, input: { username: string; password: string }, decoyHash: string): Promise<SessionUser | null> {
  const credentials = await findCredentials(db, input.username);
  const matches = await verifyPassword(input.password, credentials?.passwordHash ?? decoyHash);
  return credentials && matches && credentials.active ? getActiveSessionUser(db, credentials.id) : null;
}

/**
 * The signed-in user's own password, once the current one is confirmed (VALIDATION on `currentPassword`).
 * The new one must differ from it (at first login: the temporary password the admin gave) and pass the
 * password rules (VALIDATION on `newPassword`).
 */
export async function changeOwnPassword(
  { db, userId, now }: ServiceContext,
  input: { currentPassword: string; newPassword: string },
  cost: ScryptCost,
): Promise<void> {
  if (!(await verifyPassword(input.currentPassword, await getPasswordHash(db, userId)))) {
    throw fieldError('currentPassword', 'wrong_password');
  }
  const owner = await getActiveSessionUser(db, userId);
  if (!owner) throw notFound('user');
  await assertAcceptablePassword('newPassword', input.newPassword, owner, input.currentPassword);
  await setPassword(db, userId, await hashPassword(input.newPassword, cost), false, now);
}
