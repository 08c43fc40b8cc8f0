import { safeStorage } from 'electron';
import type { KeyWrapper } from '../crypto/key-store';

/**
 * The desktop app's key wrapper: the field key is kept in the key file encrypted by Electron's `safeStorage`
 * (DPAPI on Windows, Keychain on macOS, libsecret/kwallet on Linux), so a copy of the data directory without
 * the OS account does not open the encrypted fields.
 *
 * Call after `app.whenReady()`: before it, safeStorage reports itself unavailable on Windows and Linux.
 * Returns null when the OS offers no encryption; the caller decides what then (see docs/security.md). On
 * Linux without a keyring, Electron may fall back to its `basic_text` store, which is available but only
 * obfuscates; `getSelectedStorageBackend()` tells.
 *
 * safeStorage encrypts strings, so the key travels as base64. The synchronous calls are deprecated in favour
 * of the async ones in Electron 45 but still supported; they keep `KeyWrapper` synchronous like the rest of
 * start-up.
 */
export function createSafeStorageKeyWrapper(): KeyWrapper | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  return {
    kind: 'safeStorage',
    wrap: (key) => safeStorage.encryptString(key.toString('base64')),
    unwrap: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
  };
}
