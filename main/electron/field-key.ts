import { readFileSync } from 'node:fs';
import { fieldKeyPath, plainKeyWrapper } from '../crypto/key-store';
import type { CoreOptions } from '../core';
import { createSafeStorageKeyWrapper } from './safe-storage-key-wrapper';

/**
 * The desktop app's choice of key wrapper (docs/security.md, "Field encryption"). Call after `app.whenReady()`.
 *
 * - A key file made by the plain wrapper (browser mode, `npm run demo`, or an earlier fallback) is opened
 *   with the plain wrapper: refusing it would lock the user out of their own data, and the file's protection
 *   does not change by being opened here. The log says so (`plainKeyFile`), and when safeStorage works the
 *   administrator is offered to move the key under it (`keyring`).
 * - Otherwise safeStorage when the OS offers it.
 * - Otherwise (no keyring, a headless session) the plain wrapper, and the log says so
 *   (`safeStorageUnavailable`); a key file already wrapped by safeStorage is then refused by the key store
 *   (FIELD_KEY_WRAPPER_MISMATCH) and the start stops, never replacing it.
 */
export function desktopFieldKey(dataDir: string): CoreOptions['fieldKey'] {
  if (existingWrapperKind(dataDir) === 'plain') {
    // Offered to the administrator (Paramètres → Sauvegardes): move the key under the keyring.
    const keyring = createSafeStorageKeyWrapper();
    return keyring ? { wrapper: plainKeyWrapper, fallback: 'plainKeyFile', keyring } : { wrapper: plainKeyWrapper, fallback: 'plainKeyFile' };
  }
  const safe = createSafeStorageKeyWrapper();
  if (safe) return { wrapper: safe };
  return { wrapper: plainKeyWrapper, fallback: 'safeStorageUnavailable' };
}

/** The wrapper named on the key file's second line; null when there is no file (the key store checks the rest). */
function existingWrapperKind(dataDir: string): string | null {
  let head: string;
  try {
    head = readFileSync(fieldKeyPath(dataDir), 'latin1').slice(0, 64);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return /^passerelle-field-key 1\nwrapper (\w+)\n/.exec(head)?.[1] ?? null;
}
