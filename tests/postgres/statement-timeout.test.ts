import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../main/dispatch';
import { handlers } from '../../main/handlers';
import type { Handlers } from '../../main/handlers/context';
import { createMemorySessionStore } from '../../main/auth/sessions';
import { createMemoryLoginThrottle } from '../../main/auth/login-throttle';
import { createServerMaintenance } from '../../main/server/maintenance';
import { apiOver } from '../helpers/api';
import { createTestCore, everyTableCount, signInAs, TEST_SCRYPT_COST, type TestCore } from '../helpers/core';

/**
 * A statement PostgreSQL cancels (its timeout: a migration holding a table, a lock held too long) wrote
 * nothing: the user hears "busy, try again", never an internal error.
 */
let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.cleanup());

describe('a statement cancelled by PostgreSQL', () => {
  it('answers CONFLICT databaseBusy, and the rows written before it in the call are rolled back', async () => {
    const { caller } = await signInAs(core, ['admin']);
    const slow: Partial<Handlers['users']> = {
      async create(ctx) {
        const now = ctx.clock.now().toISOString();
        await ctx.db('users').insert({ username: 'avant', display_name: 'Avant', password_hash: 'x', created_at: now, updated_at: now });
        await ctx.db.raw('SET LOCAL statement_timeout = 50');
        await ctx.db.raw('SELECT pg_sleep(2)');
        return null as never;
      },
    };
    const dispatch = createDispatch({
      db: core.db,
      handlers: { ...handlers, users: { ...handlers.users, ...slow } } as Handlers,
      sessions: createMemorySessionStore(core.clock),
      throttle: createMemoryLoginThrottle(core.clock),
      clock: core.clock,
      logger: core.logger,
      facts: { version: 'test', dataDir: '', databaseFile: 'postgresql' },
      passwordCost: TEST_SCRYPT_COST,
      decoyHash: 'scrypt$1024$8$1$AAAA$AAAA',
      fieldCipher: core.fieldCipher,
      maintenance: createServerMaintenance(),
    });
    const api = apiOver(dispatch, caller);
    expect((await api.auth.login({ username: (await core.db('users').first('username')).username, password: 'correct horse battery' })).ok).toBe(true);
    const before = await everyTableCount(core);
    const result = await api.users.create({ username: 'autre', displayName: 'Autre', password: 'mot-de-passe-long-et-sûr', roles: ['teacher'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'databaseBusy' } });
    const after = await everyTableCount(core);
    // Only the login's own rows (its audit) were written between the two counts.
    expect({ ...after, audit_events: before.audit_events }).toEqual(before);
    expect(await core.db('users').where({ username: 'avant' }).first()).toBeUndefined();
  });
});
