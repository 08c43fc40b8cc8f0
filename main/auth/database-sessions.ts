import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Clock } from '../clock';
import { idleTooLong, type SessionStore } from './sessions';

/** The table holds the SHA-256 of each caller key (a session cookie), never the key: a read gives no cookie. */
export function sessionKeyHash(callerKey: string): string {
  return createHash('sha256').update(callerKey, 'utf8').digest('hex');
}

/**
 * How often a session's last-seen time is written: a busy page makes many calls a minute. A session may so end
 * up to this much before its exact idle limit.
 */
const TOUCH_WRITE_EVERY_MS = 30_000;

/**
 * Sessions in the database (`server_sessions`), for the team server: any of its processes can answer any
 * request. Uses the plain handle, never a call's transaction: a session change is applied after the call has
 * committed, and a failed call must not undo a sign-out.
 */
export function createDatabaseSessionStore(db: Knex, clock: Clock): SessionStore {
  return {
    async signIn(callerKey, userId) {
      const at = clock.now().toISOString();
      await db('server_sessions')
        .insert({ key_hash: sessionKeyHash(callerKey), user_id: userId, created_at: at, last_seen_at: at })
        .onConflict('key_hash')
        .merge({ user_id: userId, created_at: at, last_seen_at: at });
    },
    async signOut(callerKey) {
      await db('server_sessions').where({ key_hash: sessionKeyHash(callerKey) }).delete();
    },
    async touch(callerKey, idleMinutes) {
      const keyHash = sessionKeyHash(callerKey);
      const row: { user_id: number; last_seen_at: string } | undefined = await db('server_sessions')
        .where({ key_hash: keyHash })
        .first('user_id', 'last_seen_at');
      if (!row) return null;
      const now = clock.now();
      const lastSeen = Date.parse(row.last_seen_at);
      if (idleTooLong(lastSeen, now.getTime(), idleMinutes)) {
        await db('server_sessions').where({ key_hash: keyHash }).delete();
        return null;
      }
      if (now.getTime() - lastSeen >= TOUCH_WRITE_EVERY_MS) {
        await db('server_sessions').where({ key_hash: keyHash }).update({ last_seen_at: now.toISOString() });
      }
      return Number(row.user_id);
    },
  };
}

/** Ends every session of a user (deactivated, or their password reset by an administrator). */
export async function endSessionsOfUser(db: Knex, userId: number): Promise<void> {
  await db('server_sessions').where({ user_id: userId }).delete();
}
