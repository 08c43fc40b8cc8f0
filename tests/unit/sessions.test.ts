import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createMemorySessionStore, type SessionStore } from '../../main/auth/sessions';
import { createDatabaseSessionStore, sessionKeyHash } from '../../main/auth/database-sessions';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { createFakeClock } from '../helpers/clock';

type Clock = ReturnType<typeof createFakeClock>;
let opened: Knex | null = null;
afterEach(async () => {
  await opened?.destroy();
  opened = null;
});

/** A database store needs a user to point at; ids 42, 1 and 2 are made here. */
async function databaseStore(clock: Clock): Promise<SessionStore> {
  const db = openDatabase(':memory:');
  opened = db;
  await migrateToLatest(db);
  for (const id of [1, 2, 42]) {
    await db('users').insert({ id, username: `u${id}`, display_name: `U ${id}`, password_hash: 'x', created_at: clock.now().toISOString(), updated_at: clock.now().toISOString() });
  }
  return createDatabaseSessionStore(db, clock);
}

const stores: [string, (clock: Clock) => Promise<SessionStore>][] = [
  ['in memory (desktop)', async (clock) => createMemorySessionStore(clock)],
  ['in the database (team server)', databaseStore],
];

describe.each(stores)('session store %s', (_name, makeStore) => {
  it('keeps a session alive while it is used and ends it after the idle time', async () => {
    const clock = createFakeClock();
    const sessions = await makeStore(clock);
    await sessions.signIn('ipc:1', 42);
    clock.advance(14 * 60_000);
    expect(await sessions.touch('ipc:1', 15)).toBe(42);
    clock.advance(15 * 60_000);
    expect(await sessions.touch('ipc:1', 15)).toBe(42);
    clock.advance(15 * 60_000 + 1);
    expect(await sessions.touch('ipc:1', 15)).toBeNull();
    clock.advance(1);
    // Once ended it stays ended, even with a longer limit.
    expect(await sessions.touch('ipc:1', 480)).toBeNull();
  });

  it('keeps callers apart and signs out only the one asked', async () => {
    const sessions = await makeStore(createFakeClock());
    await sessions.signIn('http:a', 1);
    await sessions.signIn('http:b', 2);
    await sessions.signOut('http:a');
    expect(await sessions.touch('http:a', 15)).toBeNull();
    expect(await sessions.touch('http:b', 15)).toBe(2);
  });
});

describe('sessions in the database', () => {
  it('stores only a hash of the session key, never the key (a cookie) itself', async () => {
    const clock = createFakeClock();
    const sessions = await databaseStore(clock);
    await sessions.signIn('cookie-secret-value', 42);
    const rows: Record<string, unknown>[] = await opened!('server_sessions').select('*');
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('cookie-secret-value');
    expect(rows[0]!.key_hash).toBe(sessionKeyHash('cookie-secret-value'));
  });
});
