import { readFileSync } from 'node:fs';
import { FieldKeyError } from '../../crypto/errors';
import { fieldKeyFingerprint } from '../../crypto/fingerprint';
import { plainKeyWrapper, readFieldKey } from '../../crypto/key-store';
import { openRecoveryKit, RecoveryKitError } from '../../crypto/recovery-kit';
import type { Installation } from '../../startup/identity';
import { refuse } from './refusal';

/**
 * Where the copy finds the field key. A data directory used in browser mode holds it as is (`dataDir`). The
 * desktop app's key is wrapped by Electron's safeStorage, which plain Node cannot open: then the recovery kit
 * (Paramètres → Sauvegardes) and its passphrase give it (`recoveryKit`).
 */
export type KeySource = { kind: 'dataDir' } | { kind: 'recoveryKit'; kitFile: string; passphrase: string };

/** Reads the key and checks it is the one the local records were written with (the installation's fingerprint). */
export async function readLocalFieldKey(dataDir: string, source: KeySource, installation: Installation): Promise<Buffer> {
  const key = source.kind === 'dataDir' ? (await fromDataDir(dataDir)) : await fromKit(source.kitFile, source.passphrase);
  if (fieldKeyFingerprint(key) !== installation.fieldKeyFingerprint) {
    key.fill(0);
    throw refuse(
      'keyMismatch',
      'Cette clé n’est pas celle des données de ce PC (son empreinte diffère) : la copie serait illisible sur le serveur. Utilisez le kit de récupération de CE dossier de données. Rien n’a été copié.',
      'This key is not the key of this PC’s records (its fingerprint differs). Use the recovery kit of THIS data directory. Nothing was copied.',
    );
  }
  return key;
}

async function fromDataDir(dataDir: string): Promise<Buffer> {
  let key: Buffer | null;
  try {
    key = await readFieldKey(dataDir, plainKeyWrapper);
  } catch (error) {
    if (error instanceof FieldKeyError && error.code === 'FIELD_KEY_WRAPPER_MISMATCH') {
      throw refuse(
        'keyWrapped',
        'La clé de ce dossier est protégée par le système (application de bureau) et ne peut pas être lue par cette commande. Exportez le kit de récupération (Paramètres → Sauvegardes) et relancez avec --recovery-kit FICHIER --passphrase-env VARIABLE.',
        'This folder’s key is protected by the operating system (desktop app). Export the recovery kit and run again with --recovery-kit FILE --passphrase-env VARIABLE.',
      );
    }
    throw refuse(
      'keyUnreadable',
      'Le fichier de clé de ce dossier (keys/field-key) ne peut pas être lu. Utilisez le kit de récupération : --recovery-kit FICHIER --passphrase-env VARIABLE.',
      'This folder’s key file (keys/field-key) cannot be read. Use the recovery kit: --recovery-kit FILE --passphrase-env VARIABLE.',
    );
  }
  if (!key) {
    throw refuse(
      'keyMissing',
      'Ce dossier de données n’a pas de fichier de clé (keys/field-key). Utilisez le kit de récupération : --recovery-kit FICHIER --passphrase-env VARIABLE.',
      'This data directory has no key file (keys/field-key). Use the recovery kit: --recovery-kit FILE --passphrase-env VARIABLE.',
    );
  }
  return key;
}

async function fromKit(kitFile: string, passphrase: string): Promise<Buffer> {
  let text: string;
  try {
    text = readFileSync(kitFile, 'utf8');
  } catch {
    throw refuse(
      'kitUnreadable',
      `Le kit de récupération ne peut pas être lu : ${kitFile}. Vérifiez le chemin du fichier.`,
      `The recovery kit cannot be read: ${kitFile}. Check the file's path.`,
    );
  }
  try {
    return await openRecoveryKit(text, passphrase);
  } catch (error) {
    if (error instanceof RecoveryKitError && error.code === 'KIT_WRONG_PASSPHRASE') {
      throw refuse(
        'kitWrongPassphrase',
        'La phrase de passe ne correspond pas à ce kit de récupération (ou le kit a été modifié). Vérifiez-la, sans espace en trop. Rien n’a été copié.',
        'The passphrase does not open this recovery kit (or the kit was altered). Check it. Nothing was copied.',
      );
    }
    throw refuse(
      'kitUnreadable',
      'Ce fichier n’est pas un kit de récupération Passerelle lisible (format, version ou code abîmé). Exportez un nouveau kit depuis le PC (Paramètres → Sauvegardes).',
      'This file is not a readable Passerelle recovery kit. Export a new kit from the PC.',
    );
  }
}
