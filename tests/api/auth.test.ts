import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signedIn, signedOut } from '../helpers/api';
import { createTestCore, tableCounts, TEST_PASSWORD, type TestCore } from '../helpers/core';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.cleanup());

const admin = { username: 'Admin.Liege', displayName: 'Service Interculturalité', password: 'une-phrase-de-passe' };

describe('first start', () => {
  it('asks for the admin account until one exists, then refuses a second setup', async () => {
    const api = signedOut(core);
    expect(await api.auth.status()).toMatchObject({
      ok: true,
      data: { setupRequired: true, user: null, settings: { idleMinutes: 15, modules: ['schools', 'housing'] } },
    });
    const setup = await api.auth.setup(admin);
    expect(setup).toMatchObject({ ok: true, data: { username: 'admin.liege', roles: ['admin'] } });
    // Setting up does not sign in: the person logs in with the password they just chose.
    expect(await api.auth.status()).toMatchObject({ ok: true, data: { setupRequired: false, user: null } });
    const again = await signedOut(core).auth.setup({ ...admin, username: 'intrus' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'setupDone' } });
    expect((await tableCounts(core)).users).toBe(1);
  });

  it('names the fields it refuses and writes nothing', async () => {
    const before = await tableCounts(core);
    const result = await signedOut(core).auth.setup({ username: 'a', displayName: '', password: 'court' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields).toEqual(
      expect.arrayContaining([
        { path: 'username', issue: 'too_short', params: { limit: 3 } },
        { path: 'displayName', issue: 'required' },
        { path: 'password', issue: 'too_short', params: { limit: 10 } },
      ]),
    );
    expect(await tableCounts(core)).toEqual(before);
  });
});

describe('login and sessions', () => {
  beforeEach(async () => {
    await signedOut(core).auth.setup(admin);
  });

  it('signs in with the right password, case-insensitive username, and signs out', async () => {
    const api = signedOut(core);
    const login = await api.auth.login({ username: 'ADMIN.liege', password: admin.password });
    expect(login).toMatchObject({ ok: true, data: { username: 'admin.liege', displayName: admin.displayName } });
    expect(await api.users.list()).toMatchObject({ ok: true });
    expect(await api.auth.logout()).toEqual({ ok: true, data: null });
    expect(await api.users.list()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const wrong = await signedOut(core).auth.login({ username: 'admin.liege', password: 'pas le bon' });
    const unknown = await signedOut(core).auth.login({ username: 'personne', password: 'pas le bon' });
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', reason: 'invalidCredentials' } });
  });

  it('makes the caller wait longer after each failed attempt', async () => {
    const attempt = () => signedOut(core).auth.login({ username: 'admin.liege', password: 'mauvais mot' });
    for (let i = 0; i < 3; i += 1) expect(await attempt()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    // Three failures: one second to wait, even with the right password.
    expect(await signedOut(core).auth.login({ username: 'admin.liege', password: admin.password })).toMatchObject({
      error: { code: 'RATE_LIMITED', params: { seconds: 1 } },
    });
    core.clock.advance(1_000);
    expect(await attempt()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    // Four failures: two seconds.
    const blocked = await signedOut(core).auth.login({ username: 'admin.liege', password: admin.password });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', reason: 'tooManyAttempts', params: { seconds: 2 } } });
    core.clock.advance(2_000);
    expect(await signedOut(core).auth.login({ username: 'admin.liege', password: admin.password })).toMatchObject({ ok: true });
  });

  it('ends the session after 15 idle minutes by default, and after the admin-chosen time', async () => {
    const api = signedOut(core);
    await api.auth.login({ username: 'admin.liege', password: admin.password });
    core.clock.advance(15 * 60_000);
    expect(await api.settings.update({ idleMinutes: 5, modules: ['schools'] })).toMatchObject({ ok: true });
    core.clock.advance(5 * 60_000 + 1);
    for (const call of [() => api.users.list(), () => api.system.info(), () => api.auth.logout()]) {
      expect(await call()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    expect(await api.auth.status()).toMatchObject({ ok: true, data: { user: null, settings: { idleMinutes: 5 } } });
  });

  it('ends the session of a user an admin deactivates', async () => {
    const adminApi = signedOut(core);
    await adminApi.auth.login({ username: 'admin.liege', password: admin.password });
    const teacher = await signedIn(core, ['teacher'], { username: 'prof' });
    expect(await teacher.api.auth.status()).toMatchObject({ data: { user: { username: 'prof' } } });
    const update = await adminApi.users.update({ id: teacher.userId, displayName: 'Prof', roles: ['teacher'], active: false });
    expect(update).toMatchObject({ ok: true, data: { active: false } });
    expect(await teacher.api.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'nouvelle-phrase' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await signedOut(core).auth.login({ username: 'prof', password: TEST_PASSWORD })).toMatchObject({ ok: false });
  });

  it('changes a password only with the current one', async () => {
    const { api } = await signedIn(core, ['coordinator'], { username: 'coord' });
    const wrong = await api.auth.changePassword({ currentPassword: 'faux', newPassword: 'nouvelle-phrase' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'currentPassword', issue: 'wrong_password' }] } });
    const right = await api.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'nouvelle-phrase' });
    expect(right).toEqual({ ok: true, data: null });
    expect(await signedOut(core).auth.login({ username: 'coord', password: 'nouvelle-phrase' })).toMatchObject({ ok: true });
  });

  it('writes audit entries without personal data', async () => {
    await signedOut(core).auth.login({ username: 'admin.liege', password: 'wrong-password' });
    const rows = await core.db('audit_events').select('*');
    const text = JSON.stringify(rows);
    expect(rows.map((row: { action: string }) => row.action)).toEqual(['setup', 'login.failed']);
    expect(text).not.toContain('wrong-password');
    expect(text).not.toContain(admin.displayName);
  });
});
