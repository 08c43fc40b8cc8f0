import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Clock } from '../clock';
import { delayAfterFailures, secondsUntil, type LoginThrottle } from './login-throttle';

/** Names are kept as their SHA-256: the table lists no usernames, tried or real. */
function nameHash(username: string): string {
  return createHash('sha256').update(username, 'utf8').digest('hex');
}

/**
 * The login throttle in the database (`login_throttle`), for the team server: every process sees the same
 * failures. A claim is one conditional UPDATE, so of two simultaneous attempts on two processes only one finds
 * the moment free (PostgreSQL locks the row; SQLite serialises writers). Uses the plain handle, never the login
 * call's transaction, which rolls back when the password is wrong.
 */
export function createDatabaseLoginThrottle(db: Knex, clock: Clock): LoginThrottle {
  return {
    async claimAttempt(username) {
      const key = nameHash(username);
      const row: { failures: number; next_allowed_at: string } | undefined = await db('login_throttle')
        .where({ name_hash: key })
        .first('failures', 'next_allowed_at');
      if (!row) return 0;
      const now = clock.now();
      const nowIso = now.toISOString();
      const charged = new Date(now.getTime() + delayAfterFailures(Number(row.failures) + 1) * 1000).toISOString();
      const claimed = await db('login_throttle')
        .where({ name_hash: key })
        .andWhere('next_allowed_at', '<=', nowIso)
        .update({ next_allowed_at: charged });
      if (claimed === 1) return 0;
      const current: { next_allowed_at: string } | undefined = await db('login_throttle').where({ name_hash: key }).first('next_allowed_at');
      // Gone meanwhile: a success on another process cleared it.
      return current ? Math.max(1, secondsUntil(Date.parse(current.next_allowed_at), now.getTime())) : 0;
    },
    async recordFailure(username) {
      const key = nameHash(username);
      const now = clock.now();
      await db('login_throttle')
        .insert({ name_hash: key, failures: 1, next_allowed_at: now.toISOString() })
        .onConflict('name_hash')
        .merge({ failures: db.raw('?? + 1', ['login_throttle.failures']) });
      const row: { failures: number } | undefined = await db('login_throttle').where({ name_hash: key }).first('failures');
      const failures = Number(row?.failures ?? 1);
      await db('login_throttle')
        .where({ name_hash: key })
        .update({ next_allowed_at: new Date(now.getTime() + delayAfterFailures(failures) * 1000).toISOString() });
    },
    async recordSuccess(username) {
      await db('login_throttle').where({ name_hash: nameHash(username) }).delete();
    },
  };
}
