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

export const DATABASE_FILE_NAME = 'passerelle.sqlite';

export interface CoreOptions {
  dataDir: string;
  /** `:memory:` for tests; defaults to `<dataDir>/passerelle.sqlite`. */
  databaseFile?: string;
  clock?: Clock;
  logger?: Logger;
  /** Tests lower the scrypt cost; the app never does. */
  passwordCost?: ScryptCost;
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
  });

  return {
    dispatch,
    endSession: (sessionKey) => sessions.signOut(sessionKey),
    db,
    close: () => db.destroy(),
  };
}
