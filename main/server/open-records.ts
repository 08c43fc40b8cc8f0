import type { Knex } from 'knex';
import { openPostgres } from '../db/connection';
import { assertNotTooNew, migrateToLatest } from '../db/migrate';
import { createFieldCipher, type FieldCipher } from '../crypto/field-cipher';
import { fieldKeyFingerprint } from '../crypto/fingerprint';
import { sealClearTextNotes } from '../services/housing/seal-clear-notes';
import { keyOpensRecords, readInstallation, recordInstallation, type Installation } from '../startup/identity';
import type { Logger } from '../log';
import { reconcileErasures } from '../startup/erasure-ledger';

/** The key given to a team server does not open its database's records: it would fork them. */
export class ServerKeyMismatchError extends Error {
  constructor() {
    super(
      'The field key given to this server is not the key of its database (its fingerprint differs). ' +
        'Give the server the key this database was written with (PASSERELLE_FIELD_KEY_FILE), see docs/deployment.md.',
    );
    this.name = 'ServerKeyMismatchError';
  }
}

/** A copy from a PC is being written into this database (main/server/copy-local/): not to be served yet. */
export class CopyInProgressError extends Error {
  constructor() {
    super(
      'A copy from a PC into this database is not finished (copy_progress): run npm run copy-to-server again until it ' +
        'prints "Copie terminée et vérifiée", then start the server.',
    );
    this.name = 'CopyInProgressError';
  }
}

/** Any fixed number: every Passerelle process that migrates this database takes the same advisory lock. */
export const MIGRATION_LOCK = 7_151_505;

/**
 * Runs `work` while holding the database's migration lock (a transaction-level advisory lock): of several
 * server processes started together, one migrates and the others wait, then find nothing left to do.
 * knex's own lock table would make them fail instead of wait.
 */
async function underMigrationLock(db: Knex, work: () => Promise<void>): Promise<void> {
  await db.transaction(async (trx) => {
    // Waiting for another process's migration may take longer than the statement timeout of ordinary calls.
    await trx.raw('SET LOCAL statement_timeout = 0');
    await trx.raw('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    await work();
  });
}

export interface ServerRecords {
  db: Knex;
  cipher: FieldCipher;
  installation: Installation;
}

/**
 * Opens a team server's records in PostgreSQL: refuse a database from a newer version, check the key against
 * the database's recorded fingerprint (or, before one was recorded, against an encrypted value), migrate under
 * the lock, seal clear-text notes, record the installation, then (with `erasureLedgerFile`) redo the erasures of
 * the ledger whose records are back and append the rows it lacks (main/startup/erasure-ledger.ts), still under
 * the lock so that processes started together do it one at a time. Nothing is written before the key is known
 * to be the right one.
 */
export async function openServerRecords(request: {
  url: string;
  key: Buffer;
  now: Date;
  logger: Logger;
  erasureLedgerFile?: string | null;
}): Promise<ServerRecords> {
  const db = await openPostgres(request.url);
  try {
    const fingerprint = fieldKeyFingerprint(request.key);
    const cipher = createFieldCipher(request.key);
    let installation: Installation | null = null;
    await underMigrationLock(db, async () => {
      // Half-copied records would be served as if they were all there.
      if (await db.schema.hasTable('copy_progress')) throw new CopyInProgressError();
      await assertNotTooNew(db);
      installation = await readInstallation(db);
      if (installation && installation.fieldKeyFingerprint !== fingerprint) throw new ServerKeyMismatchError();
      if (!installation && !(await keyOpensRecords(db, cipher))) throw new ServerKeyMismatchError();
      await migrateToLatest(db);
      const sealed = await sealClearTextNotes(db, cipher);
      if (sealed > 0) request.logger.info('notes.sealed', { count: sealed });
      installation ??= await recordInstallation(db, fingerprint, request.now);
      if (request.erasureLedgerFile) {
        await reconcileErasures({ db, cipher, file: request.erasureLedgerFile, now: request.now, logger: request.logger });
      }
    });
    return { db, cipher, installation: installation! };
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
}
