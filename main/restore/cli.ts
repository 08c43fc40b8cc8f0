import { existsSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { DATABASE_FILE_NAME } from '../core';
import { defaultUserDataDir, resolveDataDir } from '../data-dir';
import { openDatabase } from '../db/connection';
import { quickCheck } from '../db/health';
import { KNOWN_MIGRATIONS } from '../db/migration-source';
import { listBackups } from '../backups/list';
import { verifyBackup } from '../backups/verify';
import { inspectDatabaseFile } from '../backups/inspect';
import { installBackup } from '../backups/restore-file';
import { writeVerifiedBackup } from '../backups/write';
import { fieldKeyFingerprint } from '../crypto/fingerprint';
import { keyFileWrapperKind, plainKeyWrapper, readFieldKey } from '../crypto/key-store';
import { APP_VERSION } from '../version';
import { lockDataDir } from '../startup/data-dir-lock';
import { classifyStartupError } from '../startup/failures';
import { startupFailureText } from '../startup/messages';
import { readInstallation } from '../startup/identity';
import { backupDir } from '../startup/inspect';
import { setAsideDatabase } from '../startup/set-aside';

/**
 * `npm run restore`: the administrator's way back when the app itself cannot start (issue 13, point 3). The
 * same checks as Paramètres → Sauvegardes → Restaurer: the data directory must be free (no app running on it),
 * the backup must pass its check and need the key in place, the current database is saved first (a verified
 * backup, or set aside in `replaced/` when it cannot be read), and the swap leaves either the old file or the
 * new one, whole.
 */
const USAGE = `Usage : npm run restore -- --data-dir DOSSIER [--from SAUVEGARDE] [--yes] [--unverified]
  Sans --from : liste les sauvegardes du dossier et leur état.
  --from        nom d'une sauvegarde de DOSSIER/backups (passerelle-AAAAMMJJ-HHMMSS.sqlite) ou chemin d'un fichier
                de sauvegarde (sa fiche .manifest.json à côté), par exemple sur le second dossier ou une clé USB
  --yes         ne pas demander de confirmation
  --unverified  accepter une sauvegarde sans fiche (faite par une ancienne version) si SQLite la trouve intacte
Fermez Passerelle (application et mode navigateur) avant de restaurer.`;

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(`--${name}`);
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const dataDir = resolveDataDir(argv, process.env, defaultUserDataDir());
  const databaseFile = join(dataDir, DATABASE_FILE_NAME);
  const from = option(argv, 'from');
  if (!existsSync(dataDir)) {
    console.error(`Ce dossier de données n'existe pas : ${dataDir}`);
    return 2;
  }
  const lock = lockDataDir(dataDir, 'restore');
  try {
    if (!from) return await listForTheAdministrator(dataDir);
    return await restoreFrom(dataDir, databaseFile, from, argv);
  } finally {
    lock.release();
  }
}

async function listForTheAdministrator(dataDir: string): Promise<number> {
  const entries = existsSync(backupDir(dataDir)) ? listBackups(backupDir(dataDir)) : [];
  if (entries.length === 0) {
    console.log(`Aucune sauvegarde dans ${backupDir(dataDir)}.`);
    return 0;
  }
  console.log(`Sauvegardes de ${backupDir(dataDir)} (la plus récente d'abord) :`);
  for (const entry of entries) {
    const check = await verifyBackup(entry.file, { knownMigrations: KNOWN_MIGRATIONS });
    const state = check.ok ? 'vérifiée' : check.problem === 'noManifest' ? 'sans fiche (ancienne version)' : `ÉCHEC (${check.problem})`;
    const when = new Date(entry.createdAt).toLocaleString('fr-BE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' });
    console.log(`  ${entry.name}  ${when}  ${(entry.bytes / 1_048_576).toFixed(1)} Mo  ${state}`);
  }
  console.log(`\nPour restaurer : npm run restore -- --data-dir "${dataDir}" --from <nom>`);
  return 0;
}

async function restoreFrom(dataDir: string, databaseFile: string, from: string, argv: readonly string[]): Promise<number> {
  const file = isAbsolute(from) || from.includes('/') || from.includes('\\') ? resolve(from) : join(backupDir(dataDir), from);
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`Sauvegarde introuvable : ${file}`);
    return 2;
  }

  const check = await verifyBackup(file, { knownMigrations: KNOWN_MIGRATIONS });
  let fingerprint: string | null = null;
  if (check.ok) {
    fingerprint = check.manifest.fieldKeyFingerprint;
  } else if (check.problem === 'noManifest' && argv.includes('--unverified')) {
    const inspection = await inspectDatabaseFile(file);
    if (!inspection.readable || !inspection.integrityOk) {
      console.error('Cette sauvegarde est abîmée (contrôle d’intégrité de SQLite) : rien n’a été modifié.');
      return 3;
    }
    if (inspection.migrations.some((name) => !KNOWN_MIGRATIONS.includes(name))) {
      console.error('Cette sauvegarde vient d’une version plus récente de Passerelle : installez-la pour restaurer. Rien n’a été modifié.');
      return 3;
    }
  } else {
    console.error(refusal(check.problem));
    return 3;
  }

  const keyNote = await checkKey(dataDir, fingerprint);
  if (keyNote.refuse) {
    console.error(keyNote.message);
    return 3;
  }
  if (keyNote.message) console.log(keyNote.message);

  if (!argv.includes('--yes') && !(await confirm(basename(file)))) {
    console.log('Rien n’a été modifié.');
    return 1;
  }

  const saved = await keepCurrentDatabase(dataDir, databaseFile);
  await installBackup(file, databaseFile);
  console.log(`Restauré : ${basename(file)} est maintenant la base de données de ${dataDir}.`);
  if (saved) console.log(`La base remplacée est conservée : ${saved}`);
  console.log('Démarrez Passerelle : chacun se reconnecte.');
  return 0;
}

function refusal(problem: string): string {
  switch (problem) {
    case 'noManifest':
      return 'Cette sauvegarde n’a pas de fiche de vérification (ancienne version). Pour la restaurer quand même après le contrôle d’intégrité de SQLite, ajoutez --unverified.';
    case 'newerSchema':
      return 'Cette sauvegarde vient d’une version plus récente de Passerelle : installez-la pour restaurer. Rien n’a été modifié.';
    default:
      return `Cette sauvegarde ne passe pas sa vérification (${problem}) : elle n’a pas été utilisée, rien n’a été modifié.`;
  }
}

/** The backup must need the key in place; a keyring-protected key cannot be read here, the app checks it at start. */
async function checkKey(dataDir: string, needed: string | null): Promise<{ refuse: boolean; message: string | null }> {
  if (!needed) return { refuse: false, message: null };
  const kind = keyFileWrapperKind(dataDir);
  if (kind === null) {
    return { refuse: false, message: 'Aucune clé dans keys/ : au démarrage, Passerelle demandera le kit de récupération de la clé.' };
  }
  if (kind !== 'plain') return { refuse: false, message: 'La clé est protégée par le trousseau du système : Passerelle la vérifiera au démarrage.' };
  const key = await readFieldKey(dataDir, plainKeyWrapper);
  if (!key) return { refuse: false, message: null };
  const matches = fieldKeyFingerprint(key) === needed;
  key.fill(0);
  return matches
    ? { refuse: false, message: null }
    : { refuse: true, message: 'Cette sauvegarde demande une autre clé que celle de ce dossier (keys/field-key) : importez d’abord le kit de récupération de son installation. Rien n’a été modifié.' };
}

async function confirm(name: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    console.error('Confirmez avec --yes (aucun terminal pour demander).');
    return false;
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await prompt.question(`Remplacer la base actuelle par ${name} ? Elle sera d'abord sauvegardée. Tapez « oui » : `);
    return answer.trim().toLowerCase() === 'oui';
  } finally {
    prompt.close();
  }
}

/** A verified backup of the database in place when it can be read; otherwise it is set aside, never deleted. */
async function keepCurrentDatabase(dataDir: string, databaseFile: string): Promise<string | null> {
  if (!existsSync(databaseFile)) return null;
  if (statSync(databaseFile).size > 0) {
    const db = openDatabase(databaseFile);
    try {
      if (await quickCheck(db)) {
        const installation = await readInstallation(db);
        const { file } = await writeVerifiedBackup(db, {
          dir: backupDir(dataDir),
          at: new Date(),
          reason: 'beforeRestore',
          appVersion: APP_VERSION,
          knownMigrations: KNOWN_MIGRATIONS,
          identity: installation,
        });
        return file;
      }
    } catch {
      // Unreadable as a database: set aside below.
    } finally {
      await db.destroy();
    }
  }
  const aside = setAsideDatabase(dataDir, databaseFile, new Date());
  return aside && join(dataDir, aside);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(startupFailureText(classifyStartupError(error), resolveDataDir(process.argv.slice(2), process.env, defaultUserDataDir())));
    process.exit(1);
  },
);
