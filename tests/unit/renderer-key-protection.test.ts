import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import backupsFr from '../../renderer/features/settings/backups/i18n/fr.json';
import backupsEn from '../../renderer/features/settings/backups/i18n/en.json';
import { keyProtectionSentence } from '../../renderer/features/settings/backups/key-protection';
import { SYSTEM_KEYRINGS, type KeyInfo, type KeyProtection, type SystemKeyring } from '../../shared/domain/backups';

/**
 * Paramètres → Sauvegardes says what really protects the field key (issue 18, point 8), in French and English:
 * the keyring and which one, a plain file and why, and Linux's basic_text, which is never called protection.
 */
const i18n = i18next.createInstance();
// As the app sets it up (renderer/i18n/index.ts): React escapes, i18next does not.
await i18n.init({ lng: 'fr', fallbackLng: false, ns: ['backups'], interpolation: { escapeValue: false }, resources: { fr: { backups: backupsFr }, en: { backups: backupsEn } } });

function sentence(keyProtection: KeyProtection, systemKeyring: SystemKeyring, lng: 'fr' | 'en' = 'fr'): string | null {
  const info: KeyInfo = { keyProtection, systemKeyring, keyringOffered: false };
  const truth = keyProtectionSentence(info);
  if (!truth) return null;
  const t = i18n.getFixedT(lng);
  const store = truth.storeKey ? t(truth.storeKey) : '';
  const text = t(truth.key, { store });
  // A missing key comes back as the key itself.
  expect(text).not.toMatch(/^backups:|key\.truth|key\.stores/);
  return text;
}

describe('the sentence that says what protects the key', () => {
  it('names the keyring of each system', () => {
    expect(sentence('keyring', 'windowsDpapi')).toBe(
      'Clé protégée par le trousseau du système (Windows : DPAPI de votre compte) : sur un autre PC ou un autre compte, il faudra le kit de récupération.',
    );
    expect(sentence('keyring', 'macosKeychain')).toContain('(macOS : trousseau de votre session)');
    expect(sentence('keyring', 'linuxSecretService')).toContain('(Linux : GNOME Keyring / libsecret de votre session)');
    expect(sentence('keyring', 'linuxKwallet')).toContain('(Linux : KWallet de votre session)');
    expect(sentence('keyring', 'windowsDpapi', 'en')).toBe(
      "Key protected by the system keyring (Windows: your account's DPAPI): on another PC or account, you will need the recovery kit.",
    );
  });

  it('says a plain key is plain, and why, in browser mode and on a desktop without a keyring', () => {
    expect(sentence('plainFile', 'none')).toMatch(/^Clé en clair dans le dossier des données : seules les permissions du fichier la protègent \(mode navigateur/);
    expect(sentence('plainFile', 'windowsDpapi')).toMatch(/^Clé en clair dans le dossier des données : .*Le trousseau du système \(Windows : DPAPI de votre compte\) peut la protéger/);
    expect(sentence('plainFile', 'unavailable')).toMatch(/^Trousseau du système indisponible : la clé est en clair/);
    expect(sentence('plainFile', 'unidentified')).toMatch(/^Trousseau du système non identifié : .*en clair/);
    expect(sentence('plainFile', 'none', 'en')).toMatch(/^Key in plain text in the data folder: only the file's permissions protect it/);
  });

  it('never calls basic_text protection', () => {
    for (const protection of ['plainFile', 'obfuscated'] as const) {
      const fr = sentence(protection, 'linuxBasicText')!;
      expect(fr).toMatch(/^Trousseau Linux indisponible \(basic_text\) : /);
      expect(fr).not.toMatch(/protégée par le trousseau/);
      expect(sentence(protection, 'linuxBasicText', 'en')).toMatch(/^Linux keyring unavailable \(basic_text\): /);
    }
    expect(sentence('obfuscated', 'linuxBasicText')).toContain("la clé n'est que masquée");
    expect(sentence('plainFile', 'linuxBasicText')).toContain('elle reste donc en clair dans le dossier des données');
  });

  it('has a sentence for every protection and store, and none for a team server’s key', () => {
    expect(sentence('givenByCaller', 'none')).toBeNull();
    for (const store of SYSTEM_KEYRINGS) {
      for (const protection of ['keyring', 'obfuscated', 'plainFile'] as const) {
        for (const lng of ['fr', 'en'] as const) expect(sentence(protection, store, lng)!.length).toBeGreaterThan(40);
      }
    }
  });
});
