import { readFileSync } from 'node:fs';
import { fieldKeyPath, plainKeyWrapper } from '../crypto/key-store';
import type { CoreOptions } from '../core';
import { probeSafeStorage } from './safe-storage-key-wrapper';

/**
 * The desktop app's choice of key wrapper (docs/security.md, "Field encryption" and "What protects the key").
 * Call after `app.whenReady()`.
 *
 * - A key file made by the plain wrapper (browser mode, `npm run demo`, or an earlier fallback) is opened
 *   with the plain wrapper: refusing it would lock the user out of their own data, and the file's protection
 *   does not change by being opened here. The log says so (`plainKeyFile`), and when the system's keyring
 *   really protects (not Linux's `basic_text`) the administrator is offered to move the key under it (`keyring`).
 * - A key file wrapped by safeStorage is opened with safeStorage, whatever its store: it is the only way to
 *   read it (on `basic_text`, the administrator is told that it only obfuscates). Without safeStorage, the
 *   plain wrapper is passed and the key store refuses the file (FIELD_KEY_WRAPPER_MISMATCH): the start goes to
 *   recovery and never replaces it.
 * - A new key goes under safeStorage when its store really protects it. Otherwise (no keyring, a headless
 *   session, Linux's `basic_text` or a store that cannot be named) it is made plain and the log says why
 *   (`safeStorageUnavailable`, `keyringObfuscationOnly`): a `basic_text` wrapping would protect no better than
 *   file permissions while hiding that, and would lock browser mode out of the folder.
 *
 * `systemKeyring` names the store for the administrator (Paramètres → Sauvegardes).
 */
export async function desktopFieldKey(dataDir: string): Promise<CoreOptions['fieldKey']> {
  const keyring = await probeSafeStorage();
  const systemKeyring = keyring.store;
  const existing = existingWrapperKind(dataDir);
  if (existing === 'plain') {
    // Offered to the administrator (Paramètres → Sauvegardes): move the key under the keyring.
    return keyring.wrapper && keyring.protects
      ? { wrapper: plainKeyWrapper, fallback: 'plainKeyFile', keyring: keyring.wrapper, systemKeyring }
      : { wrapper: plainKeyWrapper, fallback: 'plainKeyFile', systemKeyring };
  }
  if (keyring.wrapper && (existing !== null || keyring.protects)) return { wrapper: keyring.wrapper, systemKeyring };
  const fallback = keyring.wrapper ? 'keyringObfuscationOnly' : 'safeStorageUnavailable';
  return { wrapper: plainKeyWrapper, fallback, systemKeyring };
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
