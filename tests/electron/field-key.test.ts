import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldKeyPath, loadOrCreateFieldKey, plainKeyWrapper } from '../../main/crypto/key-store';
import { createMemoryLogger } from '../../main/log';

/**
 * The desktop's choice of key wrapper (main/electron/field-key.ts) and what createCore logs and reports about it.
 * safeStorage is the shared fake (tests/electron/fake-electron.ts): it can be switched off (no keyring) or fall
 * back to Linux's basic_text; the key store's own rules have their tests. These tests run on Linux, so the
 * system's store is the fake's Linux backend.
 */
const fake = await vi.hoisted(async () => {
  const { createFakeElectron, createFakeSafeStorage } = await import('./fake-electron');
  const storage = createFakeSafeStorage();
  return { electron: createFakeElectron(), storage, state: storage.state };
});
vi.mock('electron', () => {
  const module = { ...fake.electron.module, safeStorage: fake.storage.safeStorage };
  return { ...module, default: module };
});

const { desktopFieldKey } = await import('../../main/electron/field-key');
const { createCore } = await import('../../main/core');

let dataDir: string;
beforeEach(() => {
  fake.storage.reset();
  dataDir = mkdtempSync(join(tmpdir(), 'passerelle-field-key-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const wrapperLine = () => readFileSync(fieldKeyPath(dataDir), 'latin1').split('\n')[1];

describe("the desktop's field key", () => {
  it('uses safeStorage when the OS offers it, and the key file says so', async () => {
    const choice = await desktopFieldKey(dataDir);
    expect(choice).toMatchObject({ wrapper: { kind: 'safeStorage' }, systemKeyring: 'linuxSecretService' });
    expect(choice).not.toHaveProperty('fallback');
    const logger = createMemoryLogger();
    const core = await createCore({ dataDir, databaseFile: ':memory:', logger, fieldKey: choice });
    await core.close();
    expect(wrapperLine()).toBe('wrapper safeStorage');
    expect(logger.entries).toEqual([{ level: 'info', event: 'fieldKey.created', wrapper: 'safeStorage' }]);
    // Next start: the same wrapper, the same key.
    expect(await desktopFieldKey(dataDir)).toMatchObject({ wrapper: { kind: 'safeStorage' } });
  });

  it('falls back to the plain wrapper without a keyring, and logs it without a path or a value', async () => {
    fake.state.available = false;
    const choice = await desktopFieldKey(dataDir);
    expect(choice).toEqual({ wrapper: plainKeyWrapper, fallback: 'safeStorageUnavailable', systemKeyring: 'unavailable' });
    const logger = createMemoryLogger();
    const core = await createCore({ dataDir, databaseFile: ':memory:', logger, fieldKey: choice });
    await core.close();
    expect(wrapperLine()).toBe('wrapper plain');
    expect(logger.entries[0]).toEqual({ level: 'info', event: 'fieldKey.wrapperFallback', reason: 'safeStorageUnavailable', wrapper: 'plain' });
    expect(JSON.stringify(logger.entries)).not.toContain(dataDir);
  });

  it('opens a plain key file made by browser mode or the demo with the plain wrapper, and offers the keyring', async () => {
    await loadOrCreateFieldKey(dataDir, plainKeyWrapper);
    expect(await desktopFieldKey(dataDir)).toMatchObject({ wrapper: plainKeyWrapper, fallback: 'plainKeyFile', keyring: { kind: 'safeStorage' } });
    fake.state.available = false;
    expect(await desktopFieldKey(dataDir)).toEqual({ wrapper: plainKeyWrapper, fallback: 'plainKeyFile', systemKeyring: 'unavailable' });
  });

  it('stops the start when safeStorage made the key but is unavailable now, leaving the file as it was', async () => {
    const choice = await desktopFieldKey(dataDir);
    const core = await createCore({ dataDir, databaseFile: ':memory:', logger: createMemoryLogger(), fieldKey: choice });
    await core.close();
    const before = readFileSync(fieldKeyPath(dataDir));
    fake.state.available = false;
    await expect(
      createCore({ dataDir, databaseFile: ':memory:', logger: createMemoryLogger(), fieldKey: await desktopFieldKey(dataDir) }),
    ).rejects.toMatchObject({ code: 'FIELD_KEY_WRAPPER_MISMATCH' });
    expect(readFileSync(fieldKeyPath(dataDir))).toEqual(before);
  });

  it('sends a data directory whose key safeStorage wrapped to recovery while safeStorage is unavailable, never replacing the key', async () => {
    const { TEST_SCRYPT_COST } = await import('../helpers/core');
    const first = await createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: await desktopFieldKey(dataDir) });
    await first.close();
    expect(wrapperLine()).toBe('wrapper safeStorage');
    const before = readFileSync(fieldKeyPath(dataDir));
    fake.state.available = false;
    const choice = await desktopFieldKey(dataDir);
    expect(choice).toEqual({ wrapper: plainKeyWrapper, fallback: 'safeStorageUnavailable', systemKeyring: 'unavailable' });
    const core = await createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: choice });
    try {
      expect(core.problem).toBe('fieldKeyUnreadable');
    } finally {
      await core.close();
    }
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

    const desktop = await createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: await desktopFieldKey(dataDir) });
    try {
      const admin = await signedIn(desktop, ['admin']);
      expect(ok(await admin.api.backups.list())).toMatchObject({ keyProtection: 'plainFile', keyringOffered: true, systemKeyring: 'linuxSecretService' });
      ok(await admin.api.backups.protectKeyWithKeyring());
      expect(wrapperLine()).toBe('wrapper safeStorage');
      // The plain copy is gone, not set aside: the keyring is meant to replace it.
      expect(readdirSync(join(dataDir, 'keys'))).toEqual(['field-key']);
      expect(ok(await admin.api.backups.list())).toMatchObject({ keyProtection: 'keyring', keyringOffered: false, systemKeyring: 'linuxSecretService' });
      expect(await admin.api.backups.protectKeyWithKeyring()).toMatchObject({ ok: false, error: { reason: 'keyringUnavailable' } });
    } finally {
      await desktop.close();
    }
    const again = await createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: await desktopFieldKey(dataDir) });
    try {
      expect(again.problem).toBeNull();
      expect((await again.db('installation').first('field_key_fingerprint')).field_key_fingerprint).toBe(fingerprint);
    } finally {
      await again.close();
    }
  });

  describe('on Linux with only basic_text (a password written in Chromium: obfuscation, not protection)', () => {
    it('makes a new key plain, says why in the log, and tells the administrator what the system offers', async () => {
      fake.state.backend = 'basic_text';
      const choice = await desktopFieldKey(dataDir);
      expect(choice).toEqual({ wrapper: plainKeyWrapper, fallback: 'keyringObfuscationOnly', systemKeyring: 'linuxBasicText' });
      const { signedIn, ok } = await import('../helpers/api');
      const { TEST_SCRYPT_COST } = await import('../helpers/core');
      const logger = createMemoryLogger();
      const core = await createCore({ dataDir, logger, passwordCost: TEST_SCRYPT_COST, fieldKey: choice });
      try {
        expect(wrapperLine()).toBe('wrapper plain');
        expect(logger.entries[0]).toEqual({ level: 'info', event: 'fieldKey.wrapperFallback', reason: 'keyringObfuscationOnly', wrapper: 'plain' });
        const admin = await signedIn(core, ['admin']);
        expect(ok(await admin.api.backups.list())).toMatchObject({ keyProtection: 'plainFile', keyringOffered: false, systemKeyring: 'linuxBasicText' });
        // Not offered, and refused if asked anyway: basic_text would only hide the key's plainness.
        expect(await admin.api.backups.protectKeyWithKeyring()).toMatchObject({ ok: false, error: { reason: 'keyringUnavailable' } });
        expect(wrapperLine()).toBe('wrapper plain');
      } finally {
        await core.close();
      }
      expect(fake.storage.safeStorage.encryptStringAsync).not.toHaveBeenCalled();
    });

    it('does not offer basic_text for a plain key file, nor an unidentified store', async () => {
      await loadOrCreateFieldKey(dataDir, plainKeyWrapper);
      fake.state.backend = 'basic_text';
      expect(await desktopFieldKey(dataDir)).toEqual({ wrapper: plainKeyWrapper, fallback: 'plainKeyFile', systemKeyring: 'linuxBasicText' });
      fake.state.backend = 'unknown';
      expect(await desktopFieldKey(dataDir)).toEqual({ wrapper: plainKeyWrapper, fallback: 'plainKeyFile', systemKeyring: 'unidentified' });
    });

    it('still opens a key file basic_text wrapped earlier, and reports it as obfuscated, not protected', async () => {
      const { signedIn, ok } = await import('../helpers/api');
      const { TEST_SCRYPT_COST } = await import('../helpers/core');
      fake.state.backend = 'basic_text';
      // An earlier version wrapped the key with whatever safeStorage offered.
      const { createSafeStorageKeyWrapper } = await import('../../main/electron/safe-storage-key-wrapper');
      const earlier = await createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: { wrapper: (await createSafeStorageKeyWrapper())! } });
      await earlier.close();
      expect(wrapperLine()).toBe('wrapper safeStorage');
      const { readFieldKey } = await import('../../main/crypto/key-store');
      const key = (await readFieldKey(dataDir, (await createSafeStorageKeyWrapper())!))!;
      const choice = await desktopFieldKey(dataDir);
      expect(choice).toMatchObject({ wrapper: { kind: 'safeStorage' }, systemKeyring: 'linuxBasicText' });
      expect(choice).not.toHaveProperty('fallback');
      const logger = createMemoryLogger();
      const core = await createCore({ dataDir, logger, passwordCost: TEST_SCRYPT_COST, fieldKey: choice });
      try {
        expect(core.problem).toBeNull();
        expect(logger.entries).toContainEqual({ level: 'info', event: 'fieldKey.obfuscatedOnly', store: 'linuxBasicText' });
        const admin = await signedIn(core, ['admin']);
        expect(ok(await admin.api.backups.list())).toMatchObject({ keyProtection: 'obfuscated', keyringOffered: false, systemKeyring: 'linuxBasicText' });
      } finally {
        await core.close();
      }
      // With a keyring installed, the next start moves the same key under it (safeStorage's shouldReEncrypt).
      fake.state.backend = 'kwallet5';
      const logger2 = createMemoryLogger();
      const later = await createCore({ dataDir, logger: logger2, passwordCost: TEST_SCRYPT_COST, fieldKey: await desktopFieldKey(dataDir) });
      try {
        expect(later.problem).toBeNull();
        expect(logger2.entries).toContainEqual({ level: 'info', event: 'fieldKey.rewrapped', wrapper: 'safeStorage' });
        const admin = await signedIn(later, ['admin']);
        expect(ok(await admin.api.backups.list())).toMatchObject({ keyProtection: 'keyring', systemKeyring: 'linuxKwallet' });
      } finally {
        await later.close();
      }
      fake.state.account = 'someone-else';
      await expect(readFieldKey(dataDir, (await createSafeStorageKeyWrapper())!)).rejects.toMatchObject({ code: 'FIELD_KEY_UNWRAP_FAILED' });
      fake.state.account = 'account-A';
      expect((await readFieldKey(dataDir, (await createSafeStorageKeyWrapper())!))!.equals(key)).toBe(true);
    });
  });
});
