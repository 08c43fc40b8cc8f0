import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldKeyPath, loadOrCreateFieldKey, plainKeyWrapper } from '../../main/crypto/key-store';
import { createMemoryLogger } from '../../main/log';

/**
 * The desktop's choice of key wrapper (main/electron/field-key.ts) and what createCore logs about it. safeStorage
 * is a reversible fake that can be switched off (no keyring); the key store's own rules have their tests.
 */
const fake = await vi.hoisted(async () => {
  const electron = (await import('./fake-electron')).createFakeElectron();
  const state = { available: true };
  const safeStorage = {
    isEncryptionAvailable: vi.fn(() => state.available),
    encryptString: vi.fn((plain: string): Buffer => Buffer.from(`fake:${Buffer.from(plain).toString('hex')}`)),
    decryptString: vi.fn((wrapped: Buffer): string => Buffer.from(wrapped.toString().slice(5), 'hex').toString()),
  };
  return { electron, state, safeStorage };
});
vi.mock('electron', () => {
  const module = { ...fake.electron.module, safeStorage: fake.safeStorage };
  return { ...module, default: module };
});

const { desktopFieldKey } = await import('../../main/electron/field-key');
const { createCore } = await import('../../main/core');

let dataDir: string;
beforeEach(() => {
  fake.state.available = true;
  fake.safeStorage.isEncryptionAvailable.mockClear();
  dataDir = mkdtempSync(join(tmpdir(), 'passerelle-field-key-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const wrapperLine = () => readFileSync(fieldKeyPath(dataDir), 'latin1').split('\n')[1];

describe("the desktop's field key", () => {
  it('uses safeStorage when the OS offers it, and the key file says so', async () => {
    const choice = desktopFieldKey(dataDir);
    expect(choice).toMatchObject({ wrapper: { kind: 'safeStorage' } });
    expect(choice).not.toHaveProperty('fallback');
    const logger = createMemoryLogger();
    const core = await createCore({ dataDir, databaseFile: ':memory:', logger, fieldKey: choice });
    await core.close();
    expect(wrapperLine()).toBe('wrapper safeStorage');
    expect(logger.entries).toEqual([{ level: 'info', event: 'fieldKey.created', wrapper: 'safeStorage' }]);
    // Next start: the same wrapper, the same key.
    expect(desktopFieldKey(dataDir)).toMatchObject({ wrapper: { kind: 'safeStorage' } });
  });

  it('falls back to the plain wrapper without a keyring, and logs it without a path or a value', async () => {
    fake.state.available = false;
    const choice = desktopFieldKey(dataDir);
    expect(choice).toEqual({ wrapper: plainKeyWrapper, fallback: 'safeStorageUnavailable' });
    const logger = createMemoryLogger();
    const core = await createCore({ dataDir, databaseFile: ':memory:', logger, fieldKey: choice });
    await core.close();
    expect(wrapperLine()).toBe('wrapper plain');
    expect(logger.entries[0]).toEqual({ level: 'info', event: 'fieldKey.wrapperFallback', reason: 'safeStorageUnavailable', wrapper: 'plain' });
    expect(JSON.stringify(logger.entries)).not.toContain(dataDir);
  });

  it('opens a plain key file made by browser mode or the demo with the plain wrapper, and offers the keyring', () => {
    loadOrCreateFieldKey(dataDir, plainKeyWrapper);
    expect(desktopFieldKey(dataDir)).toMatchObject({ wrapper: plainKeyWrapper, fallback: 'plainKeyFile', keyring: { kind: 'safeStorage' } });
    fake.state.available = false;
    expect(desktopFieldKey(dataDir)).toEqual({ wrapper: plainKeyWrapper, fallback: 'plainKeyFile' });
  });

  it('stops the start when safeStorage made the key but is unavailable now, leaving the file as it was', async () => {
    const choice = desktopFieldKey(dataDir);
    const core = await createCore({ dataDir, databaseFile: ':memory:', logger: createMemoryLogger(), fieldKey: choice });
    await core.close();
    const before = readFileSync(fieldKeyPath(dataDir));
    fake.state.available = false;
    await expect(
      createCore({ dataDir, databaseFile: ':memory:', logger: createMemoryLogger(), fieldKey: desktopFieldKey(dataDir) }),
    ).rejects.toMatchObject({ code: 'FIELD_KEY_WRAPPER_MISMATCH' });
    expect(readFileSync(fieldKeyPath(dataDir))).toEqual(before);
  });

  it('moves a plain key under the keyring when the administrator asks, and the next start opens the records with it', async () => {
    const { signedIn, ok } = await import('../helpers/api');
    const { TEST_SCRYPT_COST } = await import('../helpers/core');
    const { readdirSync } = await import('node:fs');
    // Browser mode opened the folder first: a plain key and a person encrypted with it.
    const browser = await createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: { wrapper: plainKeyWrapper } });
    const fingerprint = (await browser.db('installation').first('field_key_fingerprint')).field_key_fingerprint as string;
    await browser.close();
    expect(wrapperLine()).toBe('wrapper plain');

    const desktop = await createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: desktopFieldKey(dataDir) });
    try {
      const admin = await signedIn(desktop, ['admin']);
      expect(ok(await admin.api.backups.list())).toMatchObject({ keyProtection: 'plainFile', keyringOffered: true });
      ok(await admin.api.backups.protectKeyWithKeyring());
      expect(wrapperLine()).toBe('wrapper safeStorage');
      // The plain copy is gone, not set aside: the keyring is meant to replace it.
      expect(readdirSync(join(dataDir, 'keys'))).toEqual(['field-key']);
      expect(ok(await admin.api.backups.list())).toMatchObject({ keyProtection: 'keyring', keyringOffered: false });
      expect(await admin.api.backups.protectKeyWithKeyring()).toMatchObject({ ok: false, error: { reason: 'keyringUnavailable' } });
    } finally {
      await desktop.close();
    }
    const again = await createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: desktopFieldKey(dataDir) });
    try {
      expect(again.problem).toBeNull();
      expect((await again.db('installation').first('field_key_fingerprint')).field_key_fingerprint).toBe(fingerprint);
    } finally {
      await again.close();
    }
  });
});
