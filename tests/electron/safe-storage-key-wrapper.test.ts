import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldKeyError } from '../../main/crypto/errors';
import { createFieldCipher } from '../../main/crypto/field-cipher';
import { fieldKeyPath, loadOrCreateFieldKey, plainKeyWrapper, readFieldKey, type KeyWrapper, type RewrapOutcome } from '../../main/crypto/key-store';

/**
 * safeStorage is played by the shared fake (tests/electron/fake-electron.ts, `createFakeSafeStorage`): it
 * encrypts with an "OS account" secret, refuses what it did not make, can be switched off as on Linux without a
 * keyring or before `ready`, can fall back to `basic_text`, and can rotate its key.
 */
const fake = await vi.hoisted(async () => {
  const { createFakeElectron, createFakeSafeStorage } = await import('./fake-electron');
  return { electron: createFakeElectron(), storage: createFakeSafeStorage() };
});
vi.mock('electron', () => {
  const module = { ...fake.electron.module, safeStorage: fake.storage.safeStorage };
  return { ...module, default: module };
});

const { createSafeStorageKeyWrapper, probeSafeStorage } = await import('../../main/electron/safe-storage-key-wrapper');

const made: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-safe-storage-'));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function wrapper(): Promise<KeyWrapper> {
  const available = await createSafeStorageKeyWrapper();
  if (!available) throw new Error('safeStorage should be available');
  return available;
}

async function refusal(run: () => Promise<unknown>): Promise<FieldKeyError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(FieldKeyError);
    return error as FieldKeyError;
  }
  throw new Error('expected a FieldKeyError');
}

const wrappedBytes = (dir: string) => Buffer.from(readFileSync(fieldKeyPath(dir), 'latin1').split('\n')[2]!, 'base64');

describe('the safeStorage key wrapper', () => {
  beforeEach(() => fake.storage.reset());
  const { state, safeStorage } = fake.storage;

  it('is offered only when the OS can encrypt, asking the asynchronous API', async () => {
    expect((await wrapper()).kind).toBe('safeStorage');
    state.available = false;
    expect(await createSafeStorageKeyWrapper()).toBeNull();
    expect(await probeSafeStorage('win32')).toEqual({ store: 'unavailable', wrapper: null, protects: false });
    expect(safeStorage.isAsyncEncryptionAvailable).toHaveBeenCalled();
    expect(safeStorage.isEncryptionAvailable).not.toHaveBeenCalled();
  });

  it('wraps the key with encryptStringAsync and gives it back with decryptStringAsync', async () => {
    const key = Buffer.from('0123456789abcdef0123456789abcdef');
    const wrapped = await (await wrapper()).wrap(key);
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledTimes(1);
    expect(wrapped.includes(key)).toBe(false);
    expect(wrapped.includes(Buffer.from(key.toString('base64')))).toBe(false);
    const back = await (await wrapper()).unwrap(wrapped);
    expect(back.key.equals(key)).toBe(true);
    expect(back.rewrap).toBe(false);
    expect(safeStorage.decryptStringAsync).toHaveBeenCalledTimes(1);
    // The deprecated synchronous calls (removed in Electron 46) are never made.
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
    expect(safeStorage.decryptString).not.toHaveBeenCalled();
  });

  it('keeps the desktop key file wrapped and reuses it at the next start', async () => {
    const dir = dataDir();
    const first = await loadOrCreateFieldKey(dir, await wrapper());
    expect(first.created).toBe(true);
    const file = readFileSync(fieldKeyPath(dir), 'utf8');
    expect(file).toMatch(/^passerelle-field-key 1\nwrapper safeStorage\n/);
    expect(file).not.toContain(first.key.toString('base64'));
    expect(readFileSync(fieldKeyPath(dir)).includes(first.key)).toBe(false);

    const stored = createFieldCipher(first.key).encrypt('Dupont', 'people.last_name:7');
    const second = await loadOrCreateFieldKey(dir, await wrapper());
    expect(second.created).toBe(false);
    expect(createFieldCipher(second.key).decrypt(stored, 'people.last_name:7')).toBe('Dupont');
  });

  it('refuses the desktop key file in browser mode (plain), and a browser-made file on the desktop', async () => {
    const desktop = dataDir();
    await loadOrCreateFieldKey(desktop, await wrapper());
    expect((await refusal(() => loadOrCreateFieldKey(desktop, plainKeyWrapper))).code).toBe('FIELD_KEY_WRAPPER_MISMATCH');

    const browser = dataDir();
    await loadOrCreateFieldKey(browser, plainKeyWrapper);
    const desktopWrapper = await wrapper();
    expect((await refusal(() => loadOrCreateFieldKey(browser, desktopWrapper))).code).toBe('FIELD_KEY_WRAPPER_MISMATCH');
  });

  it('cannot open a key file copied to another OS account', async () => {
    const dir = dataDir();
    await loadOrCreateFieldKey(dir, await wrapper());
    const before = readFileSync(fieldKeyPath(dir));
    state.account = 'account-B';
    const desktopWrapper = await wrapper();
    expect((await refusal(() => loadOrCreateFieldKey(dir, desktopWrapper))).code).toBe('FIELD_KEY_UNWRAP_FAILED');
    // The key that would open the data is not replaced by a new one.
    expect(readFileSync(fieldKeyPath(dir)).equals(before)).toBe(true);
  });

  it('wraps the key again, in one step, when safeStorage says it should be re-encrypted (a rotated key)', async () => {
    const dir = dataDir();
    const { key } = await loadOrCreateFieldKey(dir, await wrapper());
    expect(wrappedBytes(dir).subarray(0, 3).toString()).toBe('v21');

    state.generation = 2;
    safeStorage.decryptStringAsync.mockClear();
    const outcomes: RewrapOutcome[] = [];
    const again = await readFieldKey(dir, await wrapper(), (outcome) => outcomes.push(outcome));
    expect(again!.equals(key)).toBe(true);
    expect(outcomes).toEqual(['rewrapped']);
    await expect(safeStorage.decryptStringAsync.mock.results[0]!.value).resolves.toMatchObject({ shouldReEncrypt: true });
    expect(wrappedBytes(dir).subarray(0, 3).toString()).toBe('v22');
    expect(readdirSync(join(dir, 'keys'))).toEqual(['field-key']);

    // The new wrapping needs no further rewrite, and opens the same records.
    safeStorage.decryptStringAsync.mockClear();
    const quiet: RewrapOutcome[] = [];
    expect((await readFieldKey(dir, await wrapper(), (outcome) => quiet.push(outcome)))!.equals(key)).toBe(true);
    expect(quiet).toEqual([]);
    await expect(safeStorage.decryptStringAsync.mock.results[0]!.value).resolves.toMatchObject({ shouldReEncrypt: false });
  });

  describe('names what protects the key', () => {
    it('on Windows, macOS and Linux with a keyring', async () => {
      expect(await probeSafeStorage('win32')).toMatchObject({ store: 'windowsDpapi', protects: true, wrapper: { kind: 'safeStorage' } });
      expect(await probeSafeStorage('darwin')).toMatchObject({ store: 'macosKeychain', protects: true });
      expect(await probeSafeStorage('linux')).toMatchObject({ store: 'linuxSecretService', protects: true });
      for (const backend of ['kwallet', 'kwallet5', 'kwallet6'] as const) {
        state.backend = backend;
        expect(await probeSafeStorage('linux')).toMatchObject({ store: 'linuxKwallet', protects: true });
      }
      // The backend is a Linux notion: it is not asked elsewhere.
      safeStorage.getSelectedStorageBackend.mockClear();
      await probeSafeStorage('win32');
      expect(safeStorage.getSelectedStorageBackend).not.toHaveBeenCalled();
    });

    it('reports Linux’s basic_text, and an unnamed store, as not protecting', async () => {
      state.backend = 'basic_text';
      const basic = await probeSafeStorage('linux');
      expect(basic).toMatchObject({ store: 'linuxBasicText', protects: false });
      // Still a wrapper: a key file basic_text wrapped earlier must open.
      expect(basic.wrapper?.kind).toBe('safeStorage');
      state.backend = 'unknown';
      expect(await probeSafeStorage('linux')).toMatchObject({ store: 'unidentified', protects: false });
    });

    it('is right that basic_text only obfuscates: its key file opens under any account', async () => {
      state.backend = 'basic_text';
      const dir = dataDir();
      const { key } = await loadOrCreateFieldKey(dir, await wrapper());
      state.account = 'someone-else';
      expect((await readFieldKey(dir, await wrapper()))!.equals(key)).toBe(true);
    });

    it('moves a basic_text key under a real keyring once one is there (shouldReEncrypt), and then ties it to the account', async () => {
      state.backend = 'basic_text';
      const dir = dataDir();
      const { key } = await loadOrCreateFieldKey(dir, await wrapper());
      expect(wrappedBytes(dir).subarray(0, 3).toString()).toBe('v10');

      state.backend = 'gnome_libsecret';
      const outcomes: RewrapOutcome[] = [];
      expect((await readFieldKey(dir, await wrapper(), (outcome) => outcomes.push(outcome)))!.equals(key)).toBe(true);
      expect(outcomes).toEqual(['rewrapped']);
      expect(wrappedBytes(dir).subarray(0, 3).toString()).toBe('v21');
      state.account = 'someone-else';
      const other = await wrapper();
      expect((await refusal(() => readFieldKey(dir, other))).code).toBe('FIELD_KEY_UNWRAP_FAILED');
    });
  });
});
