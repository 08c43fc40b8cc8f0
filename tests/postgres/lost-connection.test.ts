import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createServerCore } from '../../main/server/core';
import { createDispatch, type Dispatch } from '../../main/dispatch';
import { handlers } from '../../main/handlers';
import type { Handlers } from '../../main/handlers/context';
import { createDatabaseSessionStore } from '../../main/auth/database-sessions';
import { createDatabaseLoginThrottle } from '../../main/auth/database-login-throttle';
import { createServerMaintenance } from '../../main/server/maintenance';
import { createFieldCipher } from '../../main/crypto/field-cipher';
import { createMemoryLogger } from '../../main/log';
import { createUser } from '../../main/services/users/accounts';
import type { Core } from '../../main/core';
import { CHANNELS, type InputOf } from '../../shared/api/contract';
import { apiFor, apiOver, ok } from '../helpers/api';
import { createFakeClock } from '../helpers/clock';
import { signInAs, TEST_SCRYPT_COST } from '../helpers/core';
import { startTestCluster, type RestartableTestCluster } from './cluster';
import { databaseUrl } from './databases';

/** The log names the channel; its name is the contract's (no file but shared/api spells one). */
const USERS_CREATE = CHANNELS.find((entry) => entry.domain === 'users' && entry.action === 'create')!.name;

/**
 * Issue 15, bad input and faults: a team server whose PostgreSQL stops, restarts or cuts a connection answers
 * "service indisponible" (CONFLICT databaseUnavailable), writes nothing, does not crash, and works again by
 * itself once the database is back, with the same sessions (they are in the database). Its own cluster, which
 * it stops and starts: the run's shared server stays up for the other files.
 */
let cluster: RestartableTestCluster;
let core: Core;
let url: string;
const logger = createMemoryLogger();
const clock = createFakeClock();
const key = randomBytes(32);

beforeAll(async () => {
  cluster = await startTestCluster({ restartable: true });
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE passerelle_lost');
  await admin.end();
  url = databaseUrl(cluster.url, 'passerelle_lost');
  core = await createServerCore({ databaseUrl: url, fieldKey: key, logger, clock, passwordCost: TEST_SCRYPT_COST });
}, 120_000);

afterAll(async () => {
  await core?.close();
  cluster?.stop();
});

const newUser = (username: string): InputOf<'users', 'create'> => ({
  username,
  displayName: `Agent ${username}`,
  password: 'mot-de-passe-long',
  roles: ['teacher'],
});

interface PooledClient {
  __knex__disposed?: unknown;
  emit(event: string | symbol, ...args: unknown[]): boolean;
}

/** The pool's idle connections (knex's tarn pool): each a pg client, marked by knex once it has failed. */
function idleConnections(db: Knex): PooledClient[] {
  const pool = db.client.pool as { free: { resource: PooledClient }[] };
  return pool.free.map((entry) => entry.resource);
}

/** Notes the 'error' events a client emits, without handling them (an unhandled one would still throw). */
function watchErrors(client: PooledClient): { errors: number } {
  const seen = { errors: 0 };
  const emit = client.emit.bind(client);
  client.emit = (event, ...args) => {
    if (event === 'error') seen.errors += 1;
    return emit(event, ...args);
  };
  return seen;
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function usernames(): Promise<string[]> {
  return core.db('users').orderBy('username').pluck('username');
}

describe('a team server whose database stops and comes back', () => {
  it.each(['fast', 'immediate'] as const)(
    'answers databaseUnavailable while it is stopped (%s), survives its idle connections dying, and carries on once it is back',
    async (mode) => {
      const admin = await signInAs(core, ['admin']);
      const api = apiFor(core, admin.caller);
      const before = `avant-${mode}`;
      const during = `pendant-${mode}`;
      ok(await api.users.create(newUser(before)));
      // A few calls at once leave several connections idle in the pool: they will die with the server.
      await Promise.all([api.users.list({}), api.users.list({}), api.users.list({})]);
      const idle = idleConnections(core.db);
      expect(idle.length).toBeGreaterThan(0);
      const watched = idle.map(watchErrors);
      logger.entries.length = 0;

      cluster.pause(mode);
      try {
      // pg emits 'error' on an idle client whose server goes: knex listens and marks the client, so the
      // process does not die of an unhandled 'error' event (vitest would fail the run), and the pool drops it.
      await until(() => idle.every((connection) => connection.__knex__disposed));
      expect(watched.every((client) => client.errors > 0)).toBe(true);

      const read = await api.users.list({});
      expect(read).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'databaseUnavailable' } });
      const write = await api.users.create(newUser(during));
      expect(write).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'databaseUnavailable' } });
      // Logged as an outage, with the error's code and no incident reference; nothing the user typed.
      expect(logger.entries).toContainEqual({ level: 'info', event: 'database.unavailable', channel: USERS_CREATE, error: 'ECONNREFUSED' });
      expect(logger.entries.filter((entry) => entry.level === 'error')).toEqual([]);
      expect(JSON.stringify(logger.entries)).not.toContain(during);
      } finally {
        cluster.resume();
      }
      // No restart of Passerelle: the same core, the same session (kept in the database), the change made before.
      const after = ok(await api.users.list({})).map((user) => user.username);
      expect(after).toContain(before);
      expect(after).not.toContain(during);
      ok(await api.users.create(newUser(`apres-${mode}`)));
      expect(await usernames()).toContain(`apres-${mode}`);
    },
    60_000,
  );
});

describe('a connection cut under a writing call', () => {
  /** The server core's dispatch with users.create replaced, as tests/api/dispatch.test.ts does. */
  function dispatchWith(create: Handlers['users']['create']): Dispatch {
    return createDispatch({
      db: core.db,
      handlers: { ...handlers, users: { ...handlers.users, create } },
      sessions: createDatabaseSessionStore(core.db, clock),
      throttle: createDatabaseLoginThrottle(core.db, clock),
      clock,
      logger,
      facts: { version: 'test', dataDir: '', databaseFile: 'postgresql' },
      passwordCost: TEST_SCRYPT_COST,
      decoyHash: 'scrypt$1024$8$1$AAAA$AAAA',
      fieldCipher: createFieldCipher(key),
      maintenance: createServerMaintenance(),
    });
  }

  /** Ends the backend of the call's own connection from another connection, and waits until it is gone. */
  async function cutConnection(db: Knex.Transaction): Promise<void> {
    const { rows } = await db.raw<{ rows: { pid: number }[] }>('SELECT pg_backend_pid() AS pid');
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      const { rows: ended } = await other.query('SELECT pg_terminate_backend($1, 10000) AS ended', [rows[0]!.pid]);
      expect(ended).toEqual([{ ended: true }]);
    } finally {
      await other.end();
    }
  }

  it('writes nothing and answers databaseUnavailable when the connection dies before the handler is done', async () => {
    const admin = await signInAs(core, ['admin']);
    const api = apiOver(
      dispatchWith(async (ctx, input) => {
        await createUser(ctx.db, { ...input, passwordHash: 'x', mustChangePassword: true }, ctx.clock.now());
        await cutConnection(ctx.db as Knex.Transaction);
        await ctx.audit({ action: 'user.create', entity: 'user' }); // its next statement finds the connection gone
        throw new Error('not reached: the audit row cannot be written');
      }),
      admin.caller,
    );
    logger.entries.length = 0;
    const result = await api.users.create(newUser('coupe-en-cours'));
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'databaseUnavailable' } });
    // pg's code-less error is logged under a fixed label, never its message (it holds the SQL).
    expect(logger.entries).toEqual([
      { level: 'info', event: 'database.unavailable', channel: USERS_CREATE, error: expect.stringMatching(/^(connectionBroken|connectionTerminated|57P01)$/) },
    ]);
    expect(await usernames()).not.toContain('coupe-en-cours');
    // The broken connection left the pool: the next call gets a good one.
    ok(await apiFor(core, admin.caller).users.create(newUser('apres-coupure')));
    expect(await usernames()).toContain('apres-coupure');
  });

  it('says the change may have been saved when the connection dies at COMMIT, and never "nothing was saved"', async () => {
    const admin = await signInAs(core, ['admin']);
    const api = apiOver(
      dispatchWith(async (ctx, input) => {
        const user = await createUser(ctx.db, { ...input, passwordHash: 'x', mustChangePassword: true }, ctx.clock.now());
        await cutConnection(ctx.db as Knex.Transaction);
        return user as never; // done: dispatch's COMMIT is what meets the dead connection
      }),
      admin.caller,
    );
    const result = await api.users.create(newUser('coupe-au-commit'));
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'databaseLostWhileSaving' } });
    // Here the backend died before COMMIT reached it, so nothing was saved; dispatch cannot know that, hence
    // the message that asks the user to look.
    expect(await usernames()).not.toContain('coupe-au-commit');
    ok(await apiFor(core, admin.caller).users.list({}));
  });
});
