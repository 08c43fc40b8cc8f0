import { randomBytes } from 'node:crypto';
import { createFieldCipher } from '../../main/crypto/field-cipher';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../main/dispatch';
import { handlers } from '../../main/handlers';
import type { Handlers } from '../../main/handlers/context';
import { createMemorySessionStore } from '../../main/auth/sessions';
import { createMemoryLoginThrottle } from '../../main/auth/login-throttle';
import { createFileLogger } from '../../main/log';
import { createUser } from '../../main/services/users/accounts';
import type { InputOf } from '../../shared/api/contract';
import { apiOver } from '../helpers/api';
import type { Maintenance } from '../../main/startup/maintenance';
import { createTestCore, engineErrorCodes, signInAs, tableCounts, TEST_SCRYPT_COST, type TestCore } from '../helpers/core';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.cleanup());

/** A dispatch over the test core's database with some handlers replaced, to provoke failures on purpose. */
function dispatchWith(overrides: Partial<{ [D in keyof Handlers]: Partial<Handlers[D]> }>, logFile?: string): Dispatch {
  const merged = Object.fromEntries(
    Object.entries(handlers).map(([domain, actions]) => [domain, { ...actions, ...(overrides as Record<string, object>)[domain] }]),
  ) as unknown as Handlers;
  return createDispatch({
    db: core.db,
    handlers: merged,
    sessions: createMemorySessionStore(core.clock),
    throttle: createMemoryLoginThrottle(core.clock),
    clock: core.clock,
    logger: logFile ? createFileLogger(logFile, core.clock) : core.logger,
    facts: { version: 'test', dataDir: core.dataDir, databaseFile: ':memory:' },
    passwordCost: TEST_SCRYPT_COST,
    decoyHash: 'scrypt$1024$8$1$AAAA$AAAA',
    fieldCipher: createFieldCipher(randomBytes(32)),
    // These tests replace handlers to provoke failures; none reaches backups or the key.
    maintenance: new Proxy({} as Maintenance, {
      get: () => {
        throw new Error('maintenance is not used by the dispatch tests');
      },
    }),
  });
}

describe('dispatch', () => {
  it('rolls back every row of a writing channel that fails half-way', async () => {
    const { caller } = await signInAs(core, ['admin']);
    const before = await tableCounts(core);
    const dispatch = dispatchWith({
      users: {
        async create(ctx, input) {
          await createUser(ctx.db, { ...input, passwordHash: 'x', mustChangePassword: true }, ctx.clock.now());
          await ctx.audit({ action: 'user.create', entity: 'user' });
          throw new Error('disk full after the first rows');
        },
      },
    });
    const api = apiOver(dispatch, caller);
    // The overriding dispatch has its own session store: sign in there first.
    const login = await api.auth.login({ username: (await core.db('users').first('username')).username, password: 'correct horse battery' });
    expect(login.ok).toBe(true);
    const result = await api.users.create({ username: 'moitie', displayName: 'Moitié', password: 'mot-de-passe-long', roles: ['teacher'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const after = await tableCounts(core);
    expect(after.users).toBe(before.users);
    expect(after.user_roles).toBe(before.user_roles);
  });

  it('runs after-commit work once the transaction has committed, and never for a failed call', async () => {
    const { caller } = await signInAs(core, ['admin']);
    const seen: number[] = [];
    const dispatch = dispatchWith({
      users: {
        async create(ctx, input) {
          await createUser(ctx.db, { ...input, passwordHash: 'x', mustChangePassword: true }, ctx.clock.now());
          ctx.afterCommit(async (db) => {
            // On the plain handle, outside the transaction: the new row is already committed.
            seen.push(Number((await db('users').where({ username: input.username }).count({ n: '*' }).first())?.n));
          });
          if (input.username === 'echec') throw new Error('fails after queuing the work');
          return null as never;
        },
      },
    });
    const api = apiOver(dispatch, caller);
    const login = await api.auth.login({ username: (await core.db('users').first('username')).username, password: 'correct horse battery' });
    expect(login.ok).toBe(true);
    const input: Omit<InputOf<'users', 'create'>, 'username'> = { displayName: 'Après', password: 'mot-de-passe-long', roles: ['teacher'] };
    expect((await api.users.create({ username: 'echec', ...input })).ok).toBe(false);
    expect(seen).toEqual([]);
    expect((await api.users.create({ username: 'apres', ...input })).ok).toBe(true);
    expect(seen).toEqual([1]);
  });

  it('answers INTERNAL with a reference only, and logs no personal data', async () => {
    const logFile = join(core.dataDir, 'logs', 'test.log');
    const dispatch = dispatchWith(
      {
        auth: {
          async status(ctx) {
            // A real database error: its message carries the SQL and the bound personal values.
            await ctx.db.raw("select * from no_such_table where name = 'Fatima Benali' and status = 'sans titre de séjour'");
            throw new Error('unreachable');
          },
        },
      },
      logFile,
    );
    const result = await apiOver(dispatch, { sessionKey: 'x' }).auth.status();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'INTERNAL', reason: 'internal' });
    const reference = String(result.error.params?.reference);
    expect(reference).toMatch(/^[0-9a-f]{8}$/);
    const answer = JSON.stringify(result);
    for (const leak of ['select', 'no_such_table', 'Fatima', 'SQLITE', '    at ']) expect(answer).not.toContain(leak);
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain(reference);
    expect(log).toContain(engineErrorCodes().noSuchTable);
    for (const leak of ['Fatima', 'Benali', 'séjour', 'select']) expect(log).not.toContain(leak);
  });

  it('answers a database constraint the service did not check as CONFLICT, writes nothing, and logs no value', async () => {
    const { caller } = await signInAs(core, ['admin'], { username: 'chef' });
    const logFile = join(core.dataDir, 'logs', 'constraint.log');
    const dispatch = dispatchWith(
      {
        users: {
          async create(ctx) {
            // A handler that forgot the "username taken" check: the second insert breaks the unique index.
            const row = { username: 'fatima.benali', display_name: 'Fatima', password_hash: 'x', active: true, must_change_password: true };
            const stamps = { created_at: ctx.clock.now().toISOString(), updated_at: ctx.clock.now().toISOString() };
            await ctx.db('users').insert({ ...row, ...stamps });
            await ctx.db('users').insert({ ...row, ...stamps });
            return null as never;
          },
        },
      },
      logFile,
    );
    const api = apiOver(dispatch, caller);
    expect((await api.auth.login({ username: 'chef', password: 'correct horse battery' })).ok).toBe(true);
    const before = await tableCounts(core);
    const result = await api.users.create({ username: 'autre', displayName: 'Autre', password: 'mot-de-passe-long', roles: ['teacher'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'recordRefused' } });
    if (result.ok) return;
    const reference = String(result.error.params?.reference);
    expect(reference).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.stringify(result)).not.toContain('fatima');
    expect(await tableCounts(core)).toEqual(before);
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain(reference);
    expect(log).toContain(engineErrorCodes().uniqueBroken);
    expect(log).not.toContain('fatima');
  });

  it('does not sign the caller in when the login transaction fails', async () => {
    await signInAs(core, ['admin'], { username: 'chef' });
    const dispatch = dispatchWith({
      auth: {
        async login(ctx) {
          ctx.session.signIn(1);
          throw new Error('failure after signIn');
        },
      },
    });
    const api = apiOver(dispatch, { sessionKey: 'tab' });
    await api.auth.login({ username: 'chef', password: 'correct horse battery' });
    expect(await api.users.list()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
