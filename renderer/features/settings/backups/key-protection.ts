import { keyringProtects, type KeyInfo } from '../../../../shared/domain/backups';

/**
 * The one sentence that says what really protects the field key here (issue 18, point 8; docs/security.md,
 * "What protects the key"): the keyring and which one, a plain file and why, or Linux's `basic_text`, which
 * only obfuscates and is never called protection. `store` names the system's keyring for `{{store}}`.
 * Null on a team server, whose key is the server's configuration.
 */
export function keyProtectionSentence(info: KeyInfo): { key: string; storeKey: string | null } | null {
  const storeKey = keyringProtects(info.systemKeyring) ? `backups:key.stores.${info.systemKeyring}` : null;
  switch (info.keyProtection) {
    case 'givenByCaller':
      return null;
    case 'keyring':
      return { key: 'backups:key.truth.keyring', storeKey };
    case 'obfuscated':
      return { key: 'backups:key.truth.obfuscated', storeKey: null };
    case 'plainFile':
      if (storeKey) return { key: 'backups:key.truth.plainFile.keyringAvailable', storeKey };
      return { key: `backups:key.truth.plainFile.${plainReason(info.systemKeyring)}`, storeKey: null };
  }
}

/** Why the key is plain when no keyring could protect it: no desktop keyring, basic_text, an unnamed store, none. */
function plainReason(store: KeyInfo['systemKeyring']): 'none' | 'linuxBasicText' | 'unidentified' | 'unavailable' {
  if (store === 'linuxBasicText' || store === 'unidentified' || store === 'unavailable') return store;
  return 'none';
}
