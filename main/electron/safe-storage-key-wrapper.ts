import { safeStorage } from 'electron';
import type { KeyWrapper } from '../crypto/key-store';
import { keyringProtects, type SystemKeyring } from '../../shared/domain/backups';

/**
 * The desktop app's key wrapper: the field key is kept in the key file encrypted by Electron's `safeStorage`,
 * so a copy of the data directory without the OS account does not open the encrypted fields. What really
 * protects it depends on the system (docs/security.md, "What protects the key"):
 *
 * - Windows: DPAPI, tied to the Windows account (its password);
 * - macOS: a key in the user's Keychain;
 * - Linux: a key in the session's secret store (GNOME Keyring / libsecret, KWallet), or, when Chromium finds
 *   none, its `basic_text` store: a password written in Chromium's source, which only obfuscates. Anyone who
 *   copies the folder can undo it, so it is reported as such and never offered as protection.
 *
 * Only the asynchronous API is used (the synchronous one is deprecated in Electron 45 and removed in 46).
 * Call after `app.whenReady()`: before it, the backend is `unknown` and Windows and Linux report no encryption.
 * safeStorage encrypts strings, so the key travels as base64.
 */
export interface DesktopKeyring {
  /** What the system offers, as reported to the administrator (Paramètres → Sauvegardes). */
  store: SystemKeyring;
  /** Null when safeStorage cannot encrypt at all. Present for an obfuscating store too: a key file it made must still open. */
  wrapper: KeyWrapper | null;
  /** True when the store really protects the key (not `basic_text`, not an unidentified store). */
  protects: boolean;
}

export async function probeSafeStorage(platform: NodeJS.Platform = process.platform): Promise<DesktopKeyring> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return { store: 'unavailable', wrapper: null, protects: false };
  const store = storeOf(platform);
  return { store, wrapper: safeStorageKeyWrapper, protects: keyringProtects(store) };
}

function storeOf(platform: NodeJS.Platform): SystemKeyring {
  if (platform === 'win32') return 'windowsDpapi';
  if (platform === 'darwin') return 'macosKeychain';
  if (platform !== 'linux') return 'unidentified';
  const backend = safeStorage.getSelectedStorageBackend();
  if (backend === 'gnome_libsecret') return 'linuxSecretService';
  if (backend === 'kwallet' || backend === 'kwallet5' || backend === 'kwallet6') return 'linuxKwallet';
  if (backend === 'basic_text') return 'linuxBasicText';
  // `unknown` (asked before ready) or a store this version does not know: nothing can be vouched for.
  return 'unidentified';
}

const safeStorageKeyWrapper: KeyWrapper = {
  kind: 'safeStorage',
  wrap: (key) => safeStorage.encryptStringAsync(key.toString('base64')),
  unwrap: async (wrapped) => {
    const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(wrapped);
    return { key: Buffer.from(result, 'base64'), rewrap: shouldReEncrypt };
  },
};

/** The wrapper alone, when the OS can encrypt (whatever protects it); null otherwise. */
export async function createSafeStorageKeyWrapper(): Promise<KeyWrapper | null> {
  return (await probeSafeStorage()).wrapper;
}
