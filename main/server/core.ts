import type { Core } from '../core';
import { createDispatch } from '../dispatch';
import { createDatabaseSessionStore } from '../auth/database-sessions';
import { createDatabaseLoginThrottle } from '../auth/database-login-throttle';
import { DEFAULT_SCRYPT_COST, makeDecoyHash, type ScryptCost } from '../auth/password';
import { systemClock, type Clock } from '../clock';
import { handlers } from '../handlers';
import { APP_VERSION } from '../version';
import type { Logger } from '../log';
import { createServerMaintenance } from './maintenance';
import { openServerRecords } from './open-records';
import { createFileErasureLedger, NO_ERASURE_LEDGER } from '../startup/erasure-ledger';

export interface ServerCoreOptions {
  /** A libpq connection URL (it may hold a password: never logged, never shown). */
  databaseUrl: string;
  /** The housing field key, read by the server from its file or environment (main/server/field-key.ts). */
  fieldKey: Buffer;
  logger: Logger;
  clock?: Clock;
  /** Tests lower the scrypt cost; the server never does. */
  passwordCost?: ScryptCost;
  /** The erasure ledger file (config `erasureLedgerFile`, issue 20); absent: erasures stay in the database only. */
  erasureLedgerFile?: string | null;
}

/** What the system page shows of the database: its host and name, never the user or the password. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgresql://${parsed.host}${parsed.pathname}`;
  } catch {
    return 'postgresql';
  }
}

/**
 * The core of a team server (issue 15): the same dispatch and handlers as the desktop's core, on PostgreSQL,
 * with sessions and login throttling in the database so several processes serve the same users. No data
 * directory, lock file, backups or recovery mode: the database server and IT's tools do that work.
 */
export async function createServerCore(options: ServerCoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const passwordCost = options.passwordCost ?? DEFAULT_SCRYPT_COST;
  const decoyHash = await makeDecoyHash(passwordCost);
  const records = await openServerRecords({
    url: options.databaseUrl,
    key: options.fieldKey,
    now: clock.now(),
    logger: options.logger,
    erasureLedgerFile: options.erasureLedgerFile,
  });
  const sessions = createDatabaseSessionStore(records.db, clock);
  const dispatch = createDispatch({
    db: records.db,
    handlers,
    sessions,
    throttle: createDatabaseLoginThrottle(records.db, clock),
    clock,
    logger: options.logger,
    facts: { version: APP_VERSION, dataDir: '', databaseFile: describeDatabase(options.databaseUrl) },
    passwordCost,
    decoyHash,
    fieldCipher: records.cipher,
    maintenance: createServerMaintenance(),
    erasureLedger: options.erasureLedgerFile ? createFileErasureLedger(options.erasureLedgerFile) : NO_ERASURE_LEDGER,
  });
  return {
    dispatch,
    endSession: (sessionKey) => void sessions.signOut(sessionKey),
    db: records.db,
    fieldCipher: records.cipher,
    problem: null,
    readOnly: false,
    close: () => records.db.destroy(),
  };
}
