import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { DATABASE_FILE_NAME } from '../../core';
import { openDatabase } from '../../db/connection';
import { quickCheck } from '../../db/health';
import { appliedMigrations } from '../../db/migrate';
import { KNOWN_MIGRATIONS } from '../../db/migration-source';
import { DataDirLockedError, lockDataDir, type DataDirLock } from '../../startup/data-dir-lock';
import { readInstallation, type Installation } from '../../startup/identity';
import { programFr } from '../../startup/messages';
import { refuse } from './refusal';

export interface LocalRecords {
  db: Knex;
  installation: Installation;
  /** Closes the file, then gives the data directory back. */
  close(): Promise<void>;
}

/**
 * Opens a PC's records for the copy: the data directory's lock is taken first (the app, browser mode or a
 * restore cannot write while the copy reads, and the copy cannot start while one of them runs), then the file
 * must pass SQLite's quick check and be at exactly this version's migrations. The copy only reads it.
 */
export async function openLocalRecords(dataDir: string, now: Date): Promise<LocalRecords> {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw refuse(
      'dataDirMissing',
      `Ce dossier de données n’existe pas : ${dataDir}. Indiquez le dossier de Passerelle de ce PC avec --data-dir.`,
      `This data directory does not exist: ${dataDir}. Give the PC's Passerelle folder with --data-dir.`,
    );
  }
  let lock: DataDirLock;
  try {
    lock = lockDataDir(dataDir, 'copy', now);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const who = error.holder ? `le processus ${error.holder.pid} (${programFr(error.holder.program)})` : 'un autre processus';
    throw refuse(
      'dataDirLocked',
      `Ce dossier de données est utilisé par ${who}. Fermez Passerelle (application et mode navigateur) sur ce PC, puis relancez la copie. Rien n’a été copié.`,
      `This data directory is in use by ${error.holder ? `process ${error.holder.pid} (${error.holder.program})` : 'another process'}. Close Passerelle on this PC, then run the copy again. Nothing was copied.`,
    );
  }
  const file = join(dataDir, DATABASE_FILE_NAME);
  let db: Knex | null = null;
  try {
    if (!existsSync(file) || statSync(file).size === 0) {
      throw refuse(
        'databaseMissing',
        `Il n’y a pas de données Passerelle dans ce dossier (${DATABASE_FILE_NAME} manque) : ${dataDir}. Vérifiez le dossier indiqué.`,
        `There are no Passerelle records in this folder (${DATABASE_FILE_NAME} is missing). Check the folder given.`,
      );
    }
    db = openDatabase(file);
    if (!(await quickCheck(db))) {
      throw refuse(
        'databaseDamaged',
        'Le fichier de données de ce PC est abîmé (contrôle de SQLite) : il ne peut pas être copié tel quel. Démarrez Passerelle sur ce PC et restaurez une sauvegarde (Paramètres → Sauvegardes), puis relancez la copie.',
        'This PC’s records file is damaged (SQLite check) and cannot be copied. Start Passerelle, restore a backup, then run the copy again.',
      );
    }
    const applied = await appliedMigrations(db);
    if (applied.length !== KNOWN_MIGRATIONS.length || applied.some((name, index) => KNOWN_MIGRATIONS[index] !== name)) {
      throw refuse(
        'migrationsDiffer',
        applied.some((name) => !KNOWN_MIGRATIONS.includes(name))
          ? 'Les données de ce PC viennent d’une version plus récente de Passerelle que cette commande. Utilisez la même version (la plus récente) pour la copie et pour le serveur.'
          : 'Les données de ce PC viennent d’une version plus ancienne de Passerelle. Démarrez une fois Passerelle (cette version) sur ce PC pour les mettre à jour, fermez-le, puis relancez la copie.',
        applied.some((name) => !KNOWN_MIGRATIONS.includes(name))
          ? 'This PC’s records come from a newer Passerelle than this command. Use the same (latest) version for the copy and the server.'
          : 'This PC’s records come from an older Passerelle. Start this version of Passerelle once on the PC to update them, close it, then run the copy again.',
      );
    }
    const installation = await readInstallation(db);
    if (!installation) {
      throw refuse(
        'noInstallation',
        'Les données de ce PC n’ont pas encore d’identité (installation). Démarrez une fois Passerelle sur ce PC, fermez-le, puis relancez la copie.',
        'This PC’s records have no installation identity yet. Start Passerelle once on the PC, close it, then run the copy again.',
      );
    }
    const opened = db;
    return {
      db: opened,
      installation,
      close: async () => {
        await opened.destroy();
        lock.release();
      },
    };
  } catch (error) {
    await db?.destroy().catch(() => undefined);
    lock.release();
    throw error;
  }
}
