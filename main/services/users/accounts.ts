import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { conflict, fieldError, notFound } from '../../errors';
import { hashPassword, type ScryptCost } from '../../auth/password';
import { assertAcceptablePassword } from '../../auth/password-strength';
import { ROLES, type Role } from '../../../shared/domain/roles';
import type { SessionUser, UserSummary } from '../../../shared/domain/users';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  active: number | boolean;
  must_change_password: number | boolean;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

const SUMMARY_COLUMNS = [
  'id',
  'username',
  'display_name',
  'active',
  'must_change_password',
  'created_at',
  'last_login_at',
] as const;

async function rolesByUser(db: Db, userIds: number[]): Promise<Map<number, Role[]>> {
  const map = new Map<number, Role[]>();
  if (userIds.length === 0) return map;
  const rows: { user_id: number; role: Role }[] = await db('user_roles').whereIn('user_id', userIds).select('user_id', 'role');
  for (const row of rows) map.set(row.user_id, [...(map.get(row.user_id) ?? []), row.role]);
  // A stable order (the contract's) so lists and comparisons do not depend on insertion order.
  for (const [id, roles] of map) map.set(id, ROLES.filter((role) => roles.includes(role)));
  return map;
}

function toSummary(row: Omit<UserRow, 'password_hash' | 'updated_at'>, roles: Role[]): UserSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles,
    active: Boolean(row.active),
    mustChangePassword: Boolean(row.must_change_password),
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
  };
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db('users').count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

export async function findCredentials(
  db: Db,
  username: string,
): Promise<{ id: number; passwordHash: string; active: boolean } | null> {
  const row: Pick<UserRow, 'id' | 'password_hash' | 'active'> | undefined = await db('users')
    .where({ username })
    .first('id', 'password_hash', 'active');
  return row ? { id: row.id, passwordHash: row.password_hash, active: Boolean(row.active) } : null;
}

export async function getPasswordHash(db: Db, id: number): Promise<string> {
  const row: Pick<UserRow, 'password_hash'> | undefined = await db('users').where({ id }).first('password_hash');
  if (!row) throw notFound('user');
  return row.password_hash;
}

/** The active user behind a session, with current roles (a role removed by an admin applies at once). */
export async function getActiveSessionUser(db: Db, id: number): Promise<SessionUser | null> {
  const row = await db('users').where({ id, active: true }).first(...SUMMARY_COLUMNS);
  if (!row) return null;
  const { active: _active, createdAt: _created, lastLoginAt: _last, ...user } = toSummary(
    row,
    (await rolesByUser(db, [row.id])).get(row.id) ?? [],
  );
  return user;
}

async function getUser(db: Db, id: number): Promise<UserSummary> {
  const row = await db('users').where({ id }).first(...SUMMARY_COLUMNS);
  if (!row) throw notFound('user');
  return toSummary(row, (await rolesByUser(db, [id])).get(id) ?? []);
}

export async function listUsers(db: Db, filter: { search?: string; includeInactive?: boolean }): Promise<UserSummary[]> {
  const query = db('users').select(...SUMMARY_COLUMNS).orderBy('display_name');
  if (!filter.includeInactive) query.where({ active: true });
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.where((where) =>
      where.whereRaw("lower(username) like lower(?) escape '\\'", [pattern]).orWhereRaw(
        "lower(display_name) like lower(?) escape '\\'",
        [pattern],
      ),
    );
  }
  const rows = await query;
  const roles = await rolesByUser(db, rows.map((row) => row.id));
  return rows.map((row) => toSummary(row, roles.get(row.id) ?? []));
}

async function replaceRoles(db: Db, userId: number, roles: readonly Role[]): Promise<void> {
  await db('user_roles').where({ user_id: userId }).delete();
  await db('user_roles').insert(roles.map((role) => ({ user_id: userId, role })));
}

/**
 * An account row with its roles. Takes the hash and the moment itself (no ServiceContext): first-run setup,
 * the demo and the benchmarks make accounts with no one signed in.
 */
export async function createUser(
  db: Db,
  input: { username: string; displayName: string; passwordHash: string; roles: readonly Role[]; mustChangePassword: boolean },
  at: Date,
): Promise<UserSummary> {
  if (await db('users').where({ username: input.username }).first('id')) throw fieldError('username', 'taken');
  const now = at.toISOString();
  const [inserted] = await db('users')
    .insert({
      username: input.username,
      display_name: input.displayName,
      password_hash: input.passwordHash,
      active: true,
      must_change_password: input.mustChangePassword,
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  const id = typeof inserted === 'object' ? (inserted as { id: number }).id : Number(inserted);
  await replaceRoles(db, id, input.roles);
  return getUser(db, id);
}

/** An account an admin makes: the admin chose its password, so its owner replaces it at first login. */
export async function createUserByAdmin(
  { db, now }: ServiceContext,
  input: { username: string; displayName: string; password: string; roles: readonly Role[] },
  cost: ScryptCost,
): Promise<UserSummary> {
  await assertAcceptablePassword('password', input.password, input);
  const passwordHash = await hashPassword(input.password, cost);
  return createUser(db, { username: input.username, displayName: input.displayName, passwordHash, roles: input.roles, mustChangePassword: true }, now);
}

async function countOtherActiveAdmins(db: Db, excludingId: number): Promise<number> {
  const row = await db('users')
    .join('user_roles', 'users.id', 'user_roles.user_id')
    .where({ 'user_roles.role': 'admin', 'users.active': true })
    .whereNot('users.id', excludingId)
    .count({ n: '*' })
    .first();
  return Number(row?.n ?? 0);
}

export async function updateUser(
  { db, now }: ServiceContext,
  input: { id: number; displayName: string; roles: readonly Role[]; active: boolean },
): Promise<UserSummary> {
  const before = await getUser(db, input.id);
  const losesAdmin = before.active && before.roles.includes('admin') && (!input.active || !input.roles.includes('admin'));
  // Someone must always be able to manage accounts: the last active admin cannot be demoted or deactivated.
  if (losesAdmin && (await countOtherActiveAdmins(db, input.id)) === 0) throw conflict('lastAdmin');
  await db('users')
    .where({ id: input.id })
    .update({ display_name: input.displayName, active: input.active, updated_at: now.toISOString() });
  await replaceRoles(db, input.id, input.roles);
  return getUser(db, input.id);
}

export async function setPassword(
  db: Db,
  id: number,
  passwordHash: string,
  mustChangePassword: boolean,
  at: Date,
): Promise<void> {
  const updated = await db('users')
    .where({ id })
    .update({ password_hash: passwordHash, must_change_password: mustChangePassword, updated_at: at.toISOString() });
  if (updated === 0) throw notFound('user');
}

/** A password an admin sets for someone: like the one of a new account, its owner replaces it at next login. */
export async function resetPassword({ db, now }: ServiceContext, id: number, newPassword: string, cost: ScryptCost): Promise<void> {
  await assertAcceptablePassword('newPassword', newPassword, await getUser(db, id));
  await setPassword(db, id, await hashPassword(newPassword, cost), true, now);
}

export async function recordLogin(db: Db, id: number, at: Date): Promise<void> {
  await db('users').where({ id }).update({ last_login_at: at.toISOString() });
}
