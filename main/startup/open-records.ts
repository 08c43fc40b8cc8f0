import type { Knex } from 'knex';
import { openDatabase } from '../db/connection';
import { appliedMigrations, assertNotTooNew, migrateToLatest } from '../db/migrate';
import { KNOWN_MIGRATIONS } from '../db/migration-source';
import { isCorruption, quickCheck, probeWritable } from '../db/health';
import { createFieldCipher, type FieldCipher } from '../crypto/field-cipher';
import { fieldKeyFingerprint } from '../crypto/fingerprint';
import { FieldKeyError } from '../crypto/errors';
import { loadOrCreateFieldKey, readFieldKey, type KeyWrapper, type OnRewrap } from '../crypto/key-store';
import { writeVerifiedBackup } from '../backups/write';
import { sealClearTextNotes } from '../services/housing/seal-clear-notes';
import { PRIVATE_NOTES } from '../services/housing/private-notes';
import type { Logger } from '../log';
import type { StartupProblem } from '../../shared/domain/backups';
import { hasEncryptedRecords, keyOpensRecords, readInstallation, recordInstallation, type Installation } from './identity';
import { backupDir, inspectDataDir, looksLikeLostDatabase } from './inspect';
import { copyToReadOnlyView, removeReadOnlyView } from './read-only-view';
import { erasureLedgerFileOf, erasureLedgerPending, reconcileErasures } from './erasure-ledger';

/** Where the field key comes from: the data directory's key file (with the shell's wrapper), or given (tests). */
export type FieldKeySource = { wrapper: KeyWrapper } | { key: Buffer };

export interface OpenRequest {
  dataDir: string;
  databaseFile: string;
  fieldKey: FieldKeySource;
  appVersion: string;
  now: Date;
  logger: Logger;
  /**
   * Browser mode and the desktop (issue 19): when the opening writes nothing (every migration applied, the
   * installation recorded, no clear-text note to seal), SQLite's quick check — which reads every page, seconds on
   * ten years of records — is left to the caller, to run beside the app (`checked: false`); the core then holds
   * every writing call until it has passed. An opening that must write runs it first, as always.
   */
  checkLater?: boolean;
}

export type Opened =
  /** `checked`: false when the quick check was left to the caller (`checkLater`); nothing was written then. */
  | { mode: 'open'; db: Knex; cipher: FieldCipher; installation: Installation; readOnly: false; checked: boolean }
  /** A damaged database, opened through a throwaway copy so people can still read what is readable. */
  | { mode: 'open'; db: Knex; cipher: FieldCipher; installation: Installation | null; readOnly: true }
  | { mode: 'recovery'; problem: StartupProblem; expectedFingerprint: string | null };

/**
 * Opens the records safely (issue 13, point 5), in this order, so that nothing is created or changed before
 * it is known to be right:
 * 1. a missing or empty database beside keys or backups is a lost database, not a new install;
 * 2. the file must pass SQLite's quick check and accept a write lock (read-only, locked and full disks are
 *    reported in plain words by the shells, see failures.ts);
 * 3. a database from a newer version is refused before anything is written;
 * 4. the field key is read, and made only for a database that has no encrypted record and no recorded key;
 *    a missing, unreadable or different key sends the app to recovery instead of forking the data;
 * 5. pending migrations are preceded by a verified backup;
 * 6. clear-text notes left by an earlier version are sealed, and the installation row is written;
 * 7. the erasures of the ledger beside the records (`erasures.jsonl`) whose records are still there — records
 *    restored from a backup made before them — are done again, and the ledger gets the rows it lacks
 *    (main/startup/erasure-ledger.ts; never fails the opening). A read-only view is not reconciled.
 * With `checkLater`, step 2's quick check waits for the caller only when steps 4–7 have nothing to write; a damaged
 * page met on the way (SQLITE_CORRUPT) leads to the read-only view, as a failed check does.
 * Recovery results close the database; thrown errors are classified by `classifyStartupError`.
 */
export async function openRecords(request: OpenRequest): Promise<Opened> {
  const inMemory = request.databaseFile === ':memory:';
  if (!inMemory && looksLikeLostDatabase(inspectDataDir(request.dataDir, request.databaseFile))) {
    return { mode: 'recovery', problem: 'databaseMissing', expectedFingerprint: null };
  }

  removeReadOnlyView(request.dataDir);
  const db = openDatabase(request.databaseFile);
  let damaged = false;
  let checked = inMemory;
  try {
    if (!inMemory && request.checkLater) {
      try {
        if (await openingWrites(db, erasureLedgerFileOf(request.dataDir))) {
          damaged = !(await quickCheck(db));
          checked = true;
        }
      } catch (error) {
        if (!isCorruption(error)) throw error;
        damaged = true;
      }
    } else if (!inMemory) {
      damaged = !(await quickCheck(db));
      checked = true;
    }
    const opened = damaged ? null : await openOn(db, request, inMemory, checked);
    if (opened?.mode === 'open') return opened;
    await db.destroy();
    return opened ?? (await openReadOnlyView(request));
  } catch (error) {
    await db.destroy().catch(() => undefined);
    // Left unchecked, a damaged page can be met while opening: the same read-only view as a failed check.
    if (!checked && isCorruption(error)) return openReadOnlyView(request);
    throw error;
  }
}

/**
 * Whether opening these records will write to them (so that the quick check must come first): a new install or a
 * database from before issue 13 (no installation row yet, a key may be made), pending migrations (a backup, then
 * the migrations), clear-text notes to seal, or an erasure of the ledger to redo. Reads only.
 */
async function openingWrites(db: Knex, erasureLedgerFile: string): Promise<boolean> {
  if ((await readInstallation(db)) === null) return true;
  const applied = await appliedMigrations(db);
  if (applied.length !== KNOWN_MIGRATIONS.length || applied.some((name, index) => KNOWN_MIGRATIONS[index] !== name)) return true;
  for (const { table, clear, sealed } of Object.values(PRIVATE_NOTES)) {
    // What sealClearTextNotes would rewrite.
    if (await db(table).whereNull(sealed).orWhere(clear, '<>', '').first('id')) return true;
  }
  return erasureLedgerPending(db, erasureLedgerFile);
}

/**
 * A database that fails its check opens read-only (issue 13, point 5), with the offer to restore: the file is
 * copied to `<dataDir>/.read-only-view/` and the app runs on the copy, so the damaged original is never written
 * (not even by a sign-in's audit row), while dispatch refuses every change. If even the copy cannot serve (its
 * users or schema unreadable, an older schema that would need migrating), recovery mode is all that is left.
 */
async function openReadOnlyView(request: OpenRequest): Promise<Opened> {
  const corrupt: Opened = { mode: 'recovery', problem: 'databaseCorrupt', expectedFingerprint: null };
  let view: string;
  try {
    view = copyToReadOnlyView(request.dataDir, request.databaseFile);
  } catch {
    return corrupt;
  }
  const db = openDatabase(view);
  try {
    const applied = await appliedMigrations(db);
    if (applied.length !== KNOWN_MIGRATIONS.length || applied.some((name, index) => KNOWN_MIGRATIONS[index] !== name)) {
      await db.destroy();
      return corrupt;
    }
    const installation = await readInstallation(db);
    const cipher = await viewCipher(request, installation);
    if (!cipher) {
      await db.destroy();
      return corrupt;
    }
    // The tables a sign-in reads must answer, or the view is of no use.
    await db('users').count({ n: '*' });
    await db('settings').count({ n: '*' });
    request.logger.info('startup.readOnlyView', {});
    return { mode: 'open', db, cipher, installation, readOnly: true };
  } catch {
    await db.destroy();
    removeReadOnlyView(request.dataDir);
    return corrupt;
  }
}

/** The key for the view: only one that exists and matches; never made. */
async function viewCipher(request: OpenRequest, installation: Installation | null): Promise<FieldCipher | null> {
  const source = request.fieldKey;
  const key = 'key' in source ? Buffer.from(source.key) : await readFieldKey(request.dataDir, source.wrapper, logRewrap(request, source.wrapper));
  if (!key) return null;
  try {
    if (installation && fieldKeyFingerprint(key) !== installation.fieldKeyFingerprint) return null;
    return createFieldCipher(key);
  } finally {
    key.fill(0);
  }
}

async function openOn(db: Knex, request: OpenRequest, inMemory: boolean, checked: boolean): Promise<Opened> {
  if (!inMemory) await probeWritable(db);
  await assertNotTooNew(db);

  const installation = await readInstallation(db);
  const expectedFingerprint = installation?.fieldKeyFingerprint ?? null;
  const recordsNeedKey = installation !== null || (await hasEncryptedRecords(db));
  let key: Buffer;
  const source = request.fieldKey;
  if ('key' in source) {
    key = Buffer.from(source.key);
  } else if (recordsNeedKey) {
    let existing: Buffer | null;
    try {
      existing = await readFieldKey(request.dataDir, source.wrapper, logRewrap(request, source.wrapper));
    } catch (error) {
      // Another OS account or PC (the keyring cannot unwrap it), or a file of the other wrapper: the kit helps.
      if (error instanceof FieldKeyError && (error.code === 'FIELD_KEY_UNWRAP_FAILED' || error.code === 'FIELD_KEY_WRAPPER_MISMATCH')) {
        return { mode: 'recovery', problem: 'fieldKeyUnreadable', expectedFingerprint };
      }
      throw error;
    }
    if (!existing) return { mode: 'recovery', problem: 'fieldKeyMissing', expectedFingerprint };
    key = existing;
  } else {
    const { key: loaded, created } = await loadOrCreateFieldKey(request.dataDir, source.wrapper, logRewrap(request, source.wrapper));
    if (created) request.logger.info('fieldKey.created', { wrapper: source.wrapper.kind });
    key = loaded;
  }

  const fingerprint = fieldKeyFingerprint(key);
  let cipher: FieldCipher;
  try {
    cipher = createFieldCipher(key);
  } finally {
    key.fill(0);
  }
  if (expectedFingerprint !== null && expectedFingerprint !== fingerprint) {
    return { mode: 'recovery', problem: 'fieldKeyMismatch', expectedFingerprint };
  }
  if (expectedFingerprint === null && !(await keyOpensRecords(db, cipher))) {
    return { mode: 'recovery', problem: 'fieldKeyMismatch', expectedFingerprint: null };
  }

  const applied = await appliedMigrations(db);
  if (!inMemory && applied.length > 0 && applied.length < KNOWN_MIGRATIONS.length) {
    await writeVerifiedBackup(db, {
      dir: backupDir(request.dataDir),
      at: request.now,
      reason: 'beforeMigration',
      appVersion: request.appVersion,
      knownMigrations: KNOWN_MIGRATIONS,
      identity: installation ? { installationId: installation.installationId, fieldKeyFingerprint: fingerprint } : null,
    });
    request.logger.info('backup.beforeMigration', { pending: KNOWN_MIGRATIONS.length - applied.length });
  }
  // Up to date (every start but the first after an update): knex's migrator would still take and give back its
  // lock (two writes) and load its machinery; nothing else would change.
  // (assertNotTooNew above: the same number of names, all known, is every migration.)
  if (applied.length !== KNOWN_MIGRATIONS.length) await migrateToLatest(db);
  const sealed = await sealClearTextNotes(db, cipher);
  if (sealed > 0) request.logger.info('notes.sealed', { count: sealed });
  const recorded = installation ?? (await recordInstallation(db, fingerprint, request.now));
  await reconcileErasures({ db, cipher, file: erasureLedgerFileOf(request.dataDir), now: request.now, logger: request.logger });
  return {
    mode: 'open',
    db,
    cipher,
    installation: recorded,
    readOnly: false,
    checked,
  };
}

/**
 * The secret store asked for the key to be wrapped again (safeStorage's key rotated, or a stronger store came):
 * the key store rewrote the file in one step, or kept the old one, which still opens. Logged without a path.
 */
function logRewrap(request: OpenRequest, wrapper: KeyWrapper): OnRewrap {
  return (outcome) => request.logger.info(`fieldKey.${outcome}`, { wrapper: wrapper.kind });
}
