import { closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { refuse } from './refusal';

/**
 * The team server's key file for the copied records: the PC's key (the copy moves ciphertext as it is, so the
 * server must open it with the same key), in the format main/server/field-key.ts reads: base64 on one line,
 * mode 600. Never written over an existing file: replacing a server's key would make its records unreadable.
 */

/**
 * Checked before anything is copied: the file must not exist, unless it already holds this very key (written
 * by an earlier run of the same copy, then interrupted); its folder must exist. True when it is still to write.
 */
export function checkKeyFile(file: string, key: Buffer): boolean {
  if (existsSync(file)) {
    let same = false;
    try {
      same = readFileSync(file, 'utf8').trim() === key.toString('base64');
    } catch {
      same = false;
    }
    if (same) return false;
    throw refuse(
      'keyFileExists',
      `Le fichier de clé ${file} existe déjà et contient une autre clé : une clé n’est jamais remplacée. Choisissez un autre chemin pour --write-key-file. Rien n’a été copié.`,
      `The key file ${file} already exists with another key: a key is never replaced. Choose another path for --write-key-file. Nothing was copied.`,
    );
  }
  const folder = dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw refuse(
      'keyFileUnwritable',
      `Le dossier du fichier de clé n’existe pas : ${folder}. Créez-le (accessible au seul compte du service), puis relancez. Rien n’a été copié.`,
      `The key file's folder does not exist: ${folder}. Create it (for the service's account only), then run again. Nothing was copied.`,
    );
  }
  return true;
}

export function writeServerKeyFile(file: string, key: Buffer): void {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch {
    throw refuse(
      'keyFileUnwritable',
      `Les tables sont copiées et vérifiées, mais le fichier de clé ${file} n’a pas pu être créé (droits, ou un fichier apparu entre-temps) : la copie n’est pas encore marquée terminée. Relancez la commande avec un autre --write-key-file : les tables déjà copiées ne sont pas recopiées.`,
      `The tables are copied and verified, but the key file ${file} could not be created: the copy is not marked done yet. Run the command again with another --write-key-file; copied tables are not copied again.`,
    );
  }
  try {
    writeSync(fd, `${key.toString('base64')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
