import { describe, expect, it } from 'vitest';
import { hashPassword, makeDecoyHash, verifyPassword } from '../../main/auth/password';
import { TEST_SCRYPT_COST } from '../helpers/core';

describe('password hashing', () => {
  it('stores scrypt parameters, salt and hash together', async () => {
    const stored = await hashPassword('un mot de passe long', TEST_SCRYPT_COST);
    const [scheme, n, r, p, salt, hash] = stored.split('$');
    expect(scheme).toBe('scrypt');
    expect([Number(n), Number(r), Number(p)]).toEqual([1024, 8, 1]);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash!, 'base64')).toHaveLength(32);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('un mot de passe long', TEST_SCRYPT_COST);
    expect(await verifyPassword('un mot de passe long', stored)).toBe(true);
    expect(await verifyPassword('un mot de passe lonG', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    const first = await hashPassword('même mot de passe', TEST_SCRYPT_COST);
    const second = await hashPassword('même mot de passe', TEST_SCRYPT_COST);
    expect(first).not.toBe(second);
  });

  it('verifies with the parameters stored in the hash, not the current default', async () => {
    const stronger = await hashPassword('paramètres anciens', { N: 2048, r: 8, p: 2 });
    expect(await verifyPassword('paramètres anciens', stronger)).toBe(true);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hashPassword('Crème brûlée 2026', TEST_SCRYPT_COST);
    expect(await verifyPassword('Cre\u0300me bru\u0302le\u0301e 2026', stored)).toBe(true);
  });

  it('refuses damaged or foreign hashes instead of throwing', async () => {
    expect(await verifyPassword('x', 'bcrypt$2b$10$abc')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1024$8$1$AAAA$AAAA')).toBe(false);
  });

  it('makes the decoy hash of unknown usernames at once: the cost of a real hash, matching no password', async () => {
    const decoy = await makeDecoyHash(TEST_SCRYPT_COST);
    const [scheme, n, r, p, salt, hash] = decoy.split('$');
    expect(scheme).toBe('scrypt');
    expect([Number(n), Number(r), Number(p)]).toEqual([TEST_SCRYPT_COST.N, TEST_SCRYPT_COST.r, TEST_SCRYPT_COST.p]);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash!, 'base64')).toHaveLength(32);
    expect(await verifyPassword('', decoy)).toBe(false);
    expect(await verifyPassword('un mot de passe long', decoy)).toBe(false);
    expect(await makeDecoyHash(TEST_SCRYPT_COST)).not.toBe(decoy);
    // Verifying against it runs scrypt with the cost it carries (an impossible cost makes the derivation fail),
    // so an unknown username takes the time of a wrong password.
    await expect(verifyPassword('x', await makeDecoyHash({ N: 3, r: 8, p: 1 }))).rejects.toThrow();
  });
});
