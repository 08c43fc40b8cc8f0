import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldKeyError } from '../../main/crypto/errors';
import { createFieldCipher } from '../../main/crypto/field-cipher';
import { fieldKeyPath, loadOrCreateFieldKey, plainKeyWrapper } from '../../main/crypto/key-store';

/**
 * safeStorage is played by a fake kept beside the shared Electron fake: it encrypts strings with an
 * "OS account" secret (Chromium's prefix `v10` then the bytes), refuses what it did not make, and can be
 * switched off as on Linux without a keyring or before `ready`.
 */
const fake = await vi.hoisted(async () => {
  const electron = (await import('./fake-electron')).createFakeElectron();
  const state = { available: true, account: 'account-A' };
  const { createCipheriv, createDecipheriv, createHash, randomBytes } = await import('node:crypto');
  const accountKey = () => createHash('sha256').update(state.account).digest();
  const safeStorage = {
    isEncryptionAvailable: vi.fn(() => state.available),
    encryptString: vi.fn((plain: string): Buffer => {
      if (!state.available) throw new Error('Encryption is not available.');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', accountKey(), iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from('v10'), iv, body, cipher.getAuthTag()]);
    }),
    decryptString: vi.fn((encrypted: Buffer): string => {
      if (!encrypted.subarray(0, 3).equals(Buffer.from('v10'))) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      // Authenticated, so another account's secret always fails (as DPAPI or the Keychain would).
      const decipher = createDecipheriv('aes-256-gcm', accountKey(), encrypted.subarray(3, 15));
      decipher.setAuthTag(encrypted.subarray(encrypted.length - 16));
      return Buffer.concat([decipher.update(encrypted.subarray(15, encrypted.length - 16)), decipher.final()]).toString('utf8');
    }),
  };
  return { electron, state, safeStorage };
});
vi.mock('electron', () => {
  const module = { ...fake.electron.module, safeStorage: fake.safeStorage };
  return { ...module, default: module };
});

const { createSafeStorageKeyWrapper } = await import('../../main/electron/safe-storage-key-wrapper');

const made: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-safe-storage-'));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function wrapper() {
  const available = createSafeStorageKeyWrapper();
  if (!available) throw new Error('safeStorage should be available');
  return available;
}

describe('the safeStorage key wrapper', () => {
  beforeEach(() => {
    fake.state.available = true;
    fake.state.account = 'account-A';
    fake.safeStorage.encryptString.mockClear();
    fake.safeStorage.decryptString.mockClear();
  });

  it('is offered only when the OS can encrypt', () => {
    expect(wrapper().kind).toBe('safeStorage');
    fake.state.available = false;
    expect(createSafeStorageKeyWrapper()).toBeNull();
  });

  it('wraps the key with safeStorage and gives it back', () => {
    const key = Buffer.from('0123456789abcdef0123456789abcdef');
    const wrapped = wrapper().wrap(key);
    expect(fake.safeStorage.encryptString).toHaveBeenCalledTimes(1);
    expect(wrapped.includes(key)).toBe(false);
    expect(wrapper().unwrap(wrapped).equals(key)).toBe(true);
  });

  it('keeps the desktop key file wrapped and reuses it at the next start', () => {
    const dir = dataDir();
    const first = loadOrCreateFieldKey(dir, wrapper());
    expect(first.created).toBe(true);
    const file = readFileSync(fieldKeyPath(dir), 'utf8');
    expect(file).toMatch(/^passerelle-field-key 1\nwrapper safeStorage\n/);
    expect(file).not.toContain(first.key.toString('base64'));
    expect(readFileSync(fieldKeyPath(dir)).includes(first.key)).toBe(false);

    const stored = createFieldCipher(first.key).encrypt('Dupont', 'people.last_name:7');
    const second = loadOrCreateFieldKey(dir, wrapper());
    expect(second.created).toBe(false);
    expect(createFieldCipher(second.key).decrypt(stored, 'people.last_name:7')).toBe('Dupont');
  });

  it('refuses the desktop key file in browser mode (plain), and a browser-made file on the desktop', () => {
    const desktop = dataDir();
    loadOrCreateFieldKey(desktop, wrapper());
    expect(() => loadOrCreateFieldKey(desktop, plainKeyWrapper)).toThrow(
      expect.objectContaining({ name: 'FieldKeyError', code: 'FIELD_KEY_WRAPPER_MISMATCH' }),
    );

    const browser = dataDir();
    loadOrCreateFieldKey(browser, plainKeyWrapper);
    expect(() => loadOrCreateFieldKey(browser, wrapper())).toThrow(
      expect.objectContaining({ name: 'FieldKeyError', code: 'FIELD_KEY_WRAPPER_MISMATCH' }),
    );
  });

  it('cannot open a key file copied to another OS account', () => {
    const dir = dataDir();
    loadOrCreateFieldKey(dir, wrapper());
    const before = readFileSync(fieldKeyPath(dir));
    fake.state.account = 'account-B';
    let refusal: unknown;
    try {
      loadOrCreateFieldKey(dir, wrapper());
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(FieldKeyError);
    expect((refusal as FieldKeyError).code).toBe('FIELD_KEY_UNWRAP_FAILED');
    // The key that would open the data is not replaced by a new one.
    expect(readFileSync(fieldKeyPath(dir)).equals(before)).toBe(true);
  });
});
