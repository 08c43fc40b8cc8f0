import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { openDatabase } from './db/connection';
import { migrateToLatest } from './db/migrate';
import { createDispatch, type Dispatch } from './dispatch';
import { createSessionStore, type SessionStore } from './auth/sessions';
import { createLoginThrottle } from './auth/login-throttle';
import { DEFAULT_SCRYPT_COST, makeDecoyHash, type ScryptCost } from './auth/password';
import { createFileLogger, type Logger } from './log';
import { systemClock, type Clock } from './clock';
import { handlers } from './handlers';
import { APP_VERSION } from './version';
import { createFieldCipher, type FieldCipher } from './crypto/field-cipher';
import { loadOrCreateFieldKey, type KeyWrapper } from './crypto/key-store';

export const DATABASE_FILE_NAME = 'passerelle.sqlite';

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
   * safeStorage, or found a plain key file (a fixed reason, never a value).
   */
  fieldKey: { wrapper: KeyWrapper; fallback?: 'safeStorageUnavailable' | 'plainKeyFile' } | { key: Buffer };
}

export interface Core {
  dispatch: Dispatch;
  /** Ends a caller's session when its transport goes away (window closed). */
  endSession(sessionKey: string): void;
  /** For tools (demo data, benchmarks) and tests: the database handle. */
  db: Knex;
  close(): Promise<void>;
}

/**
 * Opens the database in the data directory, migrates it and returns the dispatch. Knows nothing of Electron
 * or HTTP: both transports, the demo generator and the tests start here.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createFileLogger(join(options.dataDir, 'logs', 'passerelle.log'), clock);
  const databaseFile = options.databaseFile ?? join(options.dataDir, DATABASE_FILE_NAME);
  const fieldCipher = openFieldCipher(options, logger);
  const db = openDatabase(databaseFile);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }

  const sessions: SessionStore = createSessionStore(clock);
  const passwordCost = options.passwordCost ?? DEFAULT_SCRYPT_COST;
  const dispatch = createDispatch({
    db,
    handlers,
    sessions,
    throttle: createLoginThrottle(clock),
    clock,
    logger,
    facts: { version: APP_VERSION, dataDir: options.dataDir, databaseFile },
    passwordCost,
    decoyHash: await makeDecoyHash(passwordCost),
    fieldCipher,
  });

  return {
    dispatch,
    endSession: (sessionKey) => sessions.signOut(sessionKey),
    db,
    close: () => db.destroy(),
  };
}

/** Before the database opens: a key file that cannot be read stops the start (it is never replaced). */
function openFieldCipher(options: CoreOptions, logger: Logger): FieldCipher {
  const source = options.fieldKey;
  if ('key' in source) return createFieldCipher(source.key);
  if (source.fallback) logger.info('fieldKey.wrapperFallback', { reason: source.fallback, wrapper: source.wrapper.kind });
  const { key, created } = loadOrCreateFieldKey(options.dataDir, source.wrapper);
  try {
    if (created) logger.info('fieldKey.created', { wrapper: source.wrapper.kind });
    return createFieldCipher(key);
  } finally {
    // The cipher holds its own copy (a KeyObject).
    key.fill(0);
  }
}
