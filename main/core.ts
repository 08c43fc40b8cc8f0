import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { createDispatch, type Dispatch } from './dispatch';
import { createMemorySessionStore, type SessionStore } from './auth/sessions';
import { createMemoryLoginThrottle } from './auth/login-throttle';
import { DEFAULT_SCRYPT_COST, makeDecoyHash, type ScryptCost } from './auth/password';
import { createFileLogger, logFileOf, type Logger } from './log';
import { systemClock, type Clock } from './clock';
import { handlers } from './handlers';
import { APP_VERSION } from './version';
import type { FieldCipher } from './crypto/field-cipher';
import type { KeyWrapper } from './crypto/key-store';
import { createBackupService, type BackupService } from './services/backups/backup-service';
import { lockDataDir, type DataDirLock, type LockHolderProgram } from './startup/data-dir-lock';
import { openRecords, type Opened } from './startup/open-records';
import { backupDir } from './startup/inspect';
import { removeReadOnlyView } from './startup/read-only-view';
import { removeStalePartials } from './backups/partials';
import { createRecoveryDispatch } from './startup/recovery-dispatch';
import { createMaintenance, type LocalMaintenance } from './startup/maintenance';
import { createFileErasureLedger, erasureLedgerFileOf } from './startup/erasure-ledger';
import { keyringProtects, type StartupProblem, type SystemKeyring } from '../shared/domain/backups';
import { findChannel } from '../shared/api/contract';
import { quickCheckInBackground, type BackgroundCheck } from './db/health';

import { DATABASE_FILE_NAME } from './data-dir';

export { DATABASE_FILE_NAME };

export interface CoreOptions {
  dataDir: string;
  /** `:memory:` for tests; defaults to `<dataDir>/passerelle.sqlite`. */
  databaseFile?: string;
  clock?: Clock;
  logger?: Logger;
  /** Tests lower the scrypt cost; the app never does. */
  passwordCost?: ScryptCost;
  /**
   * The key of the encrypted fields (issue 6: people's names, residence status, contact): read or made in
   * `<dataDir>/keys/field-key` with the shell's wrapper (browser mode and the demo: plain; the desktop:
   * safeStorage), or given as is (tests). `fallback` is recorded in the log when the desktop could not use
   * safeStorage, or found a plain key file (a fixed reason, never a value). `keyring` is the desktop's
   * safeStorage wrapper when the key file is still plain: the administrator is offered to move the key under it.
   * `systemKeyring` names what the desktop's system offers (DPAPI, Keychain, libsecret, KWallet, `basic_text`…),
   * as shown to the administrator; absent in browser mode (`none`).
   */
  fieldKey:
    | {
        wrapper: KeyWrapper;
        fallback?: 'safeStorageUnavailable' | 'keyringObfuscationOnly' | 'plainKeyFile';
        keyring?: KeyWrapper;
        systemKeyring?: SystemKeyring;
      }
    | { key: Buffer };
  /** Which program holds the data directory's lock (named to a second process that is refused). */
  program?: LockHolderProgram;
  /**
   * The data directory's lock, already taken by the caller (browser mode takes it before printing its address,
   * so that a second process is refused at once). The core releases it as one it took itself.
   */
  lock?: DataDirLock;
  /** A backup a day at first use, checked hourly (the shells turn it on; tests and tools do not). */
  automaticBackups?: boolean;
  /**
   * Browser mode (issue 19): SQLite's quick check of the file — it reads every page, seconds on ten years of
   * records — runs beside the app rather than before it, whenever the opening itself writes nothing
   * (main/startup/open-records.ts). Until it has passed, every call that may write waits for it (reading calls
   * answer at once: they read what a read-only view would show); if it finds damage, the records reopen as at a
   * start on a damaged file (the read-only view, or recovery), before those calls go on. Tools that write
   * through `db` leave it off (or wait for `whenChecked`).
   */
  checkInBackground?: boolean;
}

export interface Core {
  /** Every call goes through here, in recovery mode too (then only `recovery/*` answers). */
  dispatch: Dispatch;
  /** Ends a caller's session when its transport goes away (window closed). */
  endSession(sessionKey: string): void;
  /** For tools (demo data, benchmarks) and tests: the database handle. Throws in recovery mode. */
  readonly db: Knex;
  /** For tools (the demo encrypts as the app does). Throws in recovery mode. */
  readonly fieldCipher: FieldCipher;
  /** Null when the records are open; otherwise why the app is in recovery mode. */
  readonly problem: StartupProblem | null;
  /** True when a damaged database is open read-only (through a copy), every change refused. */
  readonly readOnly: boolean;
  close(): Promise<void>;
}

/** The core on a data directory's SQLite file (the team server's core has no file to check). */
export interface LocalCore extends Core {
  /**
   * Resolves once the records are known checked: at once when the quick check ran before opening; with
   * `checkInBackground`, when it has passed, or found damage and the records have reopened accordingly.
   */
  whenChecked(): Promise<void>;
}

/** What the core holds while the records are open. */
export interface OpenState {
  mode: 'open';
  db: Knex;
  cipher: FieldCipher;
  /** Null only for a read-only view of a damaged database that had no installation row yet. */
  installationId: string | null;
  fingerprint: string | null;
  /** A damaged database opened through a throwaway copy: every change is refused (main/startup/open-records.ts). */
  readOnly: boolean;
  dispatch: Dispatch;
  sessions: SessionStore;
}

export interface RecoveryState {
  mode: 'recovery';
  problem: StartupProblem;
  expectedFingerprint: string | null;
  dispatch: Dispatch;
}

export type CoreState = OpenState | RecoveryState;

/**
 * Takes the data directory's lock, opens the records safely (main/startup/open-records.ts) and returns the
 * dispatch. When the records cannot be opened as they are (lost database, missing or wrong key, damaged file)
 * the core starts in recovery mode instead: the interface then offers to restore a backup or import the key's
 * recovery kit, and the core reopens itself afterwards. Knows nothing of Electron or HTTP: both transports,
 * the demo generator and the tests start here.
 */
export async function createCore(options: CoreOptions): Promise<LocalCore> {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createFileLogger(logFileOf(options.dataDir), clock);
  const databaseFile = options.databaseFile ?? join(options.dataDir, DATABASE_FILE_NAME);
  const inMemory = databaseFile === ':memory:';
  const passwordCost = options.passwordCost ?? DEFAULT_SCRYPT_COST;
  // Before the lock: nothing that can fail stands between taking it and the try that gives it back.
  const decoyHash = await makeDecoyHash(passwordCost);
  const lock: DataDirLock | null = options.lock ?? (inMemory ? null : lockDataDir(options.dataDir, options.program ?? 'browser', clock.now()));
  const source = options.fieldKey;
  // An imported recovery kit, or a key moved under the keyring, changes where the next opening reads the key.
  const keySource: { value: CoreOptions['fieldKey'] } = { value: source };
  if ('wrapper' in source && source.fallback) {
    logger.info('fieldKey.wrapperFallback', { reason: source.fallback, wrapper: source.wrapper.kind });
  }
  // Fixed for the life of the process: the store the desktop found at start.
  const systemKeyring: SystemKeyring = ('wrapper' in source ? source.systemKeyring : undefined) ?? 'none';
  if ('wrapper' in source && source.wrapper.kind === 'safeStorage' && !keyringProtects(systemKeyring)) {
    // A key file safeStorage wrapped with Linux's basic_text: it opens, but only obfuscated (the interface says so).
    logger.info('fieldKey.obfuscatedOnly', { store: systemKeyring });
  }
  const facts = { version: APP_VERSION, dataDir: options.dataDir, databaseFile };

  let state: CoreState | null = null;
  // The quick check run beside the app (checkInBackground), and the promise every writing call waits on.
  let check: BackgroundCheck | null = null;
  let checked: Promise<void> = Promise.resolve();
  // Set when that check found damage: the reopening then checks before opening, as a start without it would.
  let checkBeforeOpening = !options.checkInBackground;
  const backups: BackupService = createBackupService({
    dir: backupDir(options.dataDir),
    clock,
    logger,
    appVersion: APP_VERSION,
    identity: () =>
      state?.mode === 'open' && state.installationId !== null && state.fingerprint !== null
        ? { installationId: state.installationId, fieldKeyFingerprint: state.fingerprint }
        : null,
  });
  const maintenance: LocalMaintenance = createMaintenance({
    dataDir: options.dataDir,
    databaseFile,
    clock,
    logger,
    keySource,
    systemKeyring,
    backups,
    current: () => state,
    reopen: async () => {
      try {
    state = await enter();
  } catch (error) {
    // Only the first opening gives the folder back: a reopen that fails (after a restore) keeps it locked, since
    // this process still runs on it.
    lock?.release();
    throw error;
  }
      return state;
    },
    close: async () => {
      // A check still reading the file being replaced has nothing left to say (the reopening checks anew).
      await check?.stop();
      if (state?.mode === 'open') await state.db.destroy();
      state = null;
    },
  });

  async function enter(): Promise<CoreState> {
    let opened: Opened;
    try {
      opened = await openRecords({
        dataDir: options.dataDir,
        databaseFile,
        fieldKey: keySource.value,
        appVersion: APP_VERSION,
        now: clock.now(),
        logger,
        checkLater: !checkBeforeOpening,
      });
    } catch (error) {
      // Class and code only (describeError): the shells show the plain sentence (main/startup/messages.ts).
      logger.internalError('startup', error);
      throw error;
    }
    if (opened.mode === 'recovery') {
      logger.info('startup.recovery', { problem: opened.problem });
      return { ...opened, dispatch: createRecoveryDispatch(maintenance) };
    }
    const sessions = createMemorySessionStore(clock);
    if (opened.readOnly) logger.info('startup.readOnly', { problem: 'databaseCorrupt' });
    if (!opened.readOnly && !opened.checked) checked = checkBeside();
    return {
      mode: 'open',
      db: opened.db,
      cipher: opened.cipher,
      installationId: opened.installation?.installationId ?? null,
      fingerprint: opened.installation?.fieldKeyFingerprint ?? null,
      readOnly: opened.readOnly,
      sessions,
      dispatch: createDispatch({
        db: opened.db,
        handlers,
        sessions,
        throttle: createMemoryLoginThrottle(clock),
        clock,
        logger,
        facts,
        passwordCost,
        decoyHash,
        fieldCipher: opened.cipher,
        maintenance,
        erasureLedger: createFileErasureLedger(erasureLedgerFileOf(options.dataDir)),
        readOnly: opened.readOnly,
      }),
    };
  }

  /**
   * Runs the quick check beside the open records; on damage, reopens them checking first (the read-only view or
   * recovery, as a start on that file). Resolves once the records are known checked either way.
   */
  async function checkBeside(): Promise<void> {
    const running = quickCheckInBackground(databaseFile);
    check = running;
    const passed = await running.result;
    if (check === running) check = null;
    // null: stopped by close (or a restore's switch), which replaces or closes these records anyway.
    if (passed !== false) return;
    logger.info('startup.damageFound', {});
    checkBeforeOpening = true;
    try {
      await maintenance.reopen();
    } catch (error) {
      logger.internalError('startup', error);
    }
  }

  try {
    state = await enter();
  } catch (error) {
    // Only the first opening gives the folder back: a reopen that fails (after a restore) keeps it locked, since
    // this process still runs on it.
    lock?.release();
    throw error;
  }
  // Work files of a backup killed earlier (power cut): never under a backup name, removed once they are stale.
  if (!inMemory) removeStalePartials(backupDir(options.dataDir));
  let dailyTimer: NodeJS.Timeout | null = null;
  if (options.automaticBackups && !inMemory) {
    const daily = (): void => {
      // A read-only view is a copy of a damaged file: nothing to back up (nor a file whose check has not passed).
      void checked.then(() => {
        if (state?.mode === 'open' && !state.readOnly && !maintenance.switching()) void backups.ensureDaily(state.db);
      });
    };
    // After the first window is up rather than before: the start stays quick, and the backup waits its turn.
    setTimeout(daily, 2_000).unref();
    dailyTimer = setInterval(daily, 3_600_000);
    dailyTimer.unref();
  }

  const openState = (): OpenState => {
    if (state?.mode !== 'open') throw new Error(`the records are not open (${state?.mode ?? 'closed'})`);
    return state;
  };

  return {
    dispatch: async (caller, channel, input) => {
      // Before the gate: a call waiting here is not one a reopening after damage must wait for.
      if (mayWrite(channel)) await checked;
      return maintenance.gate(() => (state ?? openState()).dispatch(caller, channel, input));
    },
    endSession: (sessionKey) => {
      if (state?.mode === 'open') void state.sessions.signOut(sessionKey);
    },
    get db() {
      return openState().db;
    },
    get fieldCipher() {
      return openState().cipher;
    },
    get problem() {
      return state?.mode === 'recovery' ? state.problem : null;
    },
    get readOnly() {
      return state?.mode === 'open' && state.readOnly;
    },
    whenChecked: () => checked,
    close: async () => {
      if (dailyTimer) clearInterval(dailyTimer);
      await check?.stop();
      await checked;
      await maintenance.whenIdle();
      if (state?.mode === 'open') await state.db.destroy();
      if (state?.mode === 'open' && state.readOnly) removeReadOnlyView(options.dataDir);
      state = null;
      lock?.release();
    },
  };
}

/**
 * Whether a call may write to the records (a writing channel — signing in among them, with its audit rows — or a
 * read that records who read): such a call waits for the quick check run beside the app. Unknown channels are
 * answered by dispatch as such.
 */
function mayWrite(channel: string): boolean {
  const entry = findChannel(channel);
  return entry !== undefined && (entry.definition.writes || entry.definition.auditedRead === true);
}
