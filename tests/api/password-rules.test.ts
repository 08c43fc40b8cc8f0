// The password rules (issue 14, item 12) on every channel that sets one: first account, account made by an
// admin, admin reset, one's own change and the first-login change. Each refusal is a field error that says
// what is possible, and writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, signedOut } from '../helpers/api';
import { createTestCore, tableCounts, type TestCore } from '../helpers/core';
import type { PasserelleApi } from '../../shared/api/contract';

const ADMIN = { username: 'admin', displayName: 'Claire Administratrice', password: 'phrase-de-passe-admin' };
/** A temporary password as the admin's "generate" makes them. */
const TEMPORARY = 'k7Pw-Rt3x-9mQz-Hd4V';
const NADIA = { username: 'n.verlaine', displayName: 'Nadia Verlaine', roles: ['coordinator' as const] };

let core: TestCore;
let admin: PasserelleApi;

beforeEach(async () => {
  core = await createTestCore();
  admin = signedOut(core);
  ok(await admin.auth.setup(ADMIN));
  ok(await admin.auth.login({ username: ADMIN.username, password: ADMIN.password }));
});
afterEach(async () => {
  await core.cleanup();
});

const refusal = (path: string, issue: string) => ({ ok: false, error: { code: 'VALIDATION', fields: [{ path, issue }] } });

/** Common passwords and keyboard runs of 10 characters or more: the estimator knows them. */
const COMMON = ['azertyuiop', 'Password1234', 'motdepasse123', '1234567890', 'soleil123456', 'jetaime1234'];
/** Derived from the username or the display name of n.verlaine / Nadia Verlaine. */
const LIKE_NAME = ['n.verlaine-2026', 'Verlaine!!2026', 'NadiaVerlaine', '2026-nadia-2026', 'nverlainenverlaine', 'Nadia Verlaine 75'];

describe('the first account', () => {
  it('refuses a common password or one derived from the username, and is not created', async () => {
    const fresh = await createTestCore();
    try {
      const api = signedOut(fresh);
      expect(await api.auth.setup({ ...ADMIN, password: 'azertyuiop123' })).toMatchObject(refusal('password', 'password_common'));
      expect(await api.auth.setup({ ...ADMIN, password: 'Admin-2026!!' })).toMatchObject(refusal('password', 'password_like_name'));
      expect(await api.auth.setup({ ...ADMIN, password: 'Claire2026!!' })).toMatchObject(refusal('password', 'password_like_name'));
      expect(await api.auth.status()).toMatchObject({ ok: true, data: { setupRequired: true } });
    } finally {
      await fresh.cleanup();
    }
  });
});

describe('an account made or reset by an admin', () => {
  it.each([...COMMON.map((password) => [password, 'password_common']), ...LIKE_NAME.map((password) => [password, 'password_like_name'])])(
    'refuses %s (%s) on create, and writes nothing',
    async (password, issue) => {
      const before = await tableCounts(core);
      expect(await admin.users.create({ ...NADIA, password })).toMatchObject(refusal('password', issue));
      expect(await tableCounts(core)).toEqual(before);
    },
  );

  it('refuses the same on reset, and the old password still signs in', async () => {
    const user = ok(await admin.users.create({ ...NADIA, password: TEMPORARY }));
    const before = await tableCounts(core);
    expect(await admin.users.resetPassword({ id: user.id, newPassword: 'motdepasse123' })).toMatchObject(refusal('newPassword', 'password_common'));
    expect(await admin.users.resetPassword({ id: user.id, newPassword: 'Verlaine!!2026' })).toMatchObject(refusal('newPassword', 'password_like_name'));
    expect(await tableCounts(core)).toEqual(before);
    expect(await signedOut(core).auth.login({ username: NADIA.username, password: TEMPORARY })).toMatchObject({ ok: true });
    // A reset of an unknown account is still NOT_FOUND, not a password problem.
    expect(await admin.users.resetPassword({ id: 9999, newPassword: 'une phrase de plusieurs mots' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('accepts a phrase of several words, even one that mentions a name among others', async () => {
    ok(await admin.users.create({ ...NADIA, password: 'le-pont-de-fragnée-sous-la-pluie' }));
    const user = ok(await admin.users.create({ username: 'cpas', displayName: 'Sophie Marchal', roles: ['housing'], password: 'mot-de-passe-cpas' }));
    ok(await admin.users.resetPassword({ id: user.id, newPassword: 'remise-a-zero-2026' }));
  });
});

describe('the first-login change', () => {
  let nadia: PasserelleApi;

  beforeEach(async () => {
    ok(await admin.users.create({ ...NADIA, password: TEMPORARY }));
    nadia = signedOut(core);
    expect(ok(await nadia.auth.login({ username: NADIA.username, password: TEMPORARY }))).toMatchObject({ mustChangePassword: true });
  });

  it('refuses the temporary password, a common one and one derived from the name; the temporary one stays', async () => {
    const before = await tableCounts(core);
    expect(await nadia.auth.changePassword({ currentPassword: TEMPORARY, newPassword: TEMPORARY })).toMatchObject(refusal('newPassword', 'password_unchanged'));
    expect(await nadia.auth.changePassword({ currentPassword: TEMPORARY, newPassword: 'Password1234' })).toMatchObject(refusal('newPassword', 'password_common'));
    expect(await nadia.auth.changePassword({ currentPassword: TEMPORARY, newPassword: 'nadia.verlaine' })).toMatchObject(refusal('newPassword', 'password_like_name'));
    expect(await tableCounts(core)).toEqual(before);
    expect(ok(await nadia.auth.status()).user).toMatchObject({ mustChangePassword: true });
    expect(await signedOut(core).auth.login({ username: NADIA.username, password: TEMPORARY })).toMatchObject({ ok: true });
  });

  it('checks the current password first, then takes a good phrase and ends the forced change', async () => {
    expect(await nadia.auth.changePassword({ currentPassword: 'pas le bon mot', newPassword: 'Password1234' })).toMatchObject(refusal('currentPassword', 'wrong_password'));
    expect(await nadia.auth.changePassword({ currentPassword: TEMPORARY, newPassword: 'trois-hérons-sur-la-meuse' })).toEqual({ ok: true, data: null });
    expect(ok(await nadia.auth.status()).user).toMatchObject({ mustChangePassword: false });
    // Later changes refuse the password in use too.
    expect(await nadia.auth.changePassword({ currentPassword: 'trois-hérons-sur-la-meuse', newPassword: 'trois-hérons-sur-la-meuse' })).toMatchObject(
      refusal('newPassword', 'password_unchanged'),
    );
  });
});
