import { erasureLedgerFileOf, syncErasureLedger } from './erasure-ledger';
import { openSync, statSync, unlinkSync, writeSync, closeSync, fsyncSync } from 'node:fs';
import { setAsideDatabase } from './set-aside';
import { join } from 'node:path';
import { conflict, fieldError, notFound } from '../errors';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import { listBackups } from '../backups/list';
import { verifyBackup } from '../backups/verify';
import { installBackup } from '../backups/restore-file';
import { KNOWN_MIGRATIONS } from '../db/migration-source';
import { fieldKeyFingerprint, shortFingerprint } from '../crypto/fingerprint';
import { installFieldKey, keyFileWrapperKind, readFieldKey, type KeyWrapper } from '../crypto/key-store';
import { createRecoveryKit, openRecoveryKit, readRecoveryKit, RecoveryKitError } from '../crypto/recovery-kit';
import { buildRecoveryKitSheet } from '../reports/recovery-kit-sheet';
import { recordAudit } from '../services/system/audit-events';
import { backupFailure, type BackupService } from '../services/backups/backup-service';
import type { CoreOptions, CoreState, OpenState } from '../core';
import type { ExportedFile } from '../../shared/api/exported-file';
import { keyringProtects, type KeyInfo, type RecoveryStatus, type RestoreResult, type SystemKeyring } from '../../shared/domain/backups';
import { kitFingerprintMatches, RECOVERY_PASSPHRASE_MAX, RECOVERY_PASSPHRASE_MIN, recoveryPassphraseIssue } from '../../shared/domain/recovery-kit';

/**
 * What the core does to its own files on a caller's behalf (issue 13): backups, restore, the recovery kit and
 * the key's protection. A restore closes the database, swaps the file and reopens the records, so it lives
 * beside the core rather than in a service that is handed a knex handle: while it switches, new calls wait at
 * the gate, and the calls already running are let finish first.
 */
export interface Maintenance {
  /** Runs a dispatched call, waiting while the records are being switched. */
  gate<T>(call: () => Promise<T>): Promise<T>;
  switching(): boolean;
  /** Resolves once no backup or switch is running (closing waits for it). */
  whenIdle(): Promise<void>;
  backups: BackupService;
  keyInfo(): KeyInfo;
  restore(name: string, kit?: { kit: string; passphrase: string }): Promise<RestoreResult>;
  recoveryStatus(): Promise<RecoveryStatus>;
  importRecoveryKit(kit: string, passphrase: string): Promise<void>;
  exportRecoveryKit(passphrase: string): Promise<{ file: ExportedFile; sheet: ExportedFile }>;
  protectKeyWithKeyring(): Promise<void>;
}

/** The desktop's and browser mode's maintenance, which can also reopen the records on its own. */
export interface LocalMaintenance extends Maintenance {
  /**
   * Closes and reopens the records outside any call (the quick check run beside the app found damage: the
   * reopening checks first and opens the read-only view), once the calls already running have finished.
   */
  reopen(): Promise<CoreState>;
}

export interface MaintenanceDeps {
  dataDir: string;
  databaseFile: string;
  clock: Clock;
  logger: Logger;
  /** Where the key comes from; an imported kit or a move under the keyring changes it for the next opening. */
  keySource: { value: CoreOptions['fieldKey'] };
  /** What the desktop's system offers to protect the key, found at start (`none` outside the desktop app). */
  systemKeyring: SystemKeyring;
  backups: BackupService;
  current(): CoreState | null;
  reopen(): Promise<CoreState>;
  close(): Promise<void>;
}

export function createMaintenance(deps: MaintenanceDeps): LocalMaintenance {
  let inFlight = 0;
  let switchingTo: Promise<void> | null = null;

  async function gate<T>(call: () => Promise<T>): Promise<T> {
    while (switchingTo) await switchingTo;
    inFlight += 1;
    try {
      return await call();
    } finally {
      inFlight -= 1;
    }
  }

  /**
   * Closes, runs `swap` on the closed files, reopens; the calling dispatch itself is the one call in flight
   * (`callsOfOwn`: 0 when no call asked for it).
   */
  async function switchRecords(swap: () => Promise<void>, callsOfOwn = 1): Promise<CoreState> {
    let release!: () => void;
    switchingTo = new Promise((resolve) => (release = resolve));
    try {
      for (let waited = 0; inFlight > callsOfOwn && waited < 30_000; waited += 20) await sleep(20);
      await deps.close();
      try {
        await swap();
      } finally {
        // Whatever happened to the swap, the app opens what is now in place (the old file if the swap failed).
        await deps.reopen();
      }
      const state = deps.current();
      if (!state) throw new Error('the records did not reopen');
      return state;
    } finally {
      switchingTo = null;
      release();
    }
  }

  /** The fingerprint of the key file in place, or null without one (or when it cannot be read here). */
  async function keyFileFingerprint(): Promise<string | null> {
    const source = deps.keySource.value;
    if ('key' in source) return fieldKeyFingerprint(source.key);
    try {
      const key = await readFieldKey(deps.dataDir, source.wrapper);
      if (!key) return null;
      const fingerprint = fieldKeyFingerprint(key);
      key.fill(0);
      return fingerprint;
    } catch {
      return null;
    }
  }

  /** The key a kit holds, checked against the fingerprint it must have; field errors name what is wrong. */
  async function keyFromKit(kit: string, passphrase: string, expected: string | null): Promise<Buffer> {
    let summary;
    try {
      summary = readRecoveryKit(kit);
    } catch {
      throw fieldError('kit', 'kit_malformed');
    }
    // The kit carries the fingerprint's first digits: enough to tell another installation's key before the passphrase.
    if (expected && !kitFingerprintMatches(summary, expected)) throw fieldError('kit', 'kit_other_installation');
    let key: Buffer;
    try {
      key = await openRecoveryKit(kit, passphrase);
    } catch (error) {
      if (error instanceof RecoveryKitError && error.code === 'KIT_WRONG_PASSPHRASE') throw fieldError('passphrase', 'wrong_passphrase');
      throw fieldError('kit', 'kit_malformed');
    }
    if (expected && fieldKeyFingerprint(key) !== expected) {
      key.fill(0);
      throw fieldError('kit', 'kit_other_installation');
    }
    return key;
  }

  /** Puts a key in place for the next opening (under the keyring when the desktop offers one). */
  async function putKeyInPlace(key: Buffer): Promise<void> {
    const source = deps.keySource.value;
    const wrapper = preferredWrapper(source);
    if (!wrapper) {
      // A key given by the caller (tests): the next opening uses the kit's key as given.
      deps.keySource.value = { key: Buffer.from(key) };
      return;
    }
    await installFieldKey(deps.dataDir, wrapper, key, deps.clock.now());
    deps.keySource.value = { wrapper };
  }

  /**
   * `kit`: a backup made with another key (another installation, a new PC whose fresh install made its own key)
   * is restored together with that key, from its recovery kit; the key in place is kept aside
   * (`keys/field-key.replaced-…`), and so is the database (its backup "avant restauration" needs that key).
   */
  async function restore(name: string, kit?: { kit: string; passphrase: string }): Promise<RestoreResult> {
    const entry = listBackups(backupFolder(deps.dataDir)).find((candidate) => candidate.name === name);
    if (!entry) throw notFound('backup');
    const check = await verifyBackup(entry.file, { knownMigrations: KNOWN_MIGRATIONS });
    if (!check.ok) {
      if (check.problem === 'newerSchema') throw conflict('backupFromNewerVersion');
      if (check.problem === 'noManifest') throw conflict('backupNotVerified');
      throw conflict('backupCheckFailed');
    }
    const state = deps.current();
    const fingerprint = (state?.mode === 'open' ? state.fingerprint : null) ?? (await keyFileFingerprint());
    const needed = check.manifest.fieldKeyFingerprint;
    let key: Buffer | null = null;
    if (fingerprint && needed && needed !== fingerprint) {
      if (!kit) throw conflict('backupOtherKey');
      key = await keyFromKit(kit.kit, kit.passphrase, needed);
    }

    // The records in place are kept first: a verified backup when they are open, the files set aside otherwise.
    // A damaged database (recovery, or its read-only view) cannot pass a backup's check: it is set aside instead.
    const healthy = state?.mode === 'open' && !state.readOnly;
    let savedAs: string | null = null;
    try {
      if (healthy) {
        savedAs = (await deps.backups.create(state.db, 'beforeRestore')).name;
        // Every erasure of the records in place reaches the ledger before they are set aside (an append that
        // failed after its erasure committed is retried here): the restored records then have them done again.
        await syncErasureLedger(state.db, erasureLedgerFileOf(deps.dataDir)).catch((error: unknown) => {
          deps.logger.info('erasureLedger.restoreRefused', { code: (error as NodeJS.ErrnoException).code ?? 'unknown' });
          throw conflict('erasureLedgerUnwritable');
        });
      }
      await switchRecords(async () => {
        if (!healthy) savedAs = setAsideDatabase(deps.dataDir, deps.databaseFile, deps.clock.now());
        await installBackup(entry.file, deps.databaseFile);
        // Only once the backup is in place: a failed install leaves the old database with its own key.
        if (key) await putKeyInPlace(key);
      });
    } catch (error) {
      // The records in place were reopened as they were (installBackup leaves the old file or the new one, whole).
      throw backupFailure(error);
    } finally {
      key?.fill(0);
    }
    const reopened = deps.current();
    if (reopened?.mode === 'open') {
      await recordAudit(reopened.db, { userId: null, action: 'restore', entity: 'database', entityId: name.slice(0, 40) }, deps.clock.now());
    }
    deps.logger.info('backup.restored', { mode: reopened?.mode ?? 'closed' });
    return { restored: name, savedAs };
  }

  async function importRecoveryKit(kit: string, passphrase: string): Promise<void> {
    const state = deps.current();
    if (state?.mode !== 'recovery' || state.problem === 'databaseMissing' || state.problem === 'databaseCorrupt') {
      throw conflict('notInRecovery');
    }
    const wrapper = preferredWrapper(deps.keySource.value);
    if (!wrapper) throw conflict('notInRecovery');
    const key = await keyFromKit(kit, passphrase, state.expectedFingerprint);
    try {
      await switchRecords(() => putKeyInPlace(key));
    } finally {
      key.fill(0);
    }
    deps.logger.info('fieldKey.imported', { wrapper: wrapper.kind });
  }

  async function exportRecoveryKit(passphrase: string): Promise<{ file: ExportedFile; sheet: ExportedFile }> {
    const state = openState(deps.current());
    const issue = recoveryPassphraseIssue(passphrase);
    if (issue) throw fieldError('passphrase', issue, { limit: issue === 'too_short' ? RECOVERY_PASSPHRASE_MIN : RECOVERY_PASSPHRASE_MAX });
    const { installationId, fingerprint } = state;
    // A read-only view of a damaged database without its installation row cannot name what the kit belongs to.
    if (installationId === null || fingerprint === null) throw conflict('readOnlyRecords');
    const key = await currentKey(deps.keySource.value, deps.dataDir);
    try {
      // The key file must still be the records' key: exporting another one would be a kit that opens nothing.
      if (fieldKeyFingerprint(key) !== fingerprint) throw conflict('backupOtherKey');
      const createdAt = deps.clock.now().toISOString();
      const kit = await createRecoveryKit({ key, installationId, passphrase, createdAt });
      const sheet = buildRecoveryKitSheet({ code: kit.code, installationId, fingerprint, createdAt });
      const day = createdAt.slice(0, 10);
      return {
        file: { fileName: `passerelle-kit-recuperation-${day}.txt`, mimeType: 'text/plain', content: kit.file, encoding: 'utf-8' },
        sheet: {
          fileName: `passerelle-kit-recuperation-${day}.pdf`,
          mimeType: 'application/pdf',
          content: Buffer.from(sheet).toString('base64'),
          encoding: 'base64',
        },
      };
    } finally {
      key.fill(0);
    }
  }

  async function protectKeyWithKeyring(): Promise<void> {
    const source = deps.keySource.value;
    const keyring = 'wrapper' in source ? source.keyring : undefined;
    if (!keyring || 'key' in source || keyFileWrapperKind(deps.dataDir) !== 'plain') throw conflict('keyringUnavailable');
    const state = openState(deps.current());
    const key = await currentKey(source, deps.dataDir);
    try {
      if (fieldKeyFingerprint(key) !== state.fingerprint) throw conflict('backupOtherKey');
      const replaced = await installFieldKey(deps.dataDir, keyring, key, deps.clock.now());
      // The plain copy is what the keyring is meant to replace: overwritten, then removed.
      if (replaced) shred(replaced);
      deps.keySource.value = { wrapper: keyring };
    } finally {
      key.fill(0);
    }
    deps.logger.info('fieldKey.movedToKeyring', {});
  }

  return {
    gate,
    switching: () => switchingTo !== null,
    async whenIdle() {
      while (switchingTo || deps.backups.progress()) await sleep(50);
    },
    backups: deps.backups,
    keyInfo() {
      const source = deps.keySource.value;
      const systemKeyring = deps.systemKeyring;
      if ('key' in source) return { keyProtection: 'givenByCaller', keyringOffered: false, systemKeyring };
      const kind = keyFileWrapperKind(deps.dataDir);
      // A file safeStorage wrapped while its only store is basic_text is not protected: it is named for what it is.
      const wrapped = keyringProtects(systemKeyring) ? 'keyring' : 'obfuscated';
      return {
        keyProtection: kind === 'safeStorage' ? wrapped : 'plainFile',
        keyringOffered: kind === 'plain' && source.keyring !== undefined,
        systemKeyring,
      };
    },
    restore,
    async recoveryStatus() {
      const state = deps.current();
      const expected = state?.mode === 'recovery' ? state.expectedFingerprint : state?.mode === 'open' ? state.fingerprint : null;
      // What a restore will compare with (see `restore`): the key in place; the database's only when there is none.
      const fingerprint = (state?.mode === 'open' ? state.fingerprint : null) ?? (await keyFileFingerprint()) ?? expected;
      const backups = deps.backups.list(fingerprint);
      const readOnly = state?.mode === 'open' && state.readOnly;
      return {
        problem: state?.mode === 'recovery' ? state.problem : readOnly ? 'databaseCorrupt' : null,
        readOnly,
        dataDir: deps.dataDir,
        backups,
        suggested: backups.find((backup) => backup.verified && backup.sameKey)?.name ?? null,
        expectedKey: expected ? shortFingerprint(expected) : null,
      };
    },
    importRecoveryKit,
    exportRecoveryKit,
    protectKeyWithKeyring,
    reopen: () => switchRecords(async () => undefined, 0),
  };
}

function openState(state: CoreState | null): OpenState {
  if (state?.mode !== 'open') throw conflict('recoveryMode');
  return state;
}

/** An imported key goes under the keyring when the desktop offers one, else under the shell's wrapper. */
function preferredWrapper(source: CoreOptions['fieldKey']): KeyWrapper | null {
  if ('key' in source) return null;
  return source.keyring ?? source.wrapper;
}

async function currentKey(source: CoreOptions['fieldKey'], dataDir: string): Promise<Buffer> {
  if ('key' in source) return Buffer.from(source.key);
  const key = await readFieldKey(dataDir, source.wrapper);
  if (!key) throw conflict('backupOtherKey');
  return key;
}

function backupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

function shred(file: string): void {
  try {
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    try {
      writeSync(fd, Buffer.alloc(size));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    unlinkSync(file);
  } catch {
    // Best effort: the key is safely in its new file either way.
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

