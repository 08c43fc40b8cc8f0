import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { signedOut, unchecked, useTestCore } from '../helpers/api';
import { tableCounts } from '../helpers/core';

const setup = useTestCore(['admin'], { username: 'admin' });

const newUser: InputOf<'users', 'create'> = { username: 'n.verlaine', displayName: 'Nadia Verlaine', password: 'mot-de-passe-temporaire', roles: ['coordinator', 'teacher'] };

describe('user administration', () => {
  it('creates a user with several roles who must change the password at first login', async () => {
    const created = await setup.api.users.create(newUser);
    expect(created).toMatchObject({
      ok: true,
      data: { username: 'n.verlaine', roles: ['coordinator', 'teacher'], active: true, mustChangePassword: true },
    });
    const login = await signedOut(setup.core).auth.login({ username: 'n.verlaine', password: newUser.password });
    expect(login).toMatchObject({ ok: true, data: { mustChangePassword: true } });
  });

  it('refuses a username already taken, naming the field, and writes nothing', async () => {
    await setup.api.users.create(newUser);
    const before = await tableCounts(setup.core);
    const again = await setup.api.users.create({ ...newUser, username: 'N.Verlaine', displayName: 'Autre' });
    expect(again).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'username', issue: 'taken' }] } });
    expect(await tableCounts(setup.core)).toEqual(before);
  });

  it.each([
    [{ ...newUser, roles: [] }, 'roles', 'too_few'],
    [{ ...newUser, roles: ['coordinator', 'coordinator'] }, 'roles', 'invalid_value'],
    [{ ...newUser, roles: ['superuser'] }, 'roles.0', 'invalid_value'],
    [{ ...newUser, username: 'avec espace' }, 'username', 'invalid_format'],
    [{ ...newUser, username: 'x'.repeat(41) }, 'username', 'too_long'],
    [{ ...newUser, password: 'court' }, 'password', 'too_short'],
    [{ ...newUser, displayName: 42 }, 'displayName', 'invalid_type'],
    [{ ...newUser, isAdmin: true }, 'isAdmin', 'unknown_field'],
    [{ username: 'sans.le.reste' }, 'displayName', 'required'],
  ])('refuses bad input %# and writes nothing', async (input, path, issue) => {
    const before = await tableCounts(setup.core);
    // Most rows break the input's type (a number for a name, an unknown key): sent unchecked, on purpose.
    const result = await unchecked(setup.api).users.create(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.fields).toContainEqual(expect.objectContaining({ path, issue }));
    }
    expect(await tableCounts(setup.core)).toEqual(before);
  });

  it('never answers with the refused value', async () => {
    const result = await setup.api.users.create({ ...newUser, password: 'secret' });
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('updates roles and deactivates, but keeps the last active admin', async () => {
    const demote = await setup.api.users.update({ id: setup.userId, displayName: 'Admin', roles: ['coordinator'], active: true });
    expect(demote).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'lastAdmin' } });
    const deactivate = await setup.api.users.update({ id: setup.userId, displayName: 'Admin', roles: ['admin'], active: false });
    expect(deactivate).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'lastAdmin' } });

    const second = await setup.api.users.create({ ...newUser, roles: ['admin'] });
    if (!second.ok) throw new Error('setup failed');
    const now = await setup.api.users.update({ id: setup.userId, displayName: 'Admin', roles: ['coordinator', 'housing'], active: true });
    expect(now).toMatchObject({ ok: true, data: { roles: ['coordinator', 'housing'] } });
    // The change applies to the running session at once.
    expect(await setup.api.users.list()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers NOT_FOUND for an unknown user', async () => {
    const result = await setup.api.users.update({ id: 9999, displayName: 'X', roles: ['teacher'], active: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.user' } });
    const reset = await setup.api.users.resetPassword({ id: 9999, newPassword: 'nouvelle-phrase' });
    expect(reset).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('resets a password: the old one stops working and the new one must be changed', async () => {
    const created = await setup.api.users.create(newUser);
    if (!created.ok) throw new Error('setup failed');
    const reset = await setup.api.users.resetPassword({ id: created.data.id, newPassword: 'remise-a-zero-2026' });
    expect(reset).toEqual({ ok: true, data: null });
    expect(await signedOut(setup.core).auth.login({ username: newUser.username, password: newUser.password })).toMatchObject({ ok: false });
    expect(await signedOut(setup.core).auth.login({ username: newUser.username, password: 'remise-a-zero-2026' })).toMatchObject({
      ok: true,
      data: { mustChangePassword: true },
    });
  });

  it('searches and hides inactive users unless asked', async () => {
    const created = await setup.api.users.create(newUser);
    if (!created.ok) throw new Error('setup failed');
    await setup.api.users.create({ ...newUser, username: 'j.delvaux', displayName: 'Julien Delvaux' });
    await setup.api.users.update({ id: created.data.id, displayName: 'Nadia Verlaine', roles: ['teacher'], active: false });
    const names = async (input: InputOf<'users', 'list'>) => {
      const result = await setup.api.users.list(input);
      return result.ok ? result.data.map((user) => user.username) : result;
    };
    // Sorted by display name: « Julien Delvaux » before « Test admin ».
    expect(await names({})).toEqual(['j.delvaux', 'admin']);
    expect(await names({ includeInactive: true, search: 'VERL' })).toEqual(['n.verlaine']);
    expect(await names({ search: '%' })).toEqual([]);
  });
});
